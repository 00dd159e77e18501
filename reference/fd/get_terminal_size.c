/* os.get_terminal_size(fd=STDOUT_FILENO, /) */
#include <errno.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef TIOCGWINSZ
osref_value *osref_get_terminal_size(int fd, osref_error *err)
{
  struct winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) < 0)
    return osref_set_errno(err, errno);
  return osref_terminal_size_of(w.ws_col, w.ws_row);
}

static osref_value *call_get_terminal_size(osref_value *const *argv, osref_error *err)
{
  int fd = STDOUT_FILENO;
  if (argv[0] && !osref_fd_arg_cint("get_terminal_size", "fd", argv[0], &fd, err))
    return NULL;
  return osref_get_terminal_size(fd, err);
}

static const osref_param get_terminal_size_params[] = {
  {"fd", "STDOUT_FILENO", OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(get_terminal_size, "Querying the size of a terminal", get_terminal_size_params, call_get_terminal_size)
#else
OSREF_ABSENT(get_terminal_size, "Querying the size of a terminal", OSREF_FUNCTION, "not in this libc (TIOCGWINSZ undefined)")
#endif
