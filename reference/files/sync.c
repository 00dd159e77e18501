/* os.sync: force write of everything to disk. */
#include "config.h"
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_SYNC
void osref_sync(void) { sync(); }

static osref_value *call_sync(osref_value *const *argv, osref_error *err)
{
  (void)argv, (void)err;
  osref_sync();
  return osref_none();
}

OSREF_FUNCTION0(sync, OSREF_SECTION_FILES, call_sync)
#else
OSREF_ABSENT(sync, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_SYNC unset)")
#endif
