/* os.getegid(): the effective group id of the current process. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_GETEUID
int64_t osref_getegid(void) { return (int64_t)getegid(); }

static osref_value *call_getegid(osref_value *const *argv, osref_error *err)
{
  (void)argv, (void)err;
  return osref_int(osref_getegid());
}

OSREF_FUNCTION0(getegid, OSREF_SECT_PROCESS, call_getegid)
#else
OSREF_ABSENT(getegid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETEUID unset)")
#endif
