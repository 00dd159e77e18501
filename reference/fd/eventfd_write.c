/* os.eventfd_write(fd, value) */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#ifdef HAVE_EVENTFD
#include <sys/eventfd.h>
#endif
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_EVENTFD
int osref_eventfd_write(int fd, uint64_t value, osref_error *err)
{
  /* write(2) itself: glibc's eventfd_write leaves errno alone on a short write. */
  long r = OSREF_RETRY(write(fd, &value, sizeof value));
  if (r >= 0 && r != (long)sizeof value)
    r = -EINVAL;
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_eventfd_write(osref_value *const *argv, osref_error *err)
{
  int fd;
  int64_t value;
  if (!osref_arg_fd("eventfd_write", "fd", argv[0], &fd, err)
      || !osref_arg_int("eventfd_write", "value", argv[1], &value, err))
    return NULL;
  if (value < 0)
    return osref_set_error(err, "ValueError", "value must be positive");
  return osref_none_result(osref_eventfd_write(fd, (uint64_t)value, err));
}

static const osref_param eventfd_write_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"value", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(eventfd_write, "Files and Directories", eventfd_write_params, call_eventfd_write)
#else
OSREF_ABSENT(eventfd_write, "Files and Directories", OSREF_FUNCTION, "not in this libc (HAVE_EVENTFD unset)")
#endif
