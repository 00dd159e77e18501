/* os.sched_rr_get_interval(pid, /): the round-robin quantum in seconds. */
#include <sched.h>
#include <time.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/sched.h"

#ifdef HAVE_SCHED_RR_GET_INTERVAL
int osref_sched_rr_get_interval(pid_t pid, double *seconds, osref_error *err)
{
  struct timespec t;
  if (osref_check(sched_rr_get_interval(pid, &t), err) < 0) return -1;
  *seconds = (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
  return 0;
}

static osref_value *call_sched_rr_get_interval(osref_value *const *argv, osref_error *err)
{
  pid_t pid;
  double seconds;
  if (!osref_sched_arg_pid("sched_rr_get_interval", argv[0], &pid, err)
      || osref_sched_rr_get_interval(pid, &seconds, err) < 0)
    return NULL;
  return osref_float(seconds);
}

static const osref_param sched_rr_get_interval_params[] = {{"pid", NULL, OSREF_POSITIONAL_ONLY}};
OSREF_FUNCTION(sched_rr_get_interval, OSREF_SECT_SCHED, sched_rr_get_interval_params, call_sched_rr_get_interval)
#else
OSREF_ABSENT(sched_rr_get_interval, OSREF_SECT_SCHED, OSREF_FUNCTION, "not in this libc (HAVE_SCHED_RR_GET_INTERVAL unset)")
#endif
