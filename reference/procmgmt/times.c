/* os.times(): times_result, five floats in seconds. */
#include <errno.h>
#include <sys/times.h>
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/procsig.h"

#ifdef HAVE_TIMES
static const char *const times_fields[] = {"user", "system", "children_user", "children_system", "elapsed"};

/* As CPython: the clock ticks of times(2), over sysconf(_SC_CLK_TCK);
 * elapsed is times()'s own result, from an arbitrary point in the past. */
osref_value *osref_times(osref_error *err)
{
  long ticks_per_second = sysconf(_SC_CLK_TCK);
  if (ticks_per_second < 1) return osref_set_errno(err, errno ? errno : EINVAL);
  struct tms t;
  clock_t elapsed = times(&t);
  if (elapsed == (clock_t)-1) return osref_set_errno(err, errno);
  const clock_t ticks[] = {t.tms_utime, t.tms_stime, t.tms_cutime, t.tms_cstime, elapsed};
  osref_value *r = osref_struct("times_result", times_fields, 5, 5);
  for (size_t i = 0; r && i < 5; i++) osref_seq_set(r, i, osref_float((double)ticks[i] / ticks_per_second));
  return r;
}

static osref_value *call_times(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_times(err);
}

OSREF_FUNCTION0(times, OSREF_SECT_PROCMGMT, call_times)
#else
OSREF_ABSENT(times, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_TIMES unset)")
#endif
