/* os.sched_param(sched_priority): the scheduling parameters, a struct
 * sequence of one field; and the argument conversions the scheduler
 * functions share. */
#include <stdint.h>
#include <string.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/sched.h"

static const char *const sched_param_fields[] = {"sched_priority"};

osref_value *osref_sched_param(osref_value *priority)
{
  osref_value *st = osref_struct("sched_param", sched_param_fields, 1, 1);
  if (!st) {
    osref_decref(priority);
    return NULL;
  }
  osref_seq_set(st, 0, priority);
  return st;
}

bool osref_sched_arg_pid(const char *fn, const osref_value *v, pid_t *out, osref_error *err)
{
  int64_t pid;
  if (!osref_arg_int_range(fn, "pid", v, INT32_MIN, INT32_MAX, &pid, err)) return false;
  *out = (pid_t)pid;
  return true;
}

bool osref_sched_arg_policy(const char *fn, const osref_value *v, int *out, osref_error *err)
{
  int64_t policy;
  if (!osref_arg_int_range(fn, "policy", v, INT32_MIN, INT32_MAX, &policy, err)) return false;
  *out = (int)policy;
  return true;
}

bool osref_sched_arg_param(const osref_value *v, int *priority, osref_error *err)
{
  if (!v || v->type != OSREF_STRUCT || strcmp(osref_type_name(v), "sched_param") != 0) {
    osref_set_error(err, "TypeError", "must have a sched_param object");
    return false;
  }
  int64_t p;
  if (!osref_arg_int("sched_param", "sched_priority", osref_struct_get(v, "sched_priority"), &p, err))
    return false;
  if (p < INT32_MIN || p > INT32_MAX) {
    osref_set_error(err, "OverflowError", "sched_priority out of range");
    return false;
  }
  *priority = (int)p;
  return true;
}

#if defined(HAVE_SCHED_SETPARAM) || defined(HAVE_SCHED_SETSCHEDULER)
/* As Python's, it holds whatever it is given; the functions check it. */
static osref_value *call_sched_param(osref_value *const *argv, osref_error *err)
{
  (void)err;
  return osref_sched_param(osref_incref(argv[0]));
}

static const osref_param sched_param_params[] = {{"sched_priority", NULL, OSREF_POSITIONAL_OR_KEYWORD}};
OSREF_CLASS_PARAMS(sched_param, OSREF_SECT_SCHED, sched_param_params, call_sched_param)
OSREF_MEMBER(sched_param, sched_priority, OSREF_ATTRIBUTE, OSREF_SECT_SCHED)
#else
OSREF_ABSENT(sched_param, OSREF_SECT_SCHED, OSREF_CLASS, "not in this libc (HAVE_SCHED_SETPARAM and HAVE_SCHED_SETSCHEDULER unset)")
OSREF_ABSENT_MEMBER(sched_param, sched_priority, OSREF_SECT_SCHED, OSREF_ATTRIBUTE, "not in this libc (HAVE_SCHED_SETPARAM and HAVE_SCHED_SETSCHEDULER unset)")
#endif
