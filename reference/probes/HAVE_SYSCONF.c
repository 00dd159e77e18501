/* sysconf() */
#include <unistd.h>
int main(void) { return (int)sysconf(0); }
