/* os.preadv(fd, buffers, offset, flags=0, /) */
#include <errno.h>
#include <sys/uio.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_PREADV
int64_t osref_preadv(int fd, const struct iovec *iov, int iovcnt, int64_t offset, int flags,
                     osref_error *err)
{
  long r;
#ifdef HAVE_PREADV2
  /* preadv2 only when asked for flags: it needs Linux >= 4.6. */
  if (flags)
    r = OSREF_RETRY(preadv2(fd, iov, iovcnt, (off_t)offset, flags));
  else
#endif
  if (flags)
    r = -ENOTSUP;
  else
    r = OSREF_RETRY(preadv(fd, iov, iovcnt, (off_t)offset));
  return r < 0 ? osref_fail(r, err) : r;
}

static osref_value *call_preadv(osref_value *const *argv, osref_error *err)
{
  return osref_fd_call_vector("preadv", argv, true, true, osref_preadv, err);
}

static const osref_param preadv_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"buffers", NULL, OSREF_POSITIONAL_ONLY},
  {"offset", NULL, OSREF_POSITIONAL_ONLY},
  {"flags", "0", OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(preadv, "File Descriptor Operations", preadv_params, call_preadv)
#else
OSREF_ABSENT(preadv, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_PREADV unset)")
#endif
