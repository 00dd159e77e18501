/* os.read(fd, n, /) */
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

osref_value *osref_read(int fd, int64_t n, osref_error *err)
{
  return osref_fd_read_value(fd, n, NULL, err);
}

static osref_value *call_read(osref_value *const *argv, osref_error *err)
{
  int fd;
  int64_t n;
  if (!osref_arg_fd("read", "fd", argv[0], &fd, err)
      || !osref_fd_arg_ssize("read", "n", argv[1], &n, err))
    return NULL;
  return osref_read(fd, n, err);
}

static const osref_param read_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"n", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(read, "File Descriptor Operations", read_params, call_read)
