/* plock() (System V: Solaris, AIX) */
#include <sys/lock.h>
int main(void) { return plock(UNLOCK); }
