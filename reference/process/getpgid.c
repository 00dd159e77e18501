/* os.getpgid(pid): the process group of pid (0: of the current process). */
#include <errno.h>
#include <stdint.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_GETPGID
int64_t osref_getpgid(pid_t pid, osref_error *err)
{
  pid_t r = getpgid(pid);
  if (r < 0) osref_set_errno(err, errno);
  return r < 0 ? -1 : r;
}

static osref_value *call_getpgid(osref_value *const *argv, osref_error *err)
{
  int64_t pid;
  if (!osref_arg_int_range("getpgid", "pid", argv[0], INT32_MIN, INT32_MAX, &pid, err)) return NULL;
  return osref_int_result(osref_getpgid((pid_t)pid, err));
}

static const osref_param getpgid_params[] = {{"pid", NULL, OSREF_POSITIONAL_OR_KEYWORD}};
OSREF_FUNCTION(getpgid, OSREF_SECT_PROCESS, getpgid_params, call_getpgid)
#else
OSREF_ABSENT(getpgid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETPGID unset)")
#endif
