/* os.timerfd_settime(fd, /, *, flags=flags, initial=0.0, interval=0.0): the
 * same timer as timerfd_settime_ns, in float seconds. ("flags=flags" is the
 * doc's own spelling; the default is 0.) */
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_TIMERFD_CREATE
static osref_value *call_timerfd_settime(osref_value *const *argv, osref_error *err)
{
  static const char fn[] = "timerfd_settime";
  int fd, flags = 0;
  int64_t initial = 0, interval = 0, old[2];
  if (!osref_arg_fd(fn, "fd", argv[0], &fd, err)
      || (argv[1] && !osref_fd_arg_cint(fn, "flags", argv[1], &flags, err))
      || (argv[2] && !osref_fd_arg_seconds_ns(fn, "initial", argv[2], &initial, err))
      || (argv[3] && !osref_fd_arg_seconds_ns(fn, "interval", argv[3], &interval, err))
      || osref_timerfd_settime_ns(fd, flags, initial, interval, old, err) < 0)
    return NULL;
  return osref_fd_seconds_pair(old);
}

static const osref_param timerfd_settime_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"flags", "flags", OSREF_KEYWORD_ONLY},
  {"initial", "0.0", OSREF_KEYWORD_ONLY},
  {"interval", "0.0", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(timerfd_settime, "Timer File Descriptors", timerfd_settime_params, call_timerfd_settime)
#else
OSREF_ABSENT(timerfd_settime, "Timer File Descriptors", OSREF_FUNCTION, "not in this libc (HAVE_TIMERFD_CREATE unset)")
#endif
