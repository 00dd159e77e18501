/* os.close(fd) */
#include <errno.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int osref_close(int fd, osref_error *err)
{
  /* Never retried: after EINTR, Linux has already released the fd, and a
   * retry could close one that another thread just opened (PEP 475 too). */
  if (close(fd) < 0)
    return osref_fail(-errno, err);
  return 0;
}

static osref_value *call_close(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("close", "fd", argv[0], &fd, err))
    return NULL;
  return osref_none_result(osref_close(fd, err));
}

static const osref_param close_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(close, "File Descriptor Operations", close_params, call_close)
