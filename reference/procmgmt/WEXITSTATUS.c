/* os.WEXITSTATUS(status): the process's exit status. */
#include <sys/wait.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef WEXITSTATUS
int osref_WEXITSTATUS(int status) { return WEXITSTATUS(status); }

static osref_value *call_WEXITSTATUS(osref_value *const *argv, osref_error *err)
{
  return osref_status_int(argv[0], osref_WEXITSTATUS, err);
}

static const osref_param WEXITSTATUS_params[] = {
  {"status", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(WEXITSTATUS, OSREF_SECT_PROCMGMT, WEXITSTATUS_params, call_WEXITSTATUS)
#else
OSREF_ABSENT(WEXITSTATUS, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not defined by this libc")
#endif
