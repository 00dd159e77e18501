/* os.abort(): SIGABRT to the process, which never returns. */
#include <stdlib.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/procsig.h"

/* C's abort() ends the process even if a handler for SIGABRT returns. */
_Noreturn void osref_abort(void)
{
  abort();
}

static osref_value *call_abort(osref_value *const *argv, osref_error *err)
{
  (void)argv, (void)err;
  osref_abort();
}

OSREF_FUNCTION0(abort, OSREF_SECT_PROCMGMT, call_abort)
