/* os.environ: str keys and values, from the snapshot taken at load. */
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

static osref_value *get_environ(osref_error *err) { return osref_environ(false, err); }

OSREF_DATA(environ, OSREF_SECT_PROCESS, get_environ)
