/* os.kill(pid, sig, /) */
#include <signal.h>
#include <stdint.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/procsig.h"

#ifdef HAVE_KILL
int osref_kill(pid_t pid, int sig, osref_error *err)
{
  return osref_check(kill(pid, sig), err);
}

static osref_value *call_kill(osref_value *const *argv, osref_error *err)
{
  int64_t pid, sig;
  if (!osref_arg_int_range("kill", "pid", argv[0], INT32_MIN, INT32_MAX, &pid, err) ||
      !osref_arg_int("kill", "sig", argv[1], &sig, err))
    return NULL;
  /* CPython takes sig as a Py_ssize_t and casts it to int: only its low 32
   * bits reach kill(2), so 2**32 is signal 0 and 2**31 is EINVAL. */
  return osref_none_result(osref_kill((pid_t)pid, (int)(int32_t)(uint32_t)sig, err));
}

static const osref_param kill_params[] = {
  {"pid", NULL, OSREF_POSITIONAL_ONLY},
  {"sig", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(kill, OSREF_SECT_PROCMGMT, kill_params, call_kill)
#else
OSREF_ABSENT(kill, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_KILL unset)")
#endif
