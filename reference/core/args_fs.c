/* os.fspath's rule and PyUnicode_FSConverter, shared by fspath, fsencode,
 * fsdecode, putenv, unsetenv and initgroups. */
#include <string.h>
#include "internal/args.h"

const osref_value *osref_arg_fspath(const osref_value *v, osref_error *err)
{
  if (v && (v->type == OSREF_STR || v->type == OSREF_BYTES)) return v;
  if (v && v->type == OSREF_PATHLIKE) {
    const osref_value *r = v->u.pl.inner;
    if (r && (r->type == OSREF_STR || r->type == OSREF_BYTES)) return r;
    osref_set_error(err, "TypeError", "expected %s.__fspath__() to return str or bytes, not %s",
                    osref_type_name(v), osref_type_name(r));
    return NULL;
  }
  osref_set_error(err, "TypeError", "expected str, bytes or os.PathLike object, not %s",
                  osref_type_name(v));
  return NULL;
}

bool osref_arg_fsconvert(const osref_value *v, osref_path *out, osref_error *err)
{
  *out = (osref_path){NULL, 0, false, -1, NULL};
  const osref_value *p = osref_arg_fspath(v, err);
  if (!p) return false;
  if (memchr(p->u.s.data, '\0', p->u.s.len)) {
    osref_set_error(err, "ValueError", "embedded null byte");
    return false;
  }
  out->name = p->u.s.data;
  out->len = p->u.s.len;
  out->is_bytes = p->type == OSREF_BYTES;
  return true;
}
