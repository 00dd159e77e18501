/* os.waitpid(pid, options, /): (pid, status), or (0, 0) where WNOHANG
 * found no child in the requested state. */
#include <errno.h>
#include <sys/wait.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef HAVE_WAITPID
int64_t osref_waitpid(pid_t pid, int options, int *status, osref_error *err)
{
  *status = 0;
  long r = OSREF_RETRY(waitpid(pid, status, options));
  return r < 0 ? osref_fail(r, err) : r;
}

/* CPython parses a pid_t with PyArg_Parse's "i", the options with it. */
static osref_value *call_waitpid(osref_value *const *argv, osref_error *err)
{
  int pid, options, status;
  if (!osref_arg_format_i(argv[0], &pid, err) || !osref_arg_format_i(argv[1], &options, err)) return NULL;
  int64_t r = osref_waitpid(pid, options, &status, err);
  return osref_wait_pair(r, status);
}

static const osref_param waitpid_params[] = {
  {"pid", NULL, OSREF_POSITIONAL_ONLY},
  {"options", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(waitpid, OSREF_SECT_PROCMGMT, waitpid_params, call_waitpid)
#else
OSREF_ABSENT(waitpid, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_WAITPID unset)")
#endif
