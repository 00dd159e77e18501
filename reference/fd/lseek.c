/* os.lseek(fd, pos, whence, /) */
#include <errno.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int64_t osref_lseek(int fd, int64_t pos, int whence, osref_error *err)
{
  off_t r = lseek(fd, (off_t)pos, whence);
  return r < 0 ? osref_fail(-errno, err) : (int64_t)r;
}

static osref_value *call_lseek(osref_value *const *argv, osref_error *err)
{
  int fd, whence;
  int64_t pos;
  if (!osref_arg_fd("lseek", "fd", argv[0], &fd, err)
      || !osref_arg_int("lseek", "pos", argv[1], &pos, err)
      || !osref_fd_arg_cint("lseek", "whence", argv[2], &whence, err))
    return NULL;
  return osref_int_result(osref_lseek(fd, pos, whence, err));
}

static const osref_param lseek_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"pos", NULL, OSREF_POSITIONAL_ONLY},
  {"whence", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(lseek, "File Descriptor Operations", lseek_params, call_lseek)
