/* os.set_inheritable(fd, inheritable, /) */
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int osref_set_inheritable(int fd, bool inheritable, osref_error *err)
{
  int r = osref_fd_set_cloexec(fd, !inheritable);
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_set_inheritable(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("set_inheritable", "fd", argv[0], &fd, err))
    return NULL;
  return osref_none_result(osref_set_inheritable(fd, osref_arg_bool(argv[1], false), err));
}

static const osref_param set_inheritable_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"inheritable", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(set_inheritable, "Inheritance of File Descriptors", set_inheritable_params, call_set_inheritable)
