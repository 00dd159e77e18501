/* os.WCOREDUMP(status, /): whether the process dumped core. */
#include <sys/wait.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef WCOREDUMP
bool osref_WCOREDUMP(int status) { return WCOREDUMP(status); }

static osref_value *call_WCOREDUMP(osref_value *const *argv, osref_error *err)
{
  return osref_status_bool(argv[0], osref_WCOREDUMP, err);
}

static const osref_param WCOREDUMP_params[] = {
  {"status", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(WCOREDUMP, OSREF_SECT_PROCMGMT, WCOREDUMP_params, call_WCOREDUMP)
#else
OSREF_ABSENT(WCOREDUMP, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not defined by this libc")
#endif
