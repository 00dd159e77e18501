/* os.WIFEXITED(status): whether the process exited normally. */
#include <sys/wait.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef WIFEXITED
bool osref_WIFEXITED(int status) { return WIFEXITED(status); }

static osref_value *call_WIFEXITED(osref_value *const *argv, osref_error *err)
{
  return osref_status_bool(argv[0], osref_WIFEXITED, err);
}

static const osref_param WIFEXITED_params[] = {
  {"status", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(WIFEXITED, OSREF_SECT_PROCMGMT, WIFEXITED_params, call_WIFEXITED)
#else
OSREF_ABSENT(WIFEXITED, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not defined by this libc")
#endif
