/* sched_getaffinity() and CPU_COUNT */
#include <sched.h>
int main(void) { cpu_set_t s; return sched_getaffinity(0, sizeof s, &s); }
