/* Values: constructors, containers, Python equality and type names. */
#include <criterion/criterion.h>
#include <string.h>
#include "osref.h"

Test(core_values, scalars_carry_their_value_and_type_name)
{
  osref_value *v[] = {osref_none(), osref_bool(true), osref_int(-7), osref_float(1.5),
                      osref_str("abc"), osref_bytes("a\0b", 3)};
  const char *names[] = {"NoneType", "bool", "int", "float", "str", "bytes"};
  for (size_t i = 0; i < 6; i++) {
    cr_assert_eq(v[i]->refs, 1u);
    cr_assert_str_eq(osref_type_name(v[i]), names[i]);
  }
  cr_assert(v[1]->u.b);
  cr_assert_eq(v[2]->u.i, -7);
  cr_assert_eq(v[5]->u.s.len, 3u);
  cr_assert_eq(v[4]->u.s.data[3], '\0', "text data is NUL-terminated");
  for (size_t i = 0; i < 6; i++) osref_decref(v[i]);
}

Test(core_values, bool_equals_int_and_int_equals_float)
{
  osref_value *t = osref_bool(true), *one = osref_int(1), *onef = osref_float(1.0),
              *two = osref_float(2.0), *s = osref_str("1");
  cr_assert(osref_equal(t, one));
  cr_assert(osref_equal(one, onef));
  cr_assert(osref_equal(onef, t));
  cr_assert_not(osref_equal(one, two));
  cr_assert_not(osref_equal(one, s), "1 != '1'");
  osref_decref(t), osref_decref(one), osref_decref(onef), osref_decref(two), osref_decref(s);
}

Test(core_values, str_and_bytes_never_compare_equal)
{
  osref_value *s = osref_str("ab"), *b = osref_bytes("ab", 2), *s2 = osref_strn("abc", 2);
  cr_assert_not(osref_equal(s, b));
  cr_assert(osref_equal(s, s2));
  osref_decref(s), osref_decref(b), osref_decref(s2);
}

Test(core_values, tuples_lists_and_struct_sequences)
{
  osref_value *t = osref_tuple(2), *l = osref_list();
  osref_seq_set(t, 0, osref_int(1));
  osref_seq_set(t, 1, osref_str("x"));
  osref_seq_set(t, 1, osref_str("y"));   /* replaces, releasing "x" */
  osref_seq_set(t, 5, osref_int(9));     /* out of range: dropped */
  osref_list_append(l, osref_int(1));
  osref_list_append(l, osref_str("y"));
  cr_assert_str_eq(t->u.seq.items[1]->u.s.data, "y");
  cr_assert_not(osref_equal(t, l), "a tuple never equals a list");
  static const char *const fields[] = {"a", "b", "extra"};
  osref_value *st = osref_struct("pair", fields, 3, 2);
  osref_seq_set(st, 0, osref_int(1));
  osref_seq_set(st, 1, osref_str("y"));
  osref_seq_set(st, 2, osref_int(42));
  cr_assert(osref_equal(st, t), "a struct sequence compares as its tuple part");
  cr_assert_str_eq(osref_type_name(st), "pair");
  cr_assert_eq(osref_struct_get(st, "extra")->u.i, 42);
  cr_assert_null(osref_struct_get(st, "nope"));
  cr_assert_null(osref_struct_get(t, "a"));
  osref_value *l2 = osref_list();
  for (int i = 0; i < 9; i++) osref_list_append(l2, osref_int(i));
  cr_assert_eq(l2->u.seq.len, 9u);
  osref_decref(t), osref_decref(l), osref_decref(st), osref_decref(l2);
}

