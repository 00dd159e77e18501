/* os.waitstatus_to_exitcode(status): the exit code for an exit, -signum for
 * a signal, ValueError otherwise (CPython's checks and messages). */
#include <sys/wait.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef WIFEXITED
int osref_waitstatus_to_exitcode(int status, int *exitcode, osref_error *err)
{
  if (WIFEXITED(status)) {
    *exitcode = WEXITSTATUS(status);
    return 0;
  }
  if (WIFSIGNALED(status)) {
    *exitcode = -WTERMSIG(status);
    return 0;
  }
  if (WIFSTOPPED(status))
    osref_set_error(err, "ValueError", "process stopped by delivery of signal %d", WSTOPSIG(status));
  else
    osref_set_error(err, "ValueError", "invalid wait status: %d", status);
  return -1;
}

static osref_value *call_waitstatus_to_exitcode(osref_value *const *argv, osref_error *err)
{
  int status, exitcode;
  if (!osref_arg_c_int(argv[0], &status, err) || osref_waitstatus_to_exitcode(status, &exitcode, err) < 0)
    return NULL;
  return osref_int(exitcode);
}

static const osref_param waitstatus_to_exitcode_params[] = {
  {"status", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(waitstatus_to_exitcode, OSREF_SECT_PROCMGMT, waitstatus_to_exitcode_params,
               call_waitstatus_to_exitcode)
#else
OSREF_ABSENT(waitstatus_to_exitcode, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not defined by this libc (no WIFEXITED)")
#endif
