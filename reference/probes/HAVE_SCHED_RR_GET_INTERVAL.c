/* sched_rr_get_interval() */
#include <sched.h>
#include <time.h>
int main(void) { struct timespec t; return sched_rr_get_interval(0, &t); }
