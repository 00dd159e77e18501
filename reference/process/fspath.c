/* os.fspath(path): str and bytes unchanged, else what __fspath__() returns. */
#include <string.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"

/* An object of libosref's own with __fspath__ (DirEntry): its result is new,
 * where a PathLike's is borrowed. */
static osref_value *handle_fspath(osref_value *h, osref_error *err)
{
  osref_value *r = osref_method(h, "__fspath__", NULL, NULL, err);
  if (!r && strcmp(err->type ? err->type : "", "AttributeError") == 0)
    return osref_set_error(err, "TypeError", "expected str, bytes or os.PathLike object, not %s",
                           osref_type_name(h));
  if (r && r->type != OSREF_STR && r->type != OSREF_BYTES) {
    osref_set_error(err, "TypeError", "expected %s.__fspath__() to return str or bytes, not %s",
                    osref_type_name(h), osref_type_name(r));
    osref_decref(r);
    return NULL;
  }
  return r;
}

static osref_value *call_fspath(osref_value *const *argv, osref_error *err)
{
  if (argv[0] && argv[0]->type == OSREF_HANDLE) return handle_fspath(argv[0], err);
  const osref_value *p = osref_arg_fspath(argv[0], err);
  return p ? osref_incref((osref_value *)p) : NULL;
}

static const osref_param fspath_params[] = {{"path", NULL, OSREF_POSITIONAL_OR_KEYWORD}};
OSREF_FUNCTION(fspath, OSREF_SECT_PROCESS, fspath_params, call_fspath)
