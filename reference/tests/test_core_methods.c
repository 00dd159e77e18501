/* The methods of built-in types on plain values (core/builtin_methods.c):
 * __getitem__, __neg__, pop and a struct sequence's readonly __setattr__,
 * with CPython's errors. */
#include <criterion/criterion.h>
#include "test_core_util.h"

static osref_value *method(osref_value *obj, const char *name, osref_value *args, osref_error *err)
{
  memset(err, 0, sizeof *err);
  osref_value *r = osref_method(obj, name, args, NULL, err);
  osref_decref(args);
  return r;
}

static int64_t int_from(osref_value *obj, const char *name, osref_value *args)
{
  osref_error err;
  osref_value *r = method(obj, name, args, &err);
  cr_assert_not_null(r, "%s: %s: %s", name, err.type, err.message);
  cr_assert_eq(r->type, OSREF_INT);
  int64_t i = r->u.i;
  osref_decref(r);
  return i;
}

static void raises(osref_value *obj, const char *name, osref_value *args, const char *type, const char *message)
{
  osref_error err;
  osref_value *r = method(obj, name, args, &err);
  cr_assert_null(r, "%s returned a value", name);
  cr_assert_str_eq(err.type, type);
  cr_assert_str_eq(err.message, message);
}

Test(core_methods, getitem_counts_from_either_end)
{
  osref_value *t = tc_args(2, osref_int(41), osref_int(768));
  cr_assert(osref_has_method(t, "__getitem__"));
  cr_assert_eq(int_from(t, "__getitem__", tc_args(1, osref_int(0))), 41);
  cr_assert_eq(int_from(t, "__getitem__", tc_args(1, osref_int(-1))), 768);
  raises(t, "__getitem__", tc_args(1, osref_int(2)), "IndexError", "tuple index out of range");
  raises(t, "__getitem__", tc_args(1, osref_str("0")), "TypeError", "tuple indices must be integers or slices, not str");
  osref_decref(t);
}

Test(core_methods, a_struct_sequence_is_indexed_by_its_tuple_part_and_is_readonly)
{
  static const char *const fields[] = {"a", "b", "hidden"};
  osref_value *st = osref_struct("three", fields, 3, 2);
  for (size_t i = 0; i < 3; i++) osref_seq_set(st, i, osref_int((int64_t)i + 10));
  cr_assert_eq(int_from(st, "__getitem__", tc_args(1, osref_int(1))), 11);
  raises(st, "__getitem__", tc_args(1, osref_int(2)), "IndexError", "tuple index out of range");
  raises(st, "__setattr__", tc_args(2, osref_str("a"), osref_int(5)), "AttributeError", "readonly attribute");
  osref_decref(st);
}

Test(core_methods, neg_and_pop)
{
  osref_value *pid = osref_int(4021);
  cr_assert_eq(int_from(pid, "__neg__", tc_args(0)), -4021);
  osref_decref(pid);
  osref_value *cpus = osref_set();
  osref_set_add(cpus, osref_int(3));
  osref_set_add(cpus, osref_int(1));
  cr_assert_eq(int_from(cpus, "pop", tc_args(0)), 1, "a set of small ints pops its smallest first, as CPython's");
  cr_assert_eq(int_from(cpus, "pop", tc_args(0)), 3);
  raises(cpus, "pop", tc_args(0), "KeyError", "'pop from an empty set'");
  osref_decref(cpus);
  osref_value *list = osref_list();
  osref_list_append(list, osref_int(7));
  cr_assert_eq(int_from(list, "pop", tc_args(0)), 7);
  raises(list, "pop", tc_args(0), "IndexError", "pop from empty list");
  cr_assert_not(osref_has_method(list, "__neg__"));
  osref_decref(list);
}
