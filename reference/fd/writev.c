/* os.writev(fd, buffers, /) */
#include <errno.h>
#include <sys/uio.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int64_t osref_writev(int fd, const struct iovec *iov, int iovcnt, osref_error *err)
{
  long r = OSREF_RETRY(writev(fd, iov, iovcnt));
  return r < 0 ? osref_fail(r, err) : r;
}

static int64_t writev_io(int fd, const struct iovec *iov, int iovcnt, int64_t offset, int flags,
                        osref_error *err)
{
  (void)offset, (void)flags;
  return osref_writev(fd, iov, iovcnt, err);
}

static osref_value *call_writev(osref_value *const *argv, osref_error *err)
{
  return osref_fd_call_vector("writev", argv, false, false, writev_io, err);
}

static const osref_param writev_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"buffers", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(writev, "File Descriptor Operations", writev_params, call_writev)
