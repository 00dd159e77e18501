/* os.fchdir(fd): the same as os.chdir(fd). */
#include "config.h"
#include <errno.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_FCHDIR
int osref_fchdir(int fd, osref_error *err)
{
  long r = OSREF_RETRY(fchdir(fd));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_fchdir(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("fchdir", "fd", argv[0], &fd, err)) return NULL;
  return osref_none_result(osref_fchdir(fd, err));
}

static const osref_param fchdir_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(fchdir, OSREF_SECTION_FILES, fchdir_params, call_fchdir)
#else
OSREF_ABSENT(fchdir, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_FCHDIR unset)")
#endif
