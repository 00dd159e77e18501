/* os.set_blocking(fd, blocking, /) */
#include <errno.h>
#include <fcntl.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int osref_set_blocking(int fd, bool blocking, osref_error *err)
{
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0)
    return osref_fail(-errno, err);
  int wanted = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
  if (wanted != flags && fcntl(fd, F_SETFL, wanted) < 0)
    return osref_fail(-errno, err);
  return 0;
}

static osref_value *call_set_blocking(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("set_blocking", "fd", argv[0], &fd, err))
    return NULL;
  return osref_none_result(osref_set_blocking(fd, osref_arg_bool(argv[1], true), err));
}

static const osref_param set_blocking_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"blocking", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(set_blocking, "File Descriptor Operations", set_blocking_params, call_set_blocking)
