/* os.wait3(options): (pid, status, rusage). */
#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef HAVE_WAIT3
int64_t osref_wait3(int options, int *status, struct rusage *ru, osref_error *err)
{
  *status = 0;
  long r = OSREF_RETRY(wait3(status, options, ru));
  if (r < 0) return osref_fail(r, err);
  /* No child reported: the system left ru as it was. */
  if (r == 0) memset(ru, 0, sizeof *ru);
  return r;
}

static osref_value *call_wait3(osref_value *const *argv, osref_error *err)
{
  int options, status;
  struct rusage ru;
  if (!osref_arg_c_int(argv[0], &options, err)) return NULL;
  int64_t pid = osref_wait3(options, &status, &ru, err);
  return osref_wait_triple(pid, status, &ru);
}

static const osref_param wait3_params[] = {
  {"options", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(wait3, OSREF_SECT_PROCMGMT, wait3_params, call_wait3)
#else
OSREF_ABSENT(wait3, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_WAIT3 unset)")
#endif
