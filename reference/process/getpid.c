/* os.getpid(): the current process id. */
#include <unistd.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

int64_t osref_getpid(void) { return (int64_t)getpid(); }

static osref_value *call_getpid(osref_value *const *argv, osref_error *err)
{
  (void)argv, (void)err;
  return osref_int(osref_getpid());
}

OSREF_FUNCTION0(getpid, OSREF_SECT_PROCESS, call_getpid)
