/* os.WSTOPSIG(status): the signal that stopped the process. */
#include <sys/wait.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef WSTOPSIG
int osref_WSTOPSIG(int status) { return WSTOPSIG(status); }

static osref_value *call_WSTOPSIG(osref_value *const *argv, osref_error *err)
{
  return osref_status_int(argv[0], osref_WSTOPSIG, err);
}

static const osref_param WSTOPSIG_params[] = {
  {"status", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(WSTOPSIG, OSREF_SECT_PROCMGMT, WSTOPSIG_params, call_WSTOPSIG)
#else
OSREF_ABSENT(WSTOPSIG, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not defined by this libc")
#endif
