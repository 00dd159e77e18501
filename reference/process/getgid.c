/* os.getgid(): the real group id of the current process. */
#include <unistd.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

int64_t osref_getgid(void) { return (int64_t)getgid(); }

static osref_value *call_getgid(osref_value *const *argv, osref_error *err)
{
  (void)argv, (void)err;
  return osref_int(osref_getgid());
}

OSREF_FUNCTION0(getgid, OSREF_SECT_PROCESS, call_getgid)
