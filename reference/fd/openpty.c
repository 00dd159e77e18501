/* os.openpty() */
#include <errno.h>
#include <pty.h>
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_OPENPTY
int osref_openpty(int fds[2], osref_error *err)
{
  if (openpty(&fds[0], &fds[1], NULL, NULL, NULL) < 0)
    return osref_fail(-errno, err);
  /* openpty has no O_CLOEXEC variant: mark both afterwards, as CPython does. */
  int r = osref_fd_pair_cloexec(fds);
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_openpty(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  int fds[2];
  if (osref_openpty(fds, err) < 0)
    return NULL;
  return osref_fd_pair(fds[0], fds[1]);
}

OSREF_FUNCTION0(openpty, "File Descriptor Operations", call_openpty)
#else
OSREF_ABSENT(openpty, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_OPENPTY unset)")
#endif
