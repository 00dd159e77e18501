/* os.setsid(): make the process a session leader; EPERM if it already
 * leads a process group. Returns None (the new session id is getsid(0)). */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETSID
int64_t osref_setsid(osref_error *err)
{
  pid_t r = setsid();
  if (r < 0) osref_set_errno(err, errno);
  return r < 0 ? -1 : r;
}

static osref_value *call_setsid(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_none_result(osref_setsid(err));
}

OSREF_FUNCTION0(setsid, OSREF_SECT_PROCESS, call_setsid)
#else
OSREF_ABSENT(setsid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETSID unset)")
#endif
