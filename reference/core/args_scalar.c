/* Scalar arguments with CPython's rules: bool is an int, a float is not;
 * out-of-range integers raise OverflowError. */
#include <limits.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include "internal/args.h"
#include "config.h"

static bool is_int(const osref_value *v)
{
  return v && (v->type == OSREF_INT || v->type == OSREF_BOOL);
}

static int64_t int_of(const osref_value *v)
{
  return v->type == OSREF_BOOL ? v->u.b : v->u.i;
}

bool osref_arg_int(const char *fn, const char *arg, const osref_value *v, int64_t *out, osref_error *err)
{
  (void)fn, (void)arg;   /* CPython's message names only the type */
  if (!is_int(v)) {
    osref_set_error(err, "TypeError", "'%s' object cannot be interpreted as an integer",
                    osref_type_name(v));
    return false;
  }
  *out = int_of(v);
  return true;
}

bool osref_arg_int_range(const char *fn, const char *arg, const osref_value *v,
                         int64_t lo, int64_t hi, int64_t *out, osref_error *err)
{
  if (!osref_arg_int(fn, arg, v, out, err)) return false;
  if (*out > hi) {
    osref_set_error(err, "OverflowError", "%s() argument '%s': %s is greater than maximum",
                    fn, arg, arg);
    return false;
  }
  if (*out < lo) {
    osref_set_error(err, "OverflowError", "%s() argument '%s': %s is less than minimum",
                    fn, arg, arg);
    return false;
  }
  return true;
}

bool osref_arg_fd(const char *fn, const char *arg, const osref_value *v, int *out, osref_error *err)
{
  int64_t i;
  if (!osref_arg_int_range(fn, arg, v, INT32_MIN, INT32_MAX, &i, err)) return false;
  *out = (int)i;
  return true;
}

bool osref_arg_dir_fd(const char *fn, const osref_value *v, int *out, osref_error *err)
{
  if (!v || v->type == OSREF_NONE) {
    *out = AT_FDCWD;
    return true;
  }
  if (!is_int(v)) {
    osref_set_error(err, "TypeError", "argument should be integer or None, not %s", osref_type_name(v));
    return false;
  }
#ifndef HAVE_OPENAT
  osref_set_error(err, "NotImplementedError", "%s: dir_fd unavailable on this platform", fn);
  return false;
#else
  return osref_arg_fd(fn, "dir_fd", v, out, err);
#endif
}

bool osref_arg_bool(const osref_value *v, bool dflt)
{
  if (!v) return dflt;
  switch (v->type) {
  case OSREF_NONE: return false;
  case OSREF_BOOL: return v->u.b;
  case OSREF_INT: return v->u.i != 0;
  case OSREF_FLOAT: return v->u.f != 0.0;
  case OSREF_STR:
  case OSREF_BYTES: return v->u.s.len != 0;
  case OSREF_TUPLE:
  case OSREF_LIST:
  case OSREF_SET: return v->u.seq.len != 0;
  case OSREF_DICT: return v->u.dict.len != 0;
  case OSREF_STRUCT: return v->u.st.n_sequence != 0;
  default: return true;
  }
}

bool osref_arg_str(const char *fn, const char *arg, const osref_value *v, const char **out, osref_error *err)
{
  if (!v || v->type != OSREF_STR) {
    osref_set_error(err, "TypeError", "%s() argument '%s' must be str, not %s", fn, arg,
                    osref_type_name(v));
    return false;
  }
  if (strlen(v->u.s.data) != v->u.s.len) {
    osref_set_error(err, "ValueError", "embedded null character");
    return false;
  }
  *out = v->u.s.data;
  return true;
}

bool osref_arg_bytes_like(const char *fn, const char *arg, const osref_value *v,
                          const void **data, size_t *len, osref_error *err)
{
  if (!v || v->type != OSREF_BYTES) {
    osref_set_error(err, "TypeError", "%s() argument '%s' must be a bytes-like object, not '%s'",
                    fn, arg, osref_type_name(v));
    return false;
  }
  *data = v->u.s.data;
  *len = v->u.s.len;
  return true;
}

bool osref_arg_float(const char *fn, const char *arg, const osref_value *v, double *out, osref_error *err)
{
  if (v && v->type == OSREF_FLOAT) {
    *out = v->u.f;
    return true;
  }
  if (is_int(v)) {
    *out = (double)int_of(v);
    return true;
  }
  osref_set_error(err, "TypeError", "%s() argument '%s' must be real number, not %s", fn, arg,
                  osref_type_name(v));
  return false;
}

/* CPython's two C int converters, with their own messages: PyLong_AsInt
 * (Argument Clinic's `int`) and PyArg_Parse's "i" format (used where a
 * pid_t is among the arguments). */
static bool c_int(const osref_value *v, const char *too_big, const char *too_small, int *out, osref_error *err)
{
  int64_t i;
  if (!osref_arg_int(NULL, NULL, v, &i, err)) return false;
  if (i > INT_MAX || i < INT_MIN) {
    osref_set_error(err, "OverflowError", "%s", i > INT_MAX ? too_big : too_small);
    return false;
  }
  *out = (int)i;
  return true;
}

bool osref_arg_c_int(const osref_value *v, int *out, osref_error *err)
{
  static const char msg[] = "Python int too large to convert to C int";
  return c_int(v, msg, msg, out, err);
}

bool osref_arg_format_i(const osref_value *v, int *out, osref_error *err)
{
  return c_int(v, "signed integer is greater than maximum", "signed integer is less than minimum", out, err);
}
