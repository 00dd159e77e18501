/* os.WIFSTOPPED(status): whether the process was stopped by a signal. */
#include <sys/wait.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef WIFSTOPPED
bool osref_WIFSTOPPED(int status) { return WIFSTOPPED(status); }

static osref_value *call_WIFSTOPPED(osref_value *const *argv, osref_error *err)
{
  return osref_status_bool(argv[0], osref_WIFSTOPPED, err);
}

static const osref_param WIFSTOPPED_params[] = {
  {"status", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(WIFSTOPPED, OSREF_SECT_PROCMGMT, WIFSTOPPED_params, call_WIFSTOPPED)
#else
OSREF_ABSENT(WIFSTOPPED, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not defined by this libc")
#endif
