/* os.write(fd, str, /) */
#include <errno.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int64_t osref_write(int fd, const void *data, size_t len, osref_error *err)
{
  long r = OSREF_RETRY(write(fd, data, len));
  return r < 0 ? osref_fail(r, err) : r;
}

static osref_value *call_write(osref_value *const *argv, osref_error *err)
{
  int fd;
  const void *data;
  size_t len;
  if (!osref_arg_fd("write", "fd", argv[0], &fd, err)
      || !osref_arg_bytes_like("write", "str", argv[1], &data, &len, err))
    return NULL;
  return osref_int_result(osref_write(fd, data, len, err));
}

static const osref_param write_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"str", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(write, "File Descriptor Operations", write_params, call_write)
