/* os.eventfd(initval[, flags=os.EFD_CLOEXEC]) */
#include <errno.h>
#include "config.h"
#ifdef HAVE_EVENTFD
#include <sys/eventfd.h>
#endif
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_EVENTFD
int osref_eventfd(unsigned initval, int flags, osref_error *err)
{
  int fd = eventfd(initval, flags);
  return fd < 0 ? osref_fail(-errno, err) : fd;
}

static osref_value *call_eventfd(osref_value *const *argv, osref_error *err)
{
  int64_t initval;
  int flags = EFD_CLOEXEC;
  if (!osref_arg_int("eventfd", "initval", argv[0], &initval, err)
      || (argv[1] && !osref_fd_arg_cint("eventfd", "flags", argv[1], &flags, err)))
    return NULL;
  /* "The initial value must be a 32 bit unsigned integer." */
  if (initval < 0)
    return osref_set_error(err, "ValueError", "value must be positive");
  if (initval > UINT32_MAX)
    return osref_set_error(err, "OverflowError", "Python int too large for C unsigned int");
  return osref_int_result(osref_eventfd((unsigned)initval, flags, err));
}

static const osref_param eventfd_params[] = {
  {"initval", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"flags", "os.EFD_CLOEXEC", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(eventfd, "Files and Directories", eventfd_params, call_eventfd)
#else
OSREF_ABSENT(eventfd, "Files and Directories", OSREF_FUNCTION, "not in this libc (HAVE_EVENTFD unset)")
#endif
