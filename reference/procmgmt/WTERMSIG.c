/* os.WTERMSIG(status): the signal that terminated the process. */
#include <sys/wait.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef WTERMSIG
int osref_WTERMSIG(int status) { return WTERMSIG(status); }

static osref_value *call_WTERMSIG(osref_value *const *argv, osref_error *err)
{
  return osref_status_int(argv[0], osref_WTERMSIG, err);
}

static const osref_param WTERMSIG_params[] = {
  {"status", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(WTERMSIG, OSREF_SECT_PROCMGMT, WTERMSIG_params, call_WTERMSIG)
#else
OSREF_ABSENT(WTERMSIG, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not defined by this libc")
#endif
