/* os.cpu_count() and os.process_cpu_count(): logical CPUs of the system and
 * of the calling thread (its affinity mask); None if undetermined. As
 * CPython, PYTHON_CPU_COUNT=n (a positive integer) overrides both. */
#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/sysinfo.h"

/* PYTHON_CPU_COUNT as a positive integer, or 0 (unset, "default", invalid). */
static int64_t override(void)
{
  const char *s = getenv("PYTHON_CPU_COUNT");
  if (!s || !*s) return 0;
  char *end;
  errno = 0;
  long long n = strtoll(s, &end, 10);
  return (*end || errno || n < 1) ? 0 : (int64_t)n;
}

int64_t osref_cpu_count(void)
{
  int64_t n = override();
  if (n) return n;
#ifdef HAVE_SYSCONF
  long online = sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? online : 0;
#else
  return 0;
#endif
}

int64_t osref_process_cpu_count(void)
{
  int64_t n = override();
  if (n) return n;
#ifdef HAVE_SCHED_GETAFFINITY
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return CPU_COUNT(&set);
#endif
  return osref_cpu_count();
}

static osref_value *count_or_none(int64_t n) { return n > 0 ? osref_int(n) : osref_none(); }

static osref_value *call_cpu_count(osref_value *const *argv, osref_error *err)
{
  (void)argv, (void)err;
  return count_or_none(osref_cpu_count());
}

static osref_value *call_process_cpu_count(osref_value *const *argv, osref_error *err)
{
  (void)argv, (void)err;
  return count_or_none(osref_process_cpu_count());
}

OSREF_FUNCTION0(cpu_count, OSREF_SECT_SYSINFO, call_cpu_count)
OSREF_FUNCTION0(process_cpu_count, OSREF_SECT_SYSINFO, call_process_cpu_count)
