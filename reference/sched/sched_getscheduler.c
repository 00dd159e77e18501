/* os.sched_getscheduler(pid, /) */
#include <sched.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/sched.h"

#ifdef HAVE_SCHED_SETSCHEDULER
int osref_sched_getscheduler(pid_t pid, osref_error *err)
{
  return osref_check(sched_getscheduler(pid), err);
}

static osref_value *call_sched_getscheduler(osref_value *const *argv, osref_error *err)
{
  pid_t pid;
  if (!osref_sched_arg_pid("sched_getscheduler", argv[0], &pid, err)) return NULL;
  return osref_int_result(osref_sched_getscheduler(pid, err));
}

static const osref_param sched_getscheduler_params[] = {{"pid", NULL, OSREF_POSITIONAL_ONLY}};
OSREF_FUNCTION(sched_getscheduler, OSREF_SECT_SCHED, sched_getscheduler_params, call_sched_getscheduler)
#else
OSREF_ABSENT(sched_getscheduler, OSREF_SECT_SCHED, OSREF_FUNCTION, "not in this libc (HAVE_SCHED_SETSCHEDULER unset)")
#endif
