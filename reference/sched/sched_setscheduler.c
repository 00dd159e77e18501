/* os.sched_setscheduler(pid, policy, param, /) */
#include <sched.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/sched.h"

#ifdef HAVE_SCHED_SETSCHEDULER
int osref_sched_setscheduler(pid_t pid, int policy, int priority, osref_error *err)
{
  struct sched_param param = {.sched_priority = priority};
  /* POSIX returns the former policy on success: only -1 is an error. */
  return osref_check(sched_setscheduler(pid, policy, &param), err) < 0 ? -1 : 0;
}

static osref_value *call_sched_setscheduler(osref_value *const *argv, osref_error *err)
{
  pid_t pid;
  int policy, priority;
  if (!osref_sched_arg_pid("sched_setscheduler", argv[0], &pid, err)
      || !osref_sched_arg_policy("sched_setscheduler", argv[1], &policy, err)
      || !osref_sched_arg_param(argv[2], &priority, err))
    return NULL;
  return osref_none_result(osref_sched_setscheduler(pid, policy, priority, err));
}

static const osref_param sched_setscheduler_params[] = {
  {"pid", NULL, OSREF_POSITIONAL_ONLY},
  {"policy", NULL, OSREF_POSITIONAL_ONLY},
  {"param", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(sched_setscheduler, OSREF_SECT_SCHED, sched_setscheduler_params, call_sched_setscheduler)
#else
OSREF_ABSENT(sched_setscheduler, OSREF_SECT_SCHED, OSREF_FUNCTION, "not in this libc (HAVE_SCHED_SETSCHEDULER unset)")
#endif
