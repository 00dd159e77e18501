/* os.posix_fallocate(fd, offset, len, /) */
#include <errno.h>
#include <fcntl.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_POSIX_FALLOCATE
int osref_posix_fallocate(int fd, int64_t offset, int64_t len, osref_error *err)
{
  /* It returns the error number instead of setting errno. */
  int r;
  do
    r = posix_fallocate(fd, (off_t)offset, (off_t)len);
  while (r == EINTR);
  return r ? osref_fail(-r, err) : 0;
}

static osref_value *call_posix_fallocate(osref_value *const *argv, osref_error *err)
{
  int fd;
  int64_t offset, len;
  if (!osref_arg_fd("posix_fallocate", "fd", argv[0], &fd, err)
      || !osref_arg_int("posix_fallocate", "offset", argv[1], &offset, err)
      || !osref_arg_int("posix_fallocate", "len", argv[2], &len, err))
    return NULL;
  return osref_none_result(osref_posix_fallocate(fd, offset, len, err));
}

static const osref_param posix_fallocate_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"offset", NULL, OSREF_POSITIONAL_ONLY},
  {"len", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(posix_fallocate, "File Descriptor Operations", posix_fallocate_params, call_posix_fallocate)
#else
OSREF_ABSENT(posix_fallocate, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_POSIX_FALLOCATE unset)")
#endif
