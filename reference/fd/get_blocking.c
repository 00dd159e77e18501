/* os.get_blocking(fd, /) */
#include <errno.h>
#include <fcntl.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int osref_get_blocking(int fd, osref_error *err)
{
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0)
    return osref_fail(-errno, err);
  return !(flags & O_NONBLOCK);
}

static osref_value *call_get_blocking(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("get_blocking", "fd", argv[0], &fd, err))
    return NULL;
  return osref_fd_bool_result(osref_get_blocking(fd, err));
}

static const osref_param get_blocking_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(get_blocking, "File Descriptor Operations", get_blocking_params, call_get_blocking)
