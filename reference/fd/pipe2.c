/* os.pipe2(flags, /) */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_PIPE2
int osref_pipe2(int fds[2], int flags, osref_error *err)
{
  /* Exactly the flags given: the doc lets the caller choose O_CLOEXEC. */
  return pipe2(fds, flags) < 0 ? osref_fail(-errno, err) : 0;
}

static osref_value *call_pipe2(osref_value *const *argv, osref_error *err)
{
  int flags, fds[2];
  if (!osref_fd_arg_cint("pipe2", "flags", argv[0], &flags, err))
    return NULL;
  if (osref_pipe2(fds, flags, err) < 0)
    return NULL;
  return osref_fd_pair(fds[0], fds[1]);
}

static const osref_param pipe2_params[] = {
  {"flags", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(pipe2, "File Descriptor Operations", pipe2_params, call_pipe2)
#else
OSREF_ABSENT(pipe2, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_PIPE2 unset)")
#endif
