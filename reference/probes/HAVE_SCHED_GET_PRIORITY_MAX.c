/* sched_get_priority_min() and sched_get_priority_max() */
#include <sched.h>
int main(void) { return sched_get_priority_min(SCHED_OTHER) + sched_get_priority_max(SCHED_OTHER); }
