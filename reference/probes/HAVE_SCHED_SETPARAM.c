/* sched_setparam() and sched_getparam() */
#include <sched.h>
int main(void) { struct sched_param p; return sched_getparam(0, &p) + sched_setparam(0, &p); }
