/* os.getppid(): the parent's process id. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_GETPPID
int64_t osref_getppid(void) { return (int64_t)getppid(); }

static osref_value *call_getppid(osref_value *const *argv, osref_error *err)
{
  (void)argv, (void)err;
  return osref_int(osref_getppid());
}

OSREF_FUNCTION0(getppid, OSREF_SECT_PROCESS, call_getppid)
#else
OSREF_ABSENT(getppid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETPPID unset)")
#endif
