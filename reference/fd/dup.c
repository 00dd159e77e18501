/* os.dup(fd, /) */
#include <errno.h>
#include <fcntl.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int osref_dup(int fd, osref_error *err)
{
  /* F_DUPFD_CLOEXEC: the copy is non-inheritable from birth, no race with fork. */
  int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  return r < 0 ? osref_fail(-errno, err) : r;
}

static osref_value *call_dup(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("dup", "fd", argv[0], &fd, err))
    return NULL;
  return osref_int_result(osref_dup(fd, err));
}

static const osref_param dup_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(dup, "File Descriptor Operations", dup_params, call_dup)
