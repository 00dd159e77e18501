/* os.closerange(fd_low, fd_high, /) */
#include <errno.h>
#include <limits.h>
#include <sys/resource.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

/* The highest fd number that can be open: no need to try beyond it. */
static int fd_limit(void)
{
  struct rlimit rl;
  if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_max != RLIM_INFINITY && rl.rlim_max < INT_MAX)
    return (int)rl.rlim_max;
  long max = sysconf(_SC_OPEN_MAX);
  return max > 0 && max < INT_MAX ? (int)max : INT_MAX;
}

void osref_closerange(int fd_low, int fd_high)
{
  if (fd_low < 0)
    fd_low = 0;
  int limit = fd_limit();
  if (fd_high > limit)
    fd_high = limit;
  if (fd_low >= fd_high)
    return;
#ifdef HAVE_CLOSE_RANGE
  if (close_range((unsigned)fd_low, (unsigned)fd_high - 1, 0) == 0)
    return;
#endif
  for (int fd = fd_low; fd < fd_high; fd++)
    close(fd);  /* errors are ignored, as documented */
}

static osref_value *call_closerange(osref_value *const *argv, osref_error *err)
{
  int lo, hi;
  if (!osref_fd_arg_cint("closerange", "fd_low", argv[0], &lo, err)
      || !osref_fd_arg_cint("closerange", "fd_high", argv[1], &hi, err))
    return NULL;
  osref_closerange(lo, hi);
  return osref_none();
}

static const osref_param closerange_params[] = {
  {"fd_low", NULL, OSREF_POSITIONAL_ONLY},
  {"fd_high", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(closerange, "File Descriptor Operations", closerange_params, call_closerange)
