/* os.nice(increment, /) -> the new niceness */
#include <errno.h>
#include <stdint.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/procsig.h"

#ifdef HAVE_NICE
/* nice(2) may rightly return -1: only errno, cleared first, tells a failure. */
int osref_nice(int increment, int *niceness, osref_error *err)
{
  errno = 0;
  int n = nice(increment);
  if (n == -1 && errno) {
    osref_set_errno(err, errno);
    return -1;
  }
  *niceness = n;
  return 0;
}

static osref_value *call_nice(osref_value *const *argv, osref_error *err)
{
  int64_t increment;
  int n;
  if (!osref_arg_int_range("nice", "increment", argv[0], INT32_MIN, INT32_MAX, &increment, err) ||
      osref_nice((int)increment, &n, err) < 0)
    return NULL;
  return osref_int(n);
}

static const osref_param nice_params[] = {
  {"increment", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(nice, OSREF_SECT_PROCMGMT, nice_params, call_nice)
#else
OSREF_ABSENT(nice, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_NICE unset)")
#endif
