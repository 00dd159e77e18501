/* os.fdatasync(fd) */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_FDATASYNC
int osref_fdatasync(int fd, osref_error *err)
{
  long r = OSREF_RETRY(fdatasync(fd));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_fdatasync(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("fdatasync", "fd", argv[0], &fd, err))
    return NULL;
  return osref_none_result(osref_fdatasync(fd, err));
}

static const osref_param fdatasync_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(fdatasync, "File Descriptor Operations", fdatasync_params, call_fdatasync)
#else
OSREF_ABSENT(fdatasync, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_FDATASYNC unset)")
#endif
