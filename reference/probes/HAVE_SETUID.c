/* setuid() */
#include <unistd.h>
int main(void) { return setuid(0); }
