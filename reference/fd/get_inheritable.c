/* os.get_inheritable(fd, /) */
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int osref_get_inheritable(int fd, osref_error *err)
{
  int r = osref_fd_get_cloexec(fd);
  return r < 0 ? osref_fail(r, err) : !r;
}

static osref_value *call_get_inheritable(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("get_inheritable", "fd", argv[0], &fd, err))
    return NULL;
  return osref_fd_bool_result(osref_get_inheritable(fd, err));
}

static const osref_param get_inheritable_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(get_inheritable, "Inheritance of File Descriptors", get_inheritable_params, call_get_inheritable)
