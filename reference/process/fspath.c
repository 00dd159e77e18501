/* os.fspath(path): str and bytes unchanged, else what __fspath__() returns. */
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"

static osref_value *call_fspath(osref_value *const *argv, osref_error *err)
{
  const osref_value *p = osref_arg_fspath(argv[0], err);
  return p ? osref_incref((osref_value *)p) : NULL;
}

static const osref_param fspath_params[] = {{"path", NULL, OSREF_POSITIONAL_OR_KEYWORD}};
OSREF_FUNCTION(fspath, OSREF_SECT_PROCESS, fspath_params, call_fspath)
