/* os.isatty(fd, /) */
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

bool osref_isatty(int fd)
{
  return isatty(fd) == 1;
}

static osref_value *call_isatty(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("isatty", "fd", argv[0], &fd, err))
    return NULL;
  return osref_bool(osref_isatty(fd));
}

static const osref_param isatty_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(isatty, "File Descriptor Operations", isatty_params, call_isatty)
