/* The binder: Python's rules for positional, keyword, keyword-only,
 * positional-only, *args and **kwargs, with CPython's TypeError messages. */
#include <criterion/criterion.h>
#include <string.h>
#include "osref.h"

static const osref_param mkdir_like[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"mode", "0o777", OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
};
static const osref_param posonly[] = {
  {"user", NULL, OSREF_POSITIONAL_ONLY},
  {"group", NULL, OSREF_POSITIONAL_ONLY},
};
static const osref_param mixed[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
  {"flags", "0", OSREF_POSITIONAL_OR_KEYWORD},
  {"name", NULL, OSREF_KEYWORD_ONLY},
};
static const osref_param varargs[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"args", NULL, OSREF_VAR_POSITIONAL},
  {"kwargs", NULL, OSREF_VAR_KEYWORD},
};

static osref_value *args_of(int n)
{
  osref_value *t = osref_tuple((size_t)n);
  for (int i = 0; i < n; i++) osref_seq_set(t, (size_t)i, osref_int(i));
  return t;
}

static osref_value *kw1(const char *k, osref_value *v)
{
  osref_value *d = osref_dict();
  osref_dict_set(d, osref_str(k), v);
  return d;
}

/* Binds and returns the error message ("" when it bound). */
static const char *bind_msg(const char *fn, const osref_param *p, size_t n, osref_value *args,
                            osref_value *kwargs, osref_value **argv)
{
  static osref_error err;
  memset(&err, 0, sizeof err);
  bool ok = osref_bind(fn, p, n, args, kwargs, argv, &err);
  osref_decref(args);
  osref_decref(kwargs);
  cr_assert_eq(ok, err.type == NULL);
  if (!ok) cr_assert_str_eq(err.type, "TypeError");
  return ok ? "" : err.message;
}

Test(core_bind, positional_and_keyword_fill_their_slots)
{
  osref_value *argv[3];
  osref_value *args = args_of(1), *kw = kw1("dir_fd", osref_int(3));
  osref_error err = {0};
  cr_assert(osref_bind("mkdir", mkdir_like, 3, args, kw, argv, &err));
  cr_assert_eq(argv[0]->u.i, 0);
  cr_assert_null(argv[1], "not given: the function applies its default");
  cr_assert_eq(argv[2]->u.i, 3);
  osref_decref(args), osref_decref(kw);
}

Test(core_bind, missing_required_argument_names_it_and_its_position)
{
  osref_value *argv[3];
  cr_assert_str_eq(bind_msg("mkdir", mkdir_like, 3, NULL, NULL, argv),
                   "mkdir() missing required argument 'path' (pos 1)");
  cr_assert_str_eq(bind_msg("m", mixed, 3, args_of(1), NULL, argv),
                   "m() missing required keyword-only argument 'name'");
}

Test(core_bind, too_many_positional_arguments)
{
  osref_value *argv[3];
  cr_assert_str_eq(bind_msg("mkdir", mkdir_like, 3, args_of(3), NULL, argv),
                   "mkdir() takes at most 2 positional arguments (3 given)");
  cr_assert_str_eq(bind_msg("getgrouplist", posonly, 2, args_of(3), NULL, argv),
                   "getgrouplist() takes exactly 2 positional arguments (3 given)");
  cr_assert_str_eq(bind_msg("getpid", NULL, 0, args_of(1), NULL, argv),
                   "getpid() takes no arguments (1 given)");
  static const osref_param one[] = {{"mask", NULL, OSREF_POSITIONAL_ONLY}};
  cr_assert_str_eq(bind_msg("umask", one, 1, args_of(2), NULL, argv),
                   "umask() takes exactly 1 positional argument (2 given)");
}

Test(core_bind, unexpected_and_duplicate_keywords)
{
  osref_value *argv[3];
  cr_assert_str_eq(bind_msg("mkdir", mkdir_like, 3, args_of(1), kw1("foo", osref_int(1)), argv),
                   "mkdir() got an unexpected keyword argument 'foo'");
  cr_assert_str_eq(bind_msg("mkdir", mkdir_like, 3, args_of(1), kw1("path", osref_int(1)), argv),
                   "mkdir() got multiple values for argument 'path'");
  osref_value *kw = osref_dict();
  osref_dict_set(kw, osref_int(1), osref_int(1));
  cr_assert_str_eq(bind_msg("mkdir", mkdir_like, 3, args_of(1), kw, argv), "keywords must be strings");
}

Test(core_bind, positional_only_parameters_refuse_keywords)
{
  osref_value *argv[3];
  cr_assert_str_eq(bind_msg("getgrouplist", posonly, 2, NULL, kw1("user", osref_str("x")), argv),
                   "getgrouplist() takes no keyword arguments");
  cr_assert_str_eq(bind_msg("m", mixed, 3, NULL, kw1("fd", osref_int(1)), argv),
                   "m() got some positional-only arguments passed as keyword arguments: 'fd'");
}

Test(core_bind, var_positional_and_var_keyword_collect_the_rest)
{
  osref_value *argv[3];
  osref_value *args = args_of(3), *kw = kw1("mode", osref_str("r"));
  osref_error err = {0};
  cr_assert(osref_bind("fdopen", varargs, 3, args, kw, argv, &err));
  cr_assert_eq(argv[0]->u.i, 0);
  cr_assert_eq(argv[1]->type, OSREF_TUPLE);
  cr_assert_eq(argv[1]->u.seq.len, 2u);
  cr_assert_eq(argv[1]->u.seq.items[1]->u.i, 2);
  cr_assert_str_eq(osref_dict_get(argv[2], "mode")->u.s.data, "r");
  osref_bind_release(varargs, 3, argv);
  cr_assert_null(argv[1]);
  osref_decref(kw);
  kw = kw1("fd", osref_int(4));
  cr_assert(osref_bind("fdopen", varargs, 3, NULL, kw, argv, &err));
  cr_assert_eq(argv[0]->u.i, 4);
  cr_assert_eq(argv[1]->u.seq.len, 0u, "*args is always a tuple");
  cr_assert_eq(argv[2]->u.dict.len, 0u, "**kwargs is always a dict");
  osref_bind_release(varargs, 3, argv);
  osref_decref(args), osref_decref(kw);
}

Test(core_bind, positional_only_name_goes_to_var_keyword)
{
  static const osref_param p[] = {{"a", NULL, OSREF_POSITIONAL_ONLY}, {"kw", NULL, OSREF_VAR_KEYWORD}};
  osref_value *argv[2], *args = args_of(1), *kw = kw1("a", osref_int(9));
  osref_error err = {0};
  cr_assert(osref_bind("f", p, 2, args, kw, argv, &err), "as in Python: f(1, a=9) binds a=9 into **kw");
  cr_assert_eq(osref_dict_get(argv[1], "a")->u.i, 9);
  osref_bind_release(p, 2, argv);
  osref_decref(args), osref_decref(kw);
}

Test(core_bind, arguments_must_be_a_sequence_and_a_dict)
{
  osref_value *argv[3];
  cr_assert_str_eq(bind_msg("mkdir", mkdir_like, 3, osref_int(1), NULL, argv),
                   "mkdir() argument after * must be an iterable");
  osref_value *l = osref_list();
  osref_list_append(l, osref_str("d"));
  cr_assert_str_eq(bind_msg("mkdir", mkdir_like, 3, l, NULL, argv), "", "a list is accepted");
}
