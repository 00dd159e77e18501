/* os.fchmod(fd, mode) */
#include <errno.h>
#include <sys/stat.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_FCHMOD
int osref_fchmod(int fd, mode_t mode, osref_error *err)
{
  long r = OSREF_RETRY(fchmod(fd, mode));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_fchmod(osref_value *const *argv, osref_error *err)
{
  int fd, mode;
  if (!osref_arg_fd("fchmod", "fd", argv[0], &fd, err)
      || !osref_fd_arg_cint("fchmod", "mode", argv[1], &mode, err))
    return NULL;
  return osref_none_result(osref_fchmod(fd, (mode_t)mode, err));
}

static const osref_param fchmod_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(fchmod, "File Descriptor Operations", fchmod_params, call_fchmod)
#else
OSREF_ABSENT(fchmod, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_FCHMOD unset)")
#endif
