/* os.reload_environ(): retake the snapshot behind environ and environb. */
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

static osref_value *call_reload_environ(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_none_result(osref_reload_environ(err));
}

OSREF_FUNCTION0(reload_environ, OSREF_SECT_PROCESS, call_reload_environ)
