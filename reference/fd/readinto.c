/* os.readinto(fd, buffer, /): new in 3.14. */
#include <errno.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int64_t osref_readinto(int fd, void *buf, size_t len, osref_error *err)
{
  long r = OSREF_RETRY(read(fd, buf, len));
  return r < 0 ? osref_fail(r, err) : r;
}

/* buffer must be mutable: the value model has none (bytes is immutable, as
 * in Python), so the call layer refuses every buffer as CPython refuses
 * bytes; the typed layer reads into memory. See internal/fd.h. */
static osref_value *call_readinto(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("readinto", "fd", argv[0], &fd, err))
    return NULL;
  return osref_set_error(err, "TypeError", "readinto() argument 2 must be read-write "
                         "bytes-like object, not %s", osref_type_name(argv[1]));
}

static const osref_param readinto_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"buffer", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(readinto, "File Descriptor Operations", readinto_params, call_readinto)