Test(core_values, dict_keys_are_unique_and_order_does_not_matter)
{
  osref_value *a = osref_dict(), *b = osref_dict();
  osref_dict_set(a, osref_str("x"), osref_int(1));
  osref_dict_set(a, osref_str("y"), osref_int(2));
  osref_dict_set(a, osref_str("x"), osref_int(3));
  osref_dict_set(b, osref_str("y"), osref_int(2));
  osref_dict_set(b, osref_str("x"), osref_int(3));
  cr_assert_eq(a->u.dict.len, 2u);
  cr_assert_eq(osref_dict_get(a, "x")->u.i, 3);
  cr_assert_null(osref_dict_get(a, "z"));
  cr_assert(osref_equal(a, b));
  osref_dict_set(b, osref_str("z"), osref_none());
  cr_assert_not(osref_equal(a, b));
  for (int i = 0; i < 10; i++) osref_dict_set(a, osref_int(i), osref_none());
  cr_assert_eq(a->u.dict.len, 12u);
  osref_value *c = osref_dict();
  osref_dict_set(c, osref_str("x"), osref_int(3));
  osref_dict_set(c, osref_str("q"), osref_int(2));
  osref_decref(b);
  b = osref_dict();
  osref_dict_set(b, osref_str("x"), osref_int(3));
  osref_dict_set(b, osref_str("y"), osref_int(5));
  cr_assert_not(osref_equal(b, c), "same length, a key missing");
  osref_dict_set(c, osref_str("q"), osref_int(5));
  osref_decref(a), osref_decref(b), osref_decref(c);
}

static int released;
static void release(void *self) { released += *(int *)self; }
static const osref_handle_ops test_ops = {"DirEntry", NULL, NULL, NULL, release, NULL};

Test(core_values, handles_are_released_with_their_last_reference)
{
  int token = 5;
  released = 0;
  osref_value *h = osref_handle(&test_ops, &token);
  osref_value *h2 = osref_handle(&test_ops, &token);
  cr_assert_str_eq(osref_type_name(h), "DirEntry");
  cr_assert(osref_equal(h, h2), "same object behind both handles");
  osref_incref(h);
  osref_decref(h);
  cr_assert_eq(released, 0);
  osref_decref(h);
  osref_decref(h2);
  cr_assert_eq(released, 10);
}

Test(core_values, pathlike_owns_its_inner_value_and_equals_only_itself)
{
  osref_value *p = osref_pathlike(osref_str("f")), *q = osref_pathlike(osref_str("f"));
  cr_assert_str_eq(osref_type_name(p), "PathLike");
  cr_assert(osref_equal(p, p));
  cr_assert_not(osref_equal(p, q));
  cr_assert_not(osref_equal(p, NULL));
  osref_value *n1 = osref_none(), *n2 = osref_none();
  cr_assert(osref_equal(n1, n2));
  cr_assert_str_eq(osref_type_name(NULL), "NULL");
  osref_decref(p), osref_decref(q), osref_decref(n1), osref_decref(n2);
  osref_decref(NULL);   /* allowed, like Py_XDECREF */
}

Test(core_values, lists_of_different_length_differ)
{
  osref_value *a = osref_list(), *b = osref_list();
  osref_list_append(a, osref_int(1));
  cr_assert_not(osref_equal(a, b));
  osref_list_append(b, osref_int(2));
  cr_assert_not(osref_equal(a, b));
  osref_list_append(a, osref_int(1));   /* wrong container type for these: dropped */
  osref_list_append(NULL, osref_int(1));
  osref_dict_set(a, osref_str("k"), osref_int(1));
  cr_assert_eq(a->u.seq.len, 2u);
  osref_decref(a), osref_decref(b);
}

Test(core_values, sets_hold_no_duplicates_and_compare_without_order)
{
  osref_value *a = osref_set(), *b = osref_set(), *l = osref_list();
  osref_set_add(a, osref_str("x"));
  osref_set_add(a, osref_int(1));
  osref_set_add(a, osref_bool(true));   /* True == 1: already in */
  osref_set_add(a, osref_str("x"));
  cr_assert_eq(a->u.seq.len, 2u);
  osref_set_add(b, osref_int(1));
  cr_assert_not(osref_equal(a, b), "{1} != {'x', 1}");
  osref_set_add(b, osref_str("x"));
  cr_assert(osref_equal(a, b), "order does not matter");
  osref_set_add(b, osref_str("y"));
  cr_assert_not(osref_equal(a, b));
  osref_list_append(l, osref_str("x"));
  osref_list_append(l, osref_int(1));
  cr_assert_not(osref_equal(a, l), "a set never equals a list");
  cr_assert_str_eq(osref_type_name(a), "set");
  osref_set_add(l, osref_int(5));       /* not a set: the item is released */
  cr_assert_eq(l->u.seq.len, 2u);
  osref_decref(a), osref_decref(b), osref_decref(l);
}
