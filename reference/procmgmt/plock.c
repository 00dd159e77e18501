/* os.plock(op, /): System V's lock of program segments in memory. */
#include <stdint.h>
#include "config.h"
#ifdef HAVE_PLOCK
#include <sys/lock.h>
#endif
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/procsig.h"

#ifdef HAVE_PLOCK
int osref_plock(int op, osref_error *err)
{
  return osref_check(plock(op), err);
}

static osref_value *call_plock(osref_value *const *argv, osref_error *err)
{
  int64_t op;
  if (!osref_arg_int_range("plock", "op", argv[0], INT32_MIN, INT32_MAX, &op, err)) return NULL;
  return osref_none_result(osref_plock((int)op, err));
}

static const osref_param plock_params[] = {
  {"op", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(plock, OSREF_SECT_PROCMGMT, plock_params, call_plock)
#else
OSREF_ABSENT(plock, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_PLOCK unset)")
#endif
