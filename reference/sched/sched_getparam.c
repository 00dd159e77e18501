/* os.sched_getparam(pid, /): a sched_param. */
#include <sched.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/sched.h"

#ifdef HAVE_SCHED_SETPARAM
int osref_sched_getparam(pid_t pid, int *priority, osref_error *err)
{
  struct sched_param param;
  if (osref_check(sched_getparam(pid, &param), err) < 0) return -1;
  *priority = param.sched_priority;
  return 0;
}

static osref_value *call_sched_getparam(osref_value *const *argv, osref_error *err)
{
  pid_t pid;
  int priority;
  if (!osref_sched_arg_pid("sched_getparam", argv[0], &pid, err)
      || osref_sched_getparam(pid, &priority, err) < 0)
    return NULL;
  return osref_sched_param(osref_int(priority));
}

static const osref_param sched_getparam_params[] = {{"pid", NULL, OSREF_POSITIONAL_ONLY}};
OSREF_FUNCTION(sched_getparam, OSREF_SECT_SCHED, sched_getparam_params, call_sched_getparam)
#else
OSREF_ABSENT(sched_getparam, OSREF_SECT_SCHED, OSREF_FUNCTION, "not in this libc (HAVE_SCHED_SETPARAM unset)")
#endif
