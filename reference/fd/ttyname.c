/* os.ttyname(fd, /) */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

osref_value *osref_ttyname(int fd, osref_error *err)
{
#ifdef HAVE_TTYNAME_R
  char name[PATH_MAX];
  int r = ttyname_r(fd, name, sizeof name);  /* returns the error number */
  return r ? osref_set_errno(err, r) : osref_str(name);
#else
  const char *name = ttyname(fd);
  return name ? osref_str(name) : osref_set_errno(err, errno);
#endif
}

static osref_value *call_ttyname(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("ttyname", "fd", argv[0], &fd, err))
    return NULL;
  return osref_ttyname(fd, err);
}

static const osref_param ttyname_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(ttyname, "File Descriptor Operations", ttyname_params, call_ttyname)
