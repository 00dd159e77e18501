/* Path arguments, with the rules of CPython's path_converter: str, bytes,
 * os.PathLike (whose __fspath__() must return str or bytes), an int fd where
 * the doc says "path may be a file descriptor", None where it may be omitted. */
#include <stdlib.h>
#include <string.h>
#include "internal/args.h"

static const char *accepted(bool nullable, bool allow_fd)
{
  if (allow_fd && nullable) return "string, bytes, os.PathLike, integer or None";
  if (allow_fd) return "string, bytes, os.PathLike or integer";
  if (nullable) return "string, bytes, os.PathLike or None";
  return "string, bytes or os.PathLike";
}

static bool path_fd(const osref_value *v, osref_path *out, osref_error *err)
{
  int64_t i = v->type == OSREF_BOOL ? v->u.b : v->u.i;
  if (i > INT32_MAX) {
    osref_set_error(err, "OverflowError", "fd is greater than maximum");
    return false;
  }
  if (i < INT32_MIN) {
    osref_set_error(err, "OverflowError", "fd is less than minimum");
    return false;
  }
  out->fd = (int)i;
  return true;
}

/* Embedded NUL: the messages differ for str and bytes, as in CPython. */
static bool path_text(const char *fn, const char *arg, const osref_value *v, osref_path *out,
                      osref_error *err)
{
  if (memchr(v->u.s.data, '\0', v->u.s.len)) {
    if (v->type == OSREF_STR)
      osref_set_error(err, "ValueError", "embedded null byte");
    else
      osref_set_error(err, "ValueError", "%s: embedded null character in %s", fn, arg);
    return false;
  }
  out->name = v->u.s.data;
  out->len = v->u.s.len;
  out->is_bytes = v->type == OSREF_BYTES;
  return true;
}

bool osref_arg_path(const char *fn, const char *arg, const osref_value *v,
                    bool nullable, bool allow_fd, osref_path *out, osref_error *err)
{
  *out = (osref_path){NULL, 0, false, -1, NULL};
  if (!v || (nullable && v->type == OSREF_NONE)) return true;
  if (v->type == OSREF_PATHLIKE) {
    const osref_value *r = v->u.pl.inner;
    if (!r || (r->type != OSREF_STR && r->type != OSREF_BYTES)) {
      osref_set_error(err, "TypeError", "expected %s.__fspath__() to return str or bytes, not %s",
                      osref_type_name(v), osref_type_name(r));
      return false;
    }
    v = r;
  }
  if (v->type == OSREF_STR || v->type == OSREF_BYTES) return path_text(fn, arg, v, out, err);
  if (allow_fd && (v->type == OSREF_INT || v->type == OSREF_BOOL)) return path_fd(v, out, err);
  osref_set_error(err, "TypeError", "%s: %s should be %s, not %s", fn, arg,
                  accepted(nullable, allow_fd), osref_type_name(v));
  return false;
}

void osref_path_release(osref_path *p)
{
  free(p->owned);
  p->owned = NULL;
}

osref_value *osref_path_value(const osref_path *like, const char *s, size_t len)
{
  return like && like->is_bytes ? osref_bytes(s, len) : osref_strn(s, len);
}
