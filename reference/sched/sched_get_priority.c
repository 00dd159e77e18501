/* os.sched_get_priority_min(policy) and os.sched_get_priority_max(policy). */
#include <errno.h>
#include <sched.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/sched.h"

#ifdef HAVE_SCHED_GET_PRIORITY_MAX
static int priority_result(int r, int *priority, osref_error *err)
{
  if (r == -1) {
    osref_set_errno(err, errno);
    return -1;
  }
  *priority = r;
  return 0;
}

int osref_sched_get_priority_min(int policy, int *priority, osref_error *err)
{
  return priority_result(sched_get_priority_min(policy), priority, err);
}

int osref_sched_get_priority_max(int policy, int *priority, osref_error *err)
{
  return priority_result(sched_get_priority_max(policy), priority, err);
}

typedef int (*priority_fn)(int policy, int *priority, osref_error *err);

static osref_value *call_priority(const char *fn, priority_fn get, osref_value *const *argv, osref_error *err)
{
  int policy, priority;
  if (!osref_sched_arg_policy(fn, argv[0], &policy, err) || get(policy, &priority, err) < 0) return NULL;
  return osref_int(priority);
}

static osref_value *call_sched_get_priority_min(osref_value *const *argv, osref_error *err)
{
  return call_priority("sched_get_priority_min", osref_sched_get_priority_min, argv, err);
}

static osref_value *call_sched_get_priority_max(osref_value *const *argv, osref_error *err)
{
  return call_priority("sched_get_priority_max", osref_sched_get_priority_max, argv, err);
}

static const osref_param policy_params[] = {{"policy", NULL, OSREF_POSITIONAL_OR_KEYWORD}};
OSREF_FUNCTION(sched_get_priority_min, OSREF_SECT_SCHED, policy_params, call_sched_get_priority_min)
OSREF_FUNCTION(sched_get_priority_max, OSREF_SECT_SCHED, policy_params, call_sched_get_priority_max)
#else
OSREF_ABSENT(sched_get_priority_min, OSREF_SECT_SCHED, OSREF_FUNCTION, "not in this libc (HAVE_SCHED_GET_PRIORITY_MAX unset)")
OSREF_ABSENT(sched_get_priority_max, OSREF_SECT_SCHED, OSREF_FUNCTION, "not in this libc (HAVE_SCHED_GET_PRIORITY_MAX unset)")
#endif
