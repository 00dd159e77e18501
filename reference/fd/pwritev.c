/* os.pwritev(fd, buffers, offset, flags=0, /) */
#include <errno.h>
#include <sys/uio.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_PWRITEV
int64_t osref_pwritev(int fd, const struct iovec *iov, int iovcnt, int64_t offset, int flags,
                     osref_error *err)
{
  long r;
#ifdef HAVE_PWRITEV2
  /* pwritev2 only when asked for flags: it needs Linux >= 4.6. */
  if (flags)
    r = OSREF_RETRY(pwritev2(fd, iov, iovcnt, (off_t)offset, flags));
  else
#endif
  if (flags)
    r = -ENOTSUP;
  else
    r = OSREF_RETRY(pwritev(fd, iov, iovcnt, (off_t)offset));
  return r < 0 ? osref_fail(r, err) : r;
}

static osref_value *call_pwritev(osref_value *const *argv, osref_error *err)
{
  return osref_fd_call_vector("pwritev", argv, true, false, osref_pwritev, err);
}

static const osref_param pwritev_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"buffers", NULL, OSREF_POSITIONAL_ONLY},
  {"offset", NULL, OSREF_POSITIONAL_ONLY},
  {"flags", "0", OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(pwritev, "File Descriptor Operations", pwritev_params, call_pwritev)
#else
OSREF_ABSENT(pwritev, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_PWRITEV unset)")
#endif
