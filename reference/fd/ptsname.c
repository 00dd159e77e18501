/* os.ptsname(fd, /) */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#if defined(HAVE_PTSNAME_R) || defined(HAVE_PTSNAME)
osref_value *osref_ptsname(int fd, osref_error *err)
{
#ifdef HAVE_PTSNAME_R
  char name[PATH_MAX];
  int r = ptsname_r(fd, name, sizeof name);
  /* glibc returns the error number; older versions returned -1 with errno. */
  if (r != 0)
    return osref_set_errno(err, r > 0 ? r : errno);
  return osref_str(name);
#else
  const char *name = ptsname(fd);
  return name ? osref_str(name) : osref_set_errno(err, errno);
#endif
}

static osref_value *call_ptsname(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("ptsname", "fd", argv[0], &fd, err))
    return NULL;
  return osref_ptsname(fd, err);
}

static const osref_param ptsname_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(ptsname, "File Descriptor Operations", ptsname_params, call_ptsname)
#else
OSREF_ABSENT(ptsname, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_PTSNAME_R and HAVE_PTSNAME unset)")
#endif
