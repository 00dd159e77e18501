/* os.posix_fadvise(fd, offset, len, advice, /) */
#include <errno.h>
#include <fcntl.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_POSIX_FADVISE
int osref_posix_fadvise(int fd, int64_t offset, int64_t len, int advice, osref_error *err)
{
  /* It returns the error number instead of setting errno. */
  int r;
  do
    r = posix_fadvise(fd, (off_t)offset, (off_t)len, advice);
  while (r == EINTR);
  return r ? osref_fail(-r, err) : 0;
}

static osref_value *call_posix_fadvise(osref_value *const *argv, osref_error *err)
{
  static const char fn[] = "posix_fadvise";
  int fd, advice;
  int64_t offset, len;
  if (!osref_arg_fd(fn, "fd", argv[0], &fd, err)
      || !osref_arg_int(fn, "offset", argv[1], &offset, err)
      || !osref_arg_int(fn, "len", argv[2], &len, err)
      || !osref_fd_arg_cint(fn, "advice", argv[3], &advice, err))
    return NULL;
  return osref_none_result(osref_posix_fadvise(fd, offset, len, advice, err));
}

static const osref_param posix_fadvise_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"offset", NULL, OSREF_POSITIONAL_ONLY},
  {"len", NULL, OSREF_POSITIONAL_ONLY},
  {"advice", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(posix_fadvise, "File Descriptor Operations", posix_fadvise_params, call_posix_fadvise)
#else
OSREF_ABSENT(posix_fadvise, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_POSIX_FADVISE unset)")
#endif
