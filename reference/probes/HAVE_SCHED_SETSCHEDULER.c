/* sched_setscheduler() and sched_getscheduler() */
#include <sched.h>
int main(void) { struct sched_param p = {0}; return sched_setscheduler(0, sched_getscheduler(0), &p); }
