/* uid and gid arguments, with the rules of CPython's _Py_Uid_Converter and
 * _Py_Gid_Converter: -1 is (uid_t)-1, anything else must fit the type. */
#include <stdint.h>
#include "internal/process.h"

static bool arg_id(const char *what, const osref_value *v, int64_t max, int64_t *out, osref_error *err)
{
  if (!v || (v->type != OSREF_INT && v->type != OSREF_BOOL)) {
    osref_set_error(err, "TypeError", "%s should be integer, not %s", what, osref_type_name(v));
    return false;
  }
  int64_t i = v->type == OSREF_BOOL ? v->u.b : v->u.i;
  if (i < -1) {
    osref_set_error(err, "OverflowError", "%s is less than minimum", what);
    return false;
  }
  /* (uid_t)-1 is "no id": only -1 may name it, not its unsigned value. */
  if (i >= max) {
    osref_set_error(err, "OverflowError", "%s is greater than maximum", what);
    return false;
  }
  *out = i;
  return true;
}

bool osref_arg_uid(const osref_value *v, uid_t *out, osref_error *err)
{
  int64_t i;
  if (!arg_id("uid", v, (int64_t)(uid_t)-1, &i, err)) return false;
  *out = (uid_t)i;
  return true;
}

bool osref_arg_gid(const osref_value *v, gid_t *out, osref_error *err)
{
  int64_t i;
  if (!arg_id("gid", v, (int64_t)(gid_t)-1, &i, err)) return false;
  *out = (gid_t)i;
  return true;
}

bool osref_arg_ids(osref_value *const *argv, size_t n, bool gid, int64_t *out, osref_error *err)
{
  for (size_t i = 0; i < n; i++) {
    int64_t max = gid ? (int64_t)(gid_t)-1 : (int64_t)(uid_t)-1;
    if (!arg_id(gid ? "gid" : "uid", argv[i], max, &out[i], err)) return false;
  }
  return true;
}
