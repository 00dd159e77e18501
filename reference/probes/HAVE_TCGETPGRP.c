/* tcgetpgrp(3). */
#include <unistd.h>
int main(void) { return tcgetpgrp(0); }
