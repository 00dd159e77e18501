/* os.sched_setparam(pid, param, /) */
#include <sched.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/sched.h"

#ifdef HAVE_SCHED_SETPARAM
int osref_sched_setparam(pid_t pid, int priority, osref_error *err)
{
  struct sched_param param = {.sched_priority = priority};
  return osref_check(sched_setparam(pid, &param), err);
}

static osref_value *call_sched_setparam(osref_value *const *argv, osref_error *err)
{
  pid_t pid;
  int priority;
  if (!osref_sched_arg_pid("sched_setparam", argv[0], &pid, err)
      || !osref_sched_arg_param(argv[1], &priority, err))
    return NULL;
  return osref_none_result(osref_sched_setparam(pid, priority, err));
}

static const osref_param sched_setparam_params[] = {
  {"pid", NULL, OSREF_POSITIONAL_ONLY},
  {"param", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(sched_setparam, OSREF_SECT_SCHED, sched_setparam_params, call_sched_setparam)
#else
OSREF_ABSENT(sched_setparam, OSREF_SECT_SCHED, OSREF_FUNCTION, "not in this libc (HAVE_SCHED_SETPARAM unset)")
#endif
