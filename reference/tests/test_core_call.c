/* The call layer and the registry: lookup, AttributeError, TypeError for a
 * non-callable, attributes of struct sequences and handles, __fspath__. */
#include "test_core_util.h"

Test(core_call, registry_is_sorted_unique_and_searchable)
{
  size_t n;
  const osref_entry *e = osref_entries(&n);
  cr_assert_gt(n, 100u);
  for (size_t i = 0; i + 1 < n; i++)
    cr_assert_lt(strcmp(e[i].name, e[i + 1].name), 0, "%s before %s", e[i].name, e[i + 1].name);
  for (size_t i = 0; i < n; i++) {
    const osref_entry *found = osref_lookup(e[i].name);
    cr_assert_not_null(found, "%s", e[i].name);
    cr_assert_str_eq(found->name, e[i].name);
    cr_assert_not_null(e[i].section);
    if (!e[i].absent && e[i].kind == OSREF_FUNCTION) cr_assert_not_null(e[i].call, "%s", e[i].name);
    if (!e[i].absent && e[i].kind == OSREF_DATA) cr_assert_not_null(e[i].get, "%s", e[i].name);
  }
  cr_assert_null(osref_lookup("no_such_function"));
  cr_assert_null(osref_lookup(""));
  cr_assert_null(osref_lookup("~"));
}

Test(core_call, unknown_and_absent_names_raise_attribute_error)
{
  cr_assert_str_eq(tc_raises("no_such", NULL, NULL, "AttributeError", 0),
                   "module 'os' has no attribute 'no_such'");
  tc_raises("PathLike.__fspath__", NULL, NULL, "AttributeError", 0);
  osref_error err;
  cr_assert_null(osref_getattr("PRIO_DARWIN_BG", &err), "documented for macOS only");
  cr_assert_str_eq(err.type, "AttributeError");
  cr_assert_null(osref_getattr("nope", &err));
}

Test(core_call, data_is_not_callable_and_functions_are_objects)
{
  cr_assert_str_eq(tc_raises("PRIO_USER", NULL, NULL, "TypeError", 0), "'int' object is not callable");
  tc_raises("environ", NULL, NULL, "TypeError", 0);
  osref_value *f = tc_get("getpid"), *c = tc_get("PathLike");
  cr_assert_str_eq(osref_type_name(f), "builtin_function_or_method");
  cr_assert_str_eq(osref_type_name(c), "type");
  osref_decref(f), osref_decref(c);
}

Test(core_call, binder_errors_reach_the_caller)
{
  cr_assert_str_eq(tc_raises("getpid", tc_args(1, osref_int(1)), NULL, "TypeError", 0),
                   "getpid() takes no arguments (1 given)");
  cr_assert_str_eq(tc_raises("getpriority", tc_args(1, osref_int(0)), NULL, "TypeError", 0),
                   "getpriority() missing required argument 'who' (pos 2)");
  cr_assert_str_eq(tc_raises("umask", NULL, tc_kw("mask", osref_int(0)), "TypeError", 0),
                   "umask() takes no keyword arguments");
}

Test(core_call, struct_sequence_attributes)
{
  osref_value *u = tc_ok("uname", NULL, NULL);
  osref_error err;
  osref_value *s = osref_attr(u, "sysname", &err);
  cr_assert_not_null(s);
  cr_assert_eq(s->type, OSREF_STR);
  cr_assert_null(osref_attr(u, "st_mode", &err));
  cr_assert_str_eq(err.type, "AttributeError");
  cr_assert_str_eq(err.message, "'uname_result' object has no attribute 'st_mode'");
  cr_assert_null(osref_method(u, "count", NULL, NULL, &err));
  cr_assert_str_eq(err.type, "AttributeError");
  osref_value *i = osref_int(1);
  cr_assert_null(osref_attr(i, "real", &err));
  cr_assert_str_eq(err.message, "'int' object has no attribute 'real'");
  osref_decref(s), osref_decref(u), osref_decref(i);
}

static osref_value *h_getattr(void *self, const char *attr, osref_error *err)
{
  if (strcmp(attr, "name") == 0) return osref_str((const char *)self);
  return osref_set_error(err, "AttributeError", "no %s", attr);
}

static osref_value *h_method(void *self, const char *m, osref_value *args, osref_value *kwargs,
                             osref_error *err)
{
  (void)self, (void)args, (void)kwargs;
  if (strcmp(m, "fileno") == 0) return osref_int(-1);
  if (strcmp(m, "leaky") == 0) {
    osref_set_error(err, "ValueError", "both");
    return osref_int(1);   /* a value and an error: the call layer keeps the error */
  }
  return NULL;   /* no value, no error: out of memory */
}

static const osref_handle_ops h_ops = {"Thing", h_getattr, h_method, NULL, NULL, NULL};

Test(core_call, handles_delegate_to_their_ops)
{
  osref_value *h = osref_handle(&h_ops, (void *)"x");
  osref_error err;
  osref_value *v = osref_attr(h, "name", &err);
  cr_assert_str_eq(v->u.s.data, "x");
  cr_assert_null(osref_attr(h, "other", &err));
  cr_assert_null(osref_method(h, "leaky", NULL, NULL, &err));
  cr_assert_str_eq(err.type, "ValueError");
  cr_assert_null(osref_method(h, "oom", NULL, NULL, &err));
  cr_assert_str_eq(err.type, "MemoryError");
  /* setns() takes an object with fileno(): a negative one is a ValueError. */
  const char *msg = tc_raises("setns", tc_args(1, osref_incref(h)), NULL, "ValueError", 0);
  cr_assert_str_eq(msg, "file descriptor cannot be a negative integer (-1)");
  osref_decref(v), osref_decref(h);
}

Test(core_call, pathlike_fspath_method)
{
  osref_value *p = osref_pathlike(osref_str("f")), *none = osref_none();
  osref_error err;
  osref_value *r = osref_method(p, "__fspath__", NULL, NULL, &err);
  cr_assert_str_eq(r->u.s.data, "f");
  osref_value *a = tc_args(1, osref_int(1));
  cr_assert_null(osref_method(p, "__fspath__", a, NULL, &err));
  cr_assert_str_eq(err.message, "__fspath__() takes no arguments (1 given)");
  osref_value *k = tc_kw("x", osref_int(1));
  cr_assert_null(osref_method(p, "__fspath__", NULL, k, &err));
  cr_assert_str_eq(err.message, "__fspath__() takes no keyword arguments");
  cr_assert_null(osref_method(none, "__fspath__", NULL, NULL, &err));
  cr_assert_str_eq(err.message, "'NoneType' object has no attribute '__fspath__'");
  osref_decref(a), osref_decref(k), osref_decref(r), osref_decref(p), osref_decref(none);
}

Test(core_call, pathlike_class_is_abstract)
{
  const char *msg = tc_raises("PathLike", NULL, NULL, "TypeError", 0);
  cr_assert(strstr(msg, "abstract method '__fspath__'"), "%s", msg);
}
