/* os.getsid(pid, /): the session id of pid (0: of the current process). */
#include <errno.h>
#include <stdint.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_GETSID
int64_t osref_getsid(pid_t pid, osref_error *err)
{
  pid_t r = getsid(pid);
  if (r < 0) osref_set_errno(err, errno);
  return r < 0 ? -1 : r;
}

static osref_value *call_getsid(osref_value *const *argv, osref_error *err)
{
  int64_t pid;
  if (!osref_arg_int_range("getsid", "pid", argv[0], INT32_MIN, INT32_MAX, &pid, err)) return NULL;
  return osref_int_result(osref_getsid((pid_t)pid, err));
}

static const osref_param getsid_params[] = {{"pid", NULL, OSREF_POSITIONAL_ONLY}};
OSREF_FUNCTION(getsid, OSREF_SECT_PROCESS, getsid_params, call_getsid)
#else
OSREF_ABSENT(getsid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETSID unset)")
#endif
