/* os.getuid(): the current process's real user id. */
#include <unistd.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

int64_t osref_getuid(void) { return (int64_t)getuid(); }

static osref_value *call_getuid(osref_value *const *argv, osref_error *err)
{
  (void)argv, (void)err;
  return osref_int(osref_getuid());
}

OSREF_FUNCTION0(getuid, OSREF_SECT_PROCESS, call_getuid)
