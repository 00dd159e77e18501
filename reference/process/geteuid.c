/* os.geteuid(): the current process's effective user id. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_GETEUID
int64_t osref_geteuid(void) { return (int64_t)geteuid(); }

static osref_value *call_geteuid(osref_value *const *argv, osref_error *err)
{
  (void)argv, (void)err;
  return osref_int(osref_geteuid());
}

OSREF_FUNCTION0(geteuid, OSREF_SECT_PROCESS, call_geteuid)
#else
OSREF_ABSENT(geteuid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETEUID unset)")
#endif
