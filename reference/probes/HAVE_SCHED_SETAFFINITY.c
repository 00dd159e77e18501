/* sched_setaffinity() and sched_getaffinity() on sets of any size (CPU_ALLOC) */
#include <sched.h>
int main(void)
{
  cpu_set_t *s = CPU_ALLOC(64);
  size_t n = CPU_ALLOC_SIZE(64);
  int r = sched_getaffinity(0, n, s) + sched_setaffinity(0, n, s) + CPU_COUNT_S(n, s);
  CPU_FREE(s);
  return r;
}
