/* tcsetpgrp(3). */
#include <unistd.h>
int main(void) { return tcsetpgrp(0, 0); }
