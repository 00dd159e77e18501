/* os.pread(fd, n, offset, /) */
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

osref_value *osref_pread(int fd, int64_t n, int64_t offset, osref_error *err)
{
  return osref_fd_read_value(fd, n, &offset, err);
}

static osref_value *call_pread(osref_value *const *argv, osref_error *err)
{
  int fd;
  int64_t n, offset;
  if (!osref_arg_fd("pread", "fd", argv[0], &fd, err)
      || !osref_fd_arg_ssize("pread", "n", argv[1], &n, err)
      || !osref_arg_int("pread", "offset", argv[2], &offset, err))
    return NULL;
  return osref_pread(fd, n, offset, err);
}

static const osref_param pread_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"n", NULL, OSREF_POSITIONAL_ONLY},
  {"offset", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(pread, "File Descriptor Operations", pread_params, call_pread)
