/* os.dup2(fd, fd2, inheritable=True) */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

static int dup_noninheritable(int fd, int fd2)
{
#ifdef HAVE_DUP3
  /* Atomic; like CPython, dup3 refuses fd == fd2 with EINVAL. */
  return dup3(fd, fd2, O_CLOEXEC) < 0 ? -errno : fd2;
#else
  if (dup2(fd, fd2) < 0)
    return -errno;
  int r = osref_fd_set_cloexec(fd2, true);
  if (r < 0 && fd != fd2)
    close(fd2);
  return r < 0 ? r : fd2;
#endif
}

int osref_dup2(int fd, int fd2, bool inheritable, osref_error *err)
{
  int r;
  if (inheritable)
    r = dup2(fd, fd2) < 0 ? -errno : fd2;
  else
    r = dup_noninheritable(fd, fd2);
  return r < 0 ? osref_fail(r, err) : r;
}

static osref_value *call_dup2(osref_value *const *argv, osref_error *err)
{
  int fd, fd2;
  if (!osref_arg_fd("dup2", "fd", argv[0], &fd, err)
      || !osref_arg_fd("dup2", "fd2", argv[1], &fd2, err))
    return NULL;
  return osref_int_result(osref_dup2(fd, fd2, osref_arg_bool(argv[2], true), err));
}

static const osref_param dup2_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"fd2", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"inheritable", "True", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(dup2, "File Descriptor Operations", dup2_params, call_dup2)
