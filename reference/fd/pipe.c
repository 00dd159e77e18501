/* os.pipe() */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/fd.h"

int osref_pipe(int fds[2], osref_error *err)
{
#ifdef HAVE_PIPE2
  /* Atomic: no window in which another thread's fork inherits the pipe. */
  if (pipe2(fds, O_CLOEXEC) < 0)
    return osref_fail(-errno, err);
  return 0;
#else
  if (pipe(fds) < 0)
    return osref_fail(-errno, err);
  int r = osref_fd_pair_cloexec(fds);
  return r < 0 ? osref_fail(r, err) : 0;
#endif
}

static osref_value *call_pipe(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  int fds[2];
  if (osref_pipe(fds, err) < 0)
    return NULL;
  return osref_fd_pair(fds[0], fds[1]);
}

OSREF_FUNCTION0(pipe, "File Descriptor Operations", call_pipe)
