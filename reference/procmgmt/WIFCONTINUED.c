/* os.WIFCONTINUED(status): whether a stopped child was resumed by SIGCONT. */
#include <sys/wait.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef WIFCONTINUED
bool osref_WIFCONTINUED(int status) { return WIFCONTINUED(status); }

static osref_value *call_WIFCONTINUED(osref_value *const *argv, osref_error *err)
{
  return osref_status_bool(argv[0], osref_WIFCONTINUED, err);
}

static const osref_param WIFCONTINUED_params[] = {
  {"status", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(WIFCONTINUED, OSREF_SECT_PROCMGMT, WIFCONTINUED_params, call_WIFCONTINUED)
#else
OSREF_ABSENT(WIFCONTINUED, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not defined by this libc")
#endif
