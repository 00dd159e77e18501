/* os.getpriority(which, who) and os.setpriority(which, who, priority). */
#include <errno.h>
#include <stdint.h>
#include <sys/resource.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_GETPRIORITY
/* -1 is a valid priority: only errno tells a failure apart. */
int osref_getpriority(int which, int who, int *priority, osref_error *err)
{
  errno = 0;
  int p = getpriority(which, (id_t)who);
  if (p == -1 && errno) {
    osref_set_errno(err, errno);
    return -1;
  }
  *priority = p;
  return 0;
}

int osref_setpriority(int which, int who, int priority, osref_error *err)
{
  return osref_check(setpriority(which, (id_t)who, priority), err);
}

static bool int_args(const char *fn, osref_value *const *argv, const char *const *names, size_t n,
                     int *out, osref_error *err)
{
  for (size_t i = 0; i < n; i++) {
    int64_t v;
    if (!osref_arg_int_range(fn, names[i], argv[i], INT32_MIN, INT32_MAX, &v, err)) return false;
    out[i] = (int)v;
  }
  return true;
}

static const char *const names[] = {"which", "who", "priority"};

static osref_value *call_getpriority(osref_value *const *argv, osref_error *err)
{
  int a[2], p;
  if (!int_args("getpriority", argv, names, 2, a, err) || osref_getpriority(a[0], a[1], &p, err) < 0)
    return NULL;
  return osref_int(p);
}

static osref_value *call_setpriority(osref_value *const *argv, osref_error *err)
{
  int a[3];
  if (!int_args("setpriority", argv, names, 3, a, err)) return NULL;
  return osref_none_result(osref_setpriority(a[0], a[1], a[2], err));
}

static const osref_param priority_params[] = {
  {"which", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"who", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"priority", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
static const osref_param getpriority_params[] = {
  {"which", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"who", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(getpriority, OSREF_SECT_PROCESS, getpriority_params, call_getpriority)
OSREF_FUNCTION(setpriority, OSREF_SECT_PROCESS, priority_params, call_setpriority)
#else
OSREF_ABSENT(getpriority, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETPRIORITY unset)")
OSREF_ABSENT(setpriority, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETPRIORITY unset)")
#endif
