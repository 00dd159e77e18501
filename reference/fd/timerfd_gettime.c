/* os.timerfd_gettime(fd, /): timerfd_gettime_ns in float seconds. */
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_TIMERFD_CREATE
static osref_value *call_timerfd_gettime(osref_value *const *argv, osref_error *err)
{
  int fd;
  int64_t cur[2];
  if (!osref_arg_fd("timerfd_gettime", "fd", argv[0], &fd, err)
      || osref_timerfd_gettime_ns(fd, cur, err) < 0)
    return NULL;
  return osref_fd_seconds_pair(cur);
}

static const osref_param timerfd_gettime_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(timerfd_gettime, "Timer File Descriptors", timerfd_gettime_params, call_timerfd_gettime)
#else
OSREF_ABSENT(timerfd_gettime, "Timer File Descriptors", OSREF_FUNCTION, "not in this libc (HAVE_TIMERFD_CREATE unset)")
#endif
