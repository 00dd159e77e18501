/* os.fpathconf(fd, name, /) */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_FPATHCONF
int osref_fpathconf(int fd, int name, long *out, osref_error *err)
{
  /* -1 with errno unchanged means "no limit", which Python returns as -1. */
  errno = 0;
  long r = fpathconf(fd, name);
  if (r == -1 && errno != 0)
    return osref_fail(-errno, err);
  *out = r;
  return 0;
}

/* A name is an int, or a key of os.pathconf_names (ValueError if unknown);
 * the table is the one os.pathconf uses, reached through the registry. */
static bool arg_conf_name(const osref_value *v, int *out, osref_error *err)
{
  if (v->type != OSREF_STR)
    return osref_fd_arg_cint("fpathconf", "name", v, out, err);
  osref_value *names = osref_getattr("pathconf_names", err);
  if (!names)
    return false;
  const osref_value *code = osref_dict_get(names, v->u.s.data);
  bool ok = code && code->type == OSREF_INT;
  if (ok)
    *out = (int)code->u.i;
  else
    osref_set_error(err, "ValueError", "unrecognized configuration name");
  osref_decref(names);
  return ok;
}

static osref_value *call_fpathconf(osref_value *const *argv, osref_error *err)
{
  int fd, name;
  long value = 0;
  if (!osref_arg_fd("fpathconf", "fd", argv[0], &fd, err) || !arg_conf_name(argv[1], &name, err))
    return NULL;
  if (osref_fpathconf(fd, name, &value, err) < 0)
    return NULL;
  return osref_int(value);
}

static const osref_param fpathconf_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"name", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(fpathconf, "File Descriptor Operations", fpathconf_params, call_fpathconf)
#else
OSREF_ABSENT(fpathconf, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_FPATHCONF unset)")
#endif
