/* os.timerfd_settime_ns(fd, /, *, flags=0, initial=0, interval=0) */
#include <errno.h>
#include "config.h"
#ifdef HAVE_TIMERFD_CREATE
#include <sys/timerfd.h>
#endif
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_TIMERFD_CREATE
/* Floor division, so that a negative time gives a negative tv_sec, which the
 * kernel refuses with EINVAL, as the doc says. */
static struct timespec timespec_of(int64_t ns)
{
  int64_t sec = ns / 1000000000, rem = ns % 1000000000;
  if (rem < 0) {
    sec -= 1;
    rem += 1000000000;
  }
  return (struct timespec){.tv_sec = (time_t)sec, .tv_nsec = (long)rem};
}

int osref_timerfd_settime_ns(int fd, int flags, int64_t initial, int64_t interval,
                             int64_t old[2], osref_error *err)
{
  struct itimerspec nv = {.it_interval = timespec_of(interval), .it_value = timespec_of(initial)};
  struct itimerspec ov;
  if (timerfd_settime(fd, flags, &nv, &ov) < 0)
    return osref_fail(-errno, err);
  old[0] = (int64_t)ov.it_value.tv_sec * 1000000000 + ov.it_value.tv_nsec;
  old[1] = (int64_t)ov.it_interval.tv_sec * 1000000000 + ov.it_interval.tv_nsec;
  return 0;
}

static osref_value *call_timerfd_settime_ns(osref_value *const *argv, osref_error *err)
{
  static const char fn[] = "timerfd_settime_ns";
  int fd, flags = 0;
  int64_t initial = 0, interval = 0, old[2];
  if (!osref_arg_fd(fn, "fd", argv[0], &fd, err)
      || (argv[1] && !osref_fd_arg_cint(fn, "flags", argv[1], &flags, err))
      || (argv[2] && !osref_arg_int(fn, "initial", argv[2], &initial, err))
      || (argv[3] && !osref_arg_int(fn, "interval", argv[3], &interval, err))
      || osref_timerfd_settime_ns(fd, flags, initial, interval, old, err) < 0)
    return NULL;
  return osref_fd_pair(old[0], old[1]);
}

static const osref_param timerfd_settime_ns_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"flags", "0", OSREF_KEYWORD_ONLY},
  {"initial", "0", OSREF_KEYWORD_ONLY},
  {"interval", "0", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(timerfd_settime_ns, "Timer File Descriptors", timerfd_settime_ns_params, call_timerfd_settime_ns)
#else
OSREF_ABSENT(timerfd_settime_ns, "Timer File Descriptors", OSREF_FUNCTION, "not in this libc (HAVE_TIMERFD_CREATE unset)")
#endif
