/* os.unlockpt(fd, /) */
#include <errno.h>
#include <stdlib.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_UNLOCKPT
int osref_unlockpt(int fd, osref_error *err)
{
  return unlockpt(fd) < 0 ? osref_fail(-errno, err) : 0;
}

static osref_value *call_unlockpt(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("unlockpt", "fd", argv[0], &fd, err))
    return NULL;
  return osref_none_result(osref_unlockpt(fd, err));
}

static const osref_param unlockpt_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(unlockpt, "File Descriptor Operations", unlockpt_params, call_unlockpt)
#else
OSREF_ABSENT(unlockpt, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_UNLOCKPT unset)")
#endif
