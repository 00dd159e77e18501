/* os.pidfd_open(pid, flags=0) and os.PIDFD_NONBLOCK */
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "config.h"
#ifdef HAVE_PIDFD_NONBLOCK
#include <sys/pidfd.h>
#endif
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/procsig.h"

#ifdef HAVE_PIDFD_OPEN_SYSCALL
/* The kernel makes every pidfd close-on-exec: it is non-inheritable as it comes. */
int osref_pidfd_open(pid_t pid, unsigned flags, osref_error *err)
{
  return osref_check((int)syscall(SYS_pidfd_open, pid, flags), err);
}

/* CPython's unsigned_int converter. */
static bool flags_arg(const osref_value *v, unsigned *out, osref_error *err)
{
  int64_t flags = 0;
  if (v && !osref_arg_int("pidfd_open", "flags", v, &flags, err)) return false;
  if (flags < 0) {
    osref_set_error(err, "ValueError", "value must be positive");
    return false;
  }
  if (flags > UINT32_MAX) {
    osref_set_error(err, "OverflowError", "Python int too large for C unsigned int");
    return false;
  }
  *out = (unsigned)flags;
  return true;
}

static osref_value *call_pidfd_open(osref_value *const *argv, osref_error *err)
{
  int64_t pid;
  unsigned flags;
  if (!osref_arg_int_range("pidfd_open", "pid", argv[0], INT32_MIN, INT32_MAX, &pid, err) ||
      !flags_arg(argv[1], &flags, err))
    return NULL;
  return osref_int_result(osref_pidfd_open((pid_t)pid, flags, err));
}

static const osref_param pidfd_open_params[] = {
  {"pid", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"flags", "0", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(pidfd_open, OSREF_SECT_PROCMGMT, pidfd_open_params, call_pidfd_open)
#else
OSREF_ABSENT(pidfd_open, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "no pidfd_open system call in this libc's headers (HAVE_PIDFD_OPEN_SYSCALL unset)")
#endif

#ifdef HAVE_PIDFD_NONBLOCK
OSREF_INT_CONSTANT(PIDFD_NONBLOCK, OSREF_SECT_PROCMGMT)
#else
OSREF_ABSENT(PIDFD_NONBLOCK, OSREF_SECT_PROCMGMT, OSREF_DATA, "not in this libc (HAVE_PIDFD_NONBLOCK unset)")
#endif
