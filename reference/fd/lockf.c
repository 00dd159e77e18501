/* os.lockf(fd, cmd, len, /) */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_LOCKF
int osref_lockf(int fd, int cmd, int64_t len, osref_error *err)
{
  /* F_LOCK may wait for another process: retry it when a signal cuts in. */
  long r = OSREF_RETRY(lockf(fd, cmd, (off_t)len));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_lockf(osref_value *const *argv, osref_error *err)
{
  int fd, cmd;
  int64_t len;
  if (!osref_arg_fd("lockf", "fd", argv[0], &fd, err)
      || !osref_fd_arg_cint("lockf", "cmd", argv[1], &cmd, err)
      || !osref_arg_int("lockf", "len", argv[2], &len, err))
    return NULL;
  return osref_none_result(osref_lockf(fd, cmd, len, err));
}

static const osref_param lockf_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"cmd", NULL, OSREF_POSITIONAL_ONLY},
  {"len", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(lockf, "File Descriptor Operations", lockf_params, call_lockf)
#else
OSREF_ABSENT(lockf, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_LOCKF unset)")
#endif
