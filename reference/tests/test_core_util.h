/* Helpers for the tests of ref-core's sections: calls through the call
 * layer with values built inline, and assertions on the error raised. */
#ifndef TEST_CORE_UTIL_H
#define TEST_CORE_UTIL_H

#include <criterion/criterion.h>
#include <stdarg.h>
#include <string.h>
#include "osref.h"

/* A tuple of n values (stolen). */
static inline osref_value *tc_args(size_t n, ...)
{
  va_list ap;
  osref_value *t = osref_tuple(n);
  va_start(ap, n);
  for (size_t i = 0; i < n; i++) osref_seq_set(t, i, va_arg(ap, osref_value *));
  va_end(ap);
  return t;
}

/* A dict of one keyword (value stolen). */
static inline osref_value *tc_kw(const char *key, osref_value *v)
{
  osref_value *d = osref_dict();
  osref_dict_set(d, osref_str(key), v);
  return d;
}

/* os.name(*args, **kwargs); args and kwargs are released. */
static inline osref_value *tc_call(const char *name, osref_value *args, osref_value *kwargs, osref_error *err)
{
  memset(err, 0, sizeof *err);
  osref_value *r = osref_call(name, args, kwargs, err);
  osref_decref(args);
  osref_decref(kwargs);
  cr_assert((r == NULL) == (err->type != NULL), "%s: a result xor an error", name);
  return r;
}

/* The call must succeed; returns its result (release it). */
static inline osref_value *tc_ok(const char *name, osref_value *args, osref_value *kwargs)
{
  osref_error err;
  osref_value *r = tc_call(name, args, kwargs, &err);
  cr_assert_not_null(r, "%s raised %s: %s", name, err.type, err.message);
  return r;
}

/* The call must raise type (and errno when errnum != 0); returns the message. */
static inline const char *tc_raises(const char *name, osref_value *args, osref_value *kwargs,
                                    const char *type, int errnum)
{
  static osref_error err;
  osref_value *r = tc_call(name, args, kwargs, &err);
  cr_assert_null(r, "%s returned a %s, expected %s", name, osref_type_name(r), type);
  cr_assert_str_eq(err.type, type, "%s: %s", name, err.message);
  if (errnum) cr_assert_eq(err.errnum, errnum, "%s: errno %d, expected %d", name, err.errnum, errnum);
  return err.message;
}

/* os.name as data; must succeed. */
static inline osref_value *tc_get(const char *name)
{
  osref_error err = {0};
  osref_value *v = osref_getattr(name, &err);
  cr_assert_not_null(v, "os.%s: %s %s", name, err.type, err.message);
  return v;
}

#endif
