/* sched_yield() */
#include <sched.h>
int main(void) { return sched_yield(); }
