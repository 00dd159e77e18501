/* os.WIFSIGNALED(status): whether the process was terminated by a signal. */
#include <sys/wait.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef WIFSIGNALED
bool osref_WIFSIGNALED(int status) { return WIFSIGNALED(status); }

static osref_value *call_WIFSIGNALED(osref_value *const *argv, osref_error *err)
{
  return osref_status_bool(argv[0], osref_WIFSIGNALED, err);
}

static const osref_param WIFSIGNALED_params[] = {
  {"status", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(WIFSIGNALED, OSREF_SECT_PROCMGMT, WIFSIGNALED_params, call_WIFSIGNALED)
#else
OSREF_ABSENT(WIFSIGNALED, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not defined by this libc")
#endif
