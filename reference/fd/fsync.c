/* os.fsync(fd) */
#include <errno.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int osref_fsync(int fd, osref_error *err)
{
  long r = OSREF_RETRY(fsync(fd));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_fsync(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("fsync", "fd", argv[0], &fd, err))
    return NULL;
  return osref_none_result(osref_fsync(fd, err));
}

static const osref_param fsync_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(fsync, "File Descriptor Operations", fsync_params, call_fsync)
