/* os.timerfd_gettime_ns(fd, /) */
#include <errno.h>
#include "config.h"
#ifdef HAVE_TIMERFD_CREATE
#include <sys/timerfd.h>
#endif
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_TIMERFD_CREATE
int osref_timerfd_gettime_ns(int fd, int64_t out[2], osref_error *err)
{
  struct itimerspec cur;
  if (timerfd_gettime(fd, &cur) < 0)
    return osref_fail(-errno, err);
  out[0] = (int64_t)cur.it_value.tv_sec * 1000000000 + cur.it_value.tv_nsec;
  out[1] = (int64_t)cur.it_interval.tv_sec * 1000000000 + cur.it_interval.tv_nsec;
  return 0;
}

static osref_value *call_timerfd_gettime_ns(osref_value *const *argv, osref_error *err)
{
  int fd;
  int64_t cur[2];
  if (!osref_arg_fd("timerfd_gettime_ns", "fd", argv[0], &fd, err)
      || osref_timerfd_gettime_ns(fd, cur, err) < 0)
    return NULL;
  return osref_fd_pair(cur[0], cur[1]);
}

static const osref_param timerfd_gettime_ns_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(timerfd_gettime_ns, "Timer File Descriptors", timerfd_gettime_ns_params, call_timerfd_gettime_ns)
#else
OSREF_ABSENT(timerfd_gettime_ns, "Timer File Descriptors", OSREF_FUNCTION, "not in this libc (HAVE_TIMERFD_CREATE unset)")
#endif
