/* os.readv(fd, buffers, /) */
#include <errno.h>
#include <sys/uio.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int64_t osref_readv(int fd, const struct iovec *iov, int iovcnt, osref_error *err)
{
  long r = OSREF_RETRY(readv(fd, iov, iovcnt));
  return r < 0 ? osref_fail(r, err) : r;
}

static int64_t readv_io(int fd, const struct iovec *iov, int iovcnt, int64_t offset, int flags,
                       osref_error *err)
{
  (void)offset, (void)flags;
  return osref_readv(fd, iov, iovcnt, err);
}

static osref_value *call_readv(osref_value *const *argv, osref_error *err)
{
  return osref_fd_call_vector("readv", argv, false, true, readv_io, err);
}

static const osref_param readv_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"buffers", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(readv, "File Descriptor Operations", readv_params, call_readv)
