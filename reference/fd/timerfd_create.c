/* os.timerfd_create(clockid, /, *, flags=0) */
#include <errno.h>
#include "config.h"
#ifdef HAVE_TIMERFD_CREATE
#include <sys/timerfd.h>
#endif
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_TIMERFD_CREATE
int osref_timerfd_create(int clockid, int flags, osref_error *err)
{
  /* "TFD_CLOEXEC is always set by Python automatically." */
  int fd = timerfd_create(clockid, flags | TFD_CLOEXEC);
  return fd < 0 ? osref_fail(-errno, err) : fd;
}

static osref_value *call_timerfd_create(osref_value *const *argv, osref_error *err)
{
  int clockid, flags = 0;
  if (!osref_fd_arg_cint("timerfd_create", "clockid", argv[0], &clockid, err)
      || (argv[1] && !osref_fd_arg_cint("timerfd_create", "flags", argv[1], &flags, err)))
    return NULL;
  return osref_int_result(osref_timerfd_create(clockid, flags, err));
}

static const osref_param timerfd_create_params[] = {
  {"clockid", NULL, OSREF_POSITIONAL_ONLY},
  {"flags", "0", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(timerfd_create, "Timer File Descriptors", timerfd_create_params, call_timerfd_create)
#else
OSREF_ABSENT(timerfd_create, "Timer File Descriptors", OSREF_FUNCTION, "not in this libc (HAVE_TIMERFD_CREATE unset)")
#endif
