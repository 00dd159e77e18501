/* os.login_tty(fd, /) */
#include <errno.h>
#include <utmp.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_LOGIN_TTY
int osref_login_tty(int fd, osref_error *err)
{
  return login_tty(fd) < 0 ? osref_fail(-errno, err) : 0;
}

static osref_value *call_login_tty(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("login_tty", "fd", argv[0], &fd, err))
    return NULL;
  return osref_none_result(osref_login_tty(fd, err));
}

static const osref_param login_tty_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(login_tty, "File Descriptor Operations", login_tty_params, call_login_tty)
#else
OSREF_ABSENT(login_tty, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_LOGIN_TTY unset)")
#endif
