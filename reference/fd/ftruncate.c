/* os.ftruncate(fd, length, /) */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_FTRUNCATE
int osref_ftruncate(int fd, int64_t length, osref_error *err)
{
  long r = OSREF_RETRY(ftruncate(fd, (off_t)length));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_ftruncate(osref_value *const *argv, osref_error *err)
{
  int fd;
  int64_t length;
  if (!osref_arg_fd("ftruncate", "fd", argv[0], &fd, err)
      || !osref_arg_int("ftruncate", "length", argv[1], &length, err))
    return NULL;
  return osref_none_result(osref_ftruncate(fd, length, err));
}

static const osref_param ftruncate_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"length", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(ftruncate, "File Descriptor Operations", ftruncate_params, call_ftruncate)
#else
OSREF_ABSENT(ftruncate, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_FTRUNCATE unset)")
#endif
