/* os.killpg(pgid, sig, /) */
#include <signal.h>
#include <stdint.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/procsig.h"

#ifdef HAVE_KILLPG
int osref_killpg(pid_t pgid, int sig, osref_error *err)
{
  return osref_check(killpg(pgid, sig), err);
}

static osref_value *call_killpg(osref_value *const *argv, osref_error *err)
{
  int64_t pgid, sig;
  if (!osref_arg_int_range("killpg", "pgid", argv[0], INT32_MIN, INT32_MAX, &pgid, err) ||
      !osref_arg_int_range("killpg", "sig", argv[1], INT32_MIN, INT32_MAX, &sig, err))
    return NULL;
  return osref_none_result(osref_killpg((pid_t)pgid, (int)sig, err));
}

static const osref_param killpg_params[] = {
  {"pgid", NULL, OSREF_POSITIONAL_ONLY},
  {"sig", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(killpg, OSREF_SECT_PROCMGMT, killpg_params, call_killpg)
#else
OSREF_ABSENT(killpg, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_KILLPG unset)")
#endif
