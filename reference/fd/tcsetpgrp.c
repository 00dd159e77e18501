/* os.tcsetpgrp(fd, pg, /) */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_TCSETPGRP
int osref_tcsetpgrp(int fd, pid_t pg, osref_error *err)
{
  return tcsetpgrp(fd, pg) < 0 ? osref_fail(-errno, err) : 0;
}

static osref_value *call_tcsetpgrp(osref_value *const *argv, osref_error *err)
{
  int fd, pg;
  if (!osref_arg_fd("tcsetpgrp", "fd", argv[0], &fd, err)
      || !osref_fd_arg_cint("tcsetpgrp", "pg", argv[1], &pg, err))
    return NULL;
  return osref_none_result(osref_tcsetpgrp(fd, (pid_t)pg, err));
}

static const osref_param tcsetpgrp_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"pg", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(tcsetpgrp, "File Descriptor Operations", tcsetpgrp_params, call_tcsetpgrp)
#else
OSREF_ABSENT(tcsetpgrp, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_TCSETPGRP unset)")
#endif
