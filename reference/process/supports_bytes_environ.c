/* os.supports_bytes_environ: True where the native environment is bytes,
 * which is every POSIX system. */
#include "internal/entry.h"
#include "internal/process.h"

static osref_value *get_supports_bytes_environ(osref_error *err)
{
  (void)err;
  return osref_bool(true);
}

OSREF_DATA(supports_bytes_environ, OSREF_SECT_PROCESS, get_supports_bytes_environ)
