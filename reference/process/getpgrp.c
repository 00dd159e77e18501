/* os.getpgrp(): the id of the current process group. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_GETPGRP
int64_t osref_getpgrp(void) { return (int64_t)getpgrp(); }

static osref_value *call_getpgrp(osref_value *const *argv, osref_error *err)
{
  (void)argv, (void)err;
  return osref_int(osref_getpgrp());
}

OSREF_FUNCTION0(getpgrp, OSREF_SECT_PROCESS, call_getpgrp)
#else
OSREF_ABSENT(getpgrp, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETPGRP unset)")
#endif
