/* os.forkpty() -> (pid, master_fd): fork with a new pseudo-terminal as the
 * child's controlling terminal, running the at-fork handlers as fork does. */
#include <errno.h>
#include <fcntl.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/exec_args.h"
#include "internal/process.h"
#include "osref/exec.h"

#ifdef HAVE_FORKPTY
#include <pty.h>

int64_t osref_forkpty(int *master_fd, osref_error *err)
{
  *master_fd = -1;
  osref_before_fork();
  pid_t pid = forkpty(master_fd, NULL, NULL, NULL);
  int saved = errno;
  osref_after_fork(pid);
  if (pid < 0) {
    osref_set_errno(err, saved);
    return -1;
  }
  /* The master fd is non-inheritable (CPython sets FD_CLOEXEC on it). */
  if (pid > 0) fcntl(*master_fd, F_SETFD, fcntl(*master_fd, F_GETFD) | FD_CLOEXEC);
  return pid;
}

static osref_value *call_forkpty(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  int master_fd;
  int64_t pid = osref_forkpty(&master_fd, err);
  if (pid < 0) return NULL;
  osref_value *t = osref_tuple(2);
  if (!t) return NULL;
  osref_seq_set(t, 0, osref_int(pid));
  osref_seq_set(t, 1, osref_int(master_fd));
  return t;
}

OSREF_FUNCTION0(forkpty, OSREF_SECT_PROCMGMT, call_forkpty)
#else
OSREF_ABSENT(forkpty, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_FORKPTY unset)")
#endif
