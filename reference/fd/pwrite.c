/* os.pwrite(fd, str, offset, /) */
#include <errno.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int64_t osref_pwrite(int fd, const void *data, size_t len, int64_t offset, osref_error *err)
{
  long r = OSREF_RETRY(pwrite(fd, data, len, (off_t)offset));
  return r < 0 ? osref_fail(r, err) : r;
}

static osref_value *call_pwrite(osref_value *const *argv, osref_error *err)
{
  int fd;
  const void *data;
  size_t len;
  int64_t offset;
  if (!osref_arg_fd("pwrite", "fd", argv[0], &fd, err)
      || !osref_arg_bytes_like("pwrite", "str", argv[1], &data, &len, err)
      || !osref_arg_int("pwrite", "offset", argv[2], &offset, err))
    return NULL;
  return osref_int_result(osref_pwrite(fd, data, len, offset, err));
}

static const osref_param pwrite_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"str", NULL, OSREF_POSITIONAL_ONLY},
  {"offset", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(pwrite, "File Descriptor Operations", pwrite_params, call_pwrite)
