/* os.posix_openpt(oflag, /) */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_POSIX_OPENPT
int osref_posix_openpt(int oflag, osref_error *err)
{
  /* Documented: O_CLOEXEC is added where the system has it. */
  int fd = posix_openpt(oflag | O_CLOEXEC);
  if (fd < 0)
    return osref_fail(-errno, err);
  return fd;
}

static osref_value *call_posix_openpt(osref_value *const *argv, osref_error *err)
{
  int oflag;
  if (!osref_fd_arg_cint("posix_openpt", "oflag", argv[0], &oflag, err))
    return NULL;
  return osref_int_result(osref_posix_openpt(oflag, err));
}

static const osref_param posix_openpt_params[] = {
  {"oflag", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(posix_openpt, "File Descriptor Operations", posix_openpt_params, call_posix_openpt)
#else
OSREF_ABSENT(posix_openpt, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_POSIX_OPENPT unset)")
#endif
