/* os.wait4(pid, options): (pid, status, rusage). */
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

#ifdef HAVE_WAIT4
int64_t osref_wait4(pid_t pid, int options, int *status, struct rusage *ru, osref_error *err)
{
  *status = 0;
  long r = OSREF_RETRY(wait4(pid, status, options, ru));
  if (r < 0) return osref_fail(r, err);
  /* No child reported: the system left ru as it was. */
  if (r == 0) memset(ru, 0, sizeof *ru);
  return r;
}

/* CPython parses a pid_t with PyArg_Parse's "i", the options with it. */
static osref_value *call_wait4(osref_value *const *argv, osref_error *err)
{
  int pid, options, status;
  struct rusage ru;
  if (!osref_arg_format_i(argv[0], &pid, err) || !osref_arg_format_i(argv[1], &options, err)) return NULL;
  int64_t r = osref_wait4(pid, options, &status, &ru, err);
  return osref_wait_triple(r, status, &ru);
}

static const osref_param wait4_params[] = {
  {"pid", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"options", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(wait4, OSREF_SECT_PROCMGMT, wait4_params, call_wait4)
#else
OSREF_ABSENT(wait4, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_WAIT4 unset)")
#endif
