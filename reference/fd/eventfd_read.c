/* os.eventfd_read(fd) */
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
int osref_eventfd_read(int fd, uint64_t *value, osref_error *err)
{
  /* read(2) itself, not glibc's eventfd_read: that one reports a short read
   * as -1 without setting errno. A counter is 8 bytes; anything else is
   * not an eventfd, and EINVAL is what an eventfd says to a wrong size. */
  uint64_t v;
  long r = OSREF_RETRY(read(fd, &v, sizeof v));
  if (r >= 0 && r != (long)sizeof v)
    r = -EINVAL;
  if (r < 0)
    return osref_fail(r, err);
  *value = v;
  return 0;
}

static osref_value *call_eventfd_read(osref_value *const *argv, osref_error *err)
{
  int fd;
  uint64_t v;
  if (!osref_arg_fd("eventfd_read", "fd", argv[0], &fd, err) || osref_eventfd_read(fd, &v, err) < 0)
    return NULL;
  /* The counter never exceeds 2**64 - 2, but the value model's int is signed. */
  if (v > INT64_MAX)
    return osref_set_error(err, "OverflowError", "eventfd value %llu exceeds the int range of "
                           "this reference", (unsigned long long)v);
  return osref_int((int64_t)v);
}

static const osref_param eventfd_read_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(eventfd_read, "Files and Directories", eventfd_read_params, call_eventfd_read)
#else
OSREF_ABSENT(eventfd_read, "Files and Directories", OSREF_FUNCTION, "not in this libc (HAVE_EVENTFD unset)")
#endif
