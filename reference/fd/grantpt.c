/* os.grantpt(fd, /) */
#include <errno.h>
#include <stdlib.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_GRANTPT
int osref_grantpt(int fd, osref_error *err)
{
  /* The fd stays open on failure, as documented: nothing to clean up. */
  return grantpt(fd) < 0 ? osref_fail(-errno, err) : 0;
}

static osref_value *call_grantpt(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("grantpt", "fd", argv[0], &fd, err))
    return NULL;
  return osref_none_result(osref_grantpt(fd, err));
}

static const osref_param grantpt_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(grantpt, "File Descriptor Operations", grantpt_params, call_grantpt)
#else
OSREF_ABSENT(grantpt, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_GRANTPT unset)")
#endif
