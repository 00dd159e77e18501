/* os.setpgid(pid, pgrp, /) and os.setpgrp(), which is setpgid(0, 0). */
#include <errno.h>
#include <stdint.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETPGID
int osref_setpgid(pid_t pid, pid_t pgrp, osref_error *err)
{
  if (setpgid(pid, pgrp) == 0) return 0;
  osref_set_errno(err, errno);
  return -1;
}

int osref_setpgrp(osref_error *err) { return osref_setpgid(0, 0, err); }

static osref_value *call_setpgid(osref_value *const *argv, osref_error *err)
{
  int64_t pid, pgrp;
  if (!osref_arg_int_range("setpgid", "pid", argv[0], INT32_MIN, INT32_MAX, &pid, err) ||
      !osref_arg_int_range("setpgid", "pgrp", argv[1], INT32_MIN, INT32_MAX, &pgrp, err))
    return NULL;
  return osref_none_result(osref_setpgid((pid_t)pid, (pid_t)pgrp, err));
}

static osref_value *call_setpgrp(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_none_result(osref_setpgrp(err));
}

static const osref_param setpgid_params[] = {
  {"pid", NULL, OSREF_POSITIONAL_ONLY},
  {"pgrp", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(setpgid, OSREF_SECT_PROCESS, setpgid_params, call_setpgid)
OSREF_FUNCTION0(setpgrp, OSREF_SECT_PROCESS, call_setpgrp)
#else
OSREF_ABSENT(setpgid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETPGID unset)")
OSREF_ABSENT(setpgrp, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETPGID unset)")
#endif
