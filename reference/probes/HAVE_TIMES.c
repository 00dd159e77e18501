/* times() and its unit, sysconf(_SC_CLK_TCK) */
#include <sys/times.h>
#include <unistd.h>
int main(void) { struct tms t; return (int)times(&t) + (int)sysconf(_SC_CLK_TCK); }
