/* os.getlogin(): the user logged in on the controlling terminal. Without
 * one (a daemon, a container) the libc fails and so does Python. */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_GETLOGIN
osref_value *osref_getlogin(osref_error *err)
{
  errno = 0;
  const char *name = getlogin();
  if (name) return osref_str(name);
  if (errno) return osref_set_errno(err, errno);
  return osref_set_error(err, "OSError", "unable to determine login name");
}

static osref_value *call_getlogin(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_getlogin(err);
}

OSREF_FUNCTION0(getlogin, OSREF_SECT_PROCESS, call_getlogin)
#else
OSREF_ABSENT(getlogin, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETLOGIN unset)")
#endif
