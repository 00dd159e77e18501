/* os.sched_getaffinity(pid, /): the set of CPUs pid may run on. */
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/sched.h"

#ifdef HAVE_SCHED_SETAFFINITY
/* The set of the CPUs in mask, which has room for ncpus. */
static osref_value *cpu_set_value(const cpu_set_t *mask, int ncpus)
{
  size_t size = CPU_ALLOC_SIZE(ncpus);
  osref_value *set = osref_set();
  int left = CPU_COUNT_S(size, mask);
  for (int cpu = 0; set && left > 0; cpu++)
    if (CPU_ISSET_S(cpu, size, mask)) {
      osref_set_add(set, osref_int(cpu));
      left--;
    }
  return set;
}

/* The kernel refuses (EINVAL) a mask smaller than its own: grow until it fits. */
osref_value *osref_sched_getaffinity(pid_t pid, osref_error *err)
{
  for (int ncpus = 64;; ncpus *= 2) {
    cpu_set_t *mask = CPU_ALLOC(ncpus);
    if (!mask) return osref_set_error(err, "MemoryError", "out of memory");
    if (sched_getaffinity(pid, CPU_ALLOC_SIZE(ncpus), mask) == 0) {
      osref_value *set = cpu_set_value(mask, ncpus);
      CPU_FREE(mask);
      return set;
    }
    int e = errno;
    CPU_FREE(mask);
    if (e != EINVAL) return osref_set_errno(err, e);
    if (ncpus > INT_MAX / 2)
      return osref_set_error(err, "OverflowError", "could not allocate a large enough CPU set");
  }
}

static osref_value *call_sched_getaffinity(osref_value *const *argv, osref_error *err)
{
  pid_t pid;
  return osref_sched_arg_pid("sched_getaffinity", argv[0], &pid, err) ? osref_sched_getaffinity(pid, err) : NULL;
}

static const osref_param sched_getaffinity_params[] = {{"pid", NULL, OSREF_POSITIONAL_ONLY}};
OSREF_FUNCTION(sched_getaffinity, OSREF_SECT_SCHED, sched_getaffinity_params, call_sched_getaffinity)
#else
OSREF_ABSENT(sched_getaffinity, OSREF_SECT_SCHED, OSREF_FUNCTION, "not in this libc (HAVE_SCHED_SETAFFINITY unset)")
#endif
