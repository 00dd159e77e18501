/* os.tcgetpgrp(fd, /) */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_TCGETPGRP
int64_t osref_tcgetpgrp(int fd, osref_error *err)
{
  pid_t pg = tcgetpgrp(fd);
  return pg < 0 ? osref_fail(-errno, err) : (int64_t)pg;
}

static osref_value *call_tcgetpgrp(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("tcgetpgrp", "fd", argv[0], &fd, err))
    return NULL;
  return osref_int_result(osref_tcgetpgrp(fd, err));
}

static const osref_param tcgetpgrp_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(tcgetpgrp, "File Descriptor Operations", tcgetpgrp_params, call_tcgetpgrp)
#else
OSREF_ABSENT(tcgetpgrp, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_TCGETPGRP unset)")
#endif
