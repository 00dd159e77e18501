/* The environment: os.environ/environb are a snapshot taken at load (the
 * import), putenv/unsetenv change the process environment only, and
 * reload_environ() refreshes the snapshot. Each Criterion test runs in its
 * own process, so changing the environment here touches nothing else. */
#include <errno.h>
#include <stdlib.h>
#include "test_core_util.h"

static osref_value *str_at(osref_value *list, size_t i) { return list->u.seq.items[i]; }

Test(process_environ, environ_maps_str_to_str_and_matches_the_environment)
{
  osref_value *env = tc_get("environ"), *envb = tc_get("environb");
  cr_assert_eq(env->type, OSREF_DICT);
  cr_assert_gt(env->u.dict.len, 0u);
  cr_assert_eq(env->u.dict.len, envb->u.dict.len, "environ and environb are synchronized");
  for (size_t i = 0; i < env->u.dict.len; i++) {
    cr_assert_eq(env->u.dict.keys[i]->type, OSREF_STR);
    cr_assert_eq(envb->u.dict.keys[i]->type, OSREF_BYTES);
    const char *k = env->u.dict.keys[i]->u.s.data;
    cr_assert_str_eq(env->u.dict.vals[i]->u.s.data, getenv(k), "%s", k);
  }
  osref_decref(env), osref_decref(envb);
}

Test(process_environ, putenv_is_not_seen_by_environ_until_reload)
{
  osref_value *r = tc_ok("putenv", tc_args(2, osref_str("OSREF_T_A"), osref_str("1")), NULL);
  osref_decref(r);
  cr_assert_str_eq(getenv("OSREF_T_A"), "1", "the process environment changed");
  r = tc_ok("getenv", tc_args(1, osref_str("OSREF_T_A")), NULL);
  cr_assert_eq(r->type, OSREF_NONE, "getenv uses os.environ, captured at import");
  osref_decref(r);
  osref_decref(tc_ok("reload_environ", NULL, NULL));
  r = tc_ok("getenv", tc_args(1, osref_str("OSREF_T_A")), NULL);
  cr_assert_str_eq(r->u.s.data, "1");
  osref_decref(r);
  r = tc_ok("getenvb", tc_args(1, osref_bytes("OSREF_T_A", 9)), NULL);
  cr_assert_eq(r->type, OSREF_BYTES);
  cr_assert_str_eq(r->u.s.data, "1");
  osref_decref(r);
  osref_value *env = tc_get("environ");
  cr_assert_str_eq(osref_dict_get(env, "OSREF_T_A")->u.s.data, "1");
  osref_decref(env);
}

Test(process_environ, unsetenv_is_not_seen_by_environ_until_reload)
{
  setenv("OSREF_T_B", "x", 1);
  osref_decref(tc_ok("reload_environ", NULL, NULL));
  osref_decref(tc_ok("unsetenv", tc_args(1, osref_bytes("OSREF_T_B", 9)), NULL));
  cr_assert_null(getenv("OSREF_T_B"));
  osref_value *r = tc_ok("getenv", tc_args(1, osref_str("OSREF_T_B")), NULL);
  cr_assert_str_eq(r->u.s.data, "x");
  osref_decref(r);
  osref_decref(tc_ok("reload_environ", NULL, NULL));
  r = tc_ok("getenv", tc_args(2, osref_str("OSREF_T_B"), osref_int(7)), NULL);
  cr_assert_eq(r->u.i, 7, "default when the key is missing");
  osref_decref(r);
}

Test(process_environ, putenv_takes_str_bytes_and_pathlike)
{
  osref_decref(tc_ok("putenv", tc_args(2, osref_bytes("OSREF_T_C", 9), osref_pathlike(osref_str("v"))), NULL));
  cr_assert_str_eq(getenv("OSREF_T_C"), "v");
}

Test(process_environ, bad_keys_and_values)
{
  cr_assert_str_eq(tc_raises("putenv", tc_args(2, osref_str("A=B"), osref_str("c")), NULL, "ValueError", 0),
                   "illegal environment variable name");
  tc_raises("putenv", tc_args(2, osref_str(""), osref_str("c")), NULL, "OSError", EINVAL);
  cr_assert_str_eq(tc_raises("putenv", tc_args(2, osref_strn("A\0", 2), osref_str("c")), NULL, "ValueError", 0),
                   "embedded null byte");
  tc_raises("putenv", tc_args(2, osref_str("A"), osref_bytes("c\0", 2)), NULL, "ValueError", 0);
  cr_assert_str_eq(tc_raises("putenv", tc_args(2, osref_int(1), osref_str("c")), NULL, "TypeError", 0),
                   "expected str, bytes or os.PathLike object, not int");
  tc_raises("putenv", tc_args(2, osref_pathlike(osref_none()), osref_str("c")), NULL, "TypeError", 0);
  tc_raises("putenv", NULL, tc_kw("key", osref_str("A")), "TypeError", 0);
  tc_raises("unsetenv", tc_args(1, osref_str("A=B")), NULL, "OSError", EINVAL);
  tc_raises("unsetenv", tc_args(1, osref_str("")), NULL, "OSError", EINVAL);
  tc_raises("unsetenv", tc_args(1, osref_none()), NULL, "TypeError", 0);
  cr_assert_str_eq(tc_raises("getenv", tc_args(1, osref_bytes("PATH", 4)), NULL, "TypeError", 0),
                   "str expected, not bytes");
  cr_assert_str_eq(tc_raises("getenvb", tc_args(1, osref_str("PATH")), NULL, "TypeError", 0),
                   "bytes expected, not str");
}

Test(process_environ, supports_bytes_environ_is_true_on_posix)
{
  osref_value *v = tc_get("supports_bytes_environ");
  cr_assert_eq(v->type, OSREF_BOOL);
  cr_assert(v->u.b);
  osref_decref(v);
}

static osref_value *exec_path(osref_value *env)
{
  return tc_ok("get_exec_path", env ? tc_args(1, env) : NULL, NULL);
}

Test(process_environ, get_exec_path_splits_path)
{
  osref_value *env = osref_dict();
  osref_dict_set(env, osref_str("PATH"), osref_str("/a::/b"));
  osref_value *l = exec_path(env);
  cr_assert_eq(l->u.seq.len, 3u);
  cr_assert_str_eq(str_at(l, 0)->u.s.data, "/a");
  cr_assert_str_eq(str_at(l, 1)->u.s.data, "");
  cr_assert_str_eq(str_at(l, 2)->u.s.data, "/b");
  osref_decref(l);
  env = osref_dict();
  osref_dict_set(env, osref_bytes("PATH", 4), osref_bytes("/x", 2));
  l = exec_path(env);
  cr_assert_eq(l->u.seq.len, 1u);
  cr_assert_eq(str_at(l, 0)->type, OSREF_STR, "bytes PATH is decoded");
  osref_decref(l);
}

Test(process_environ, get_exec_path_defaults_to_environ_then_defpath)
{
  setenv("PATH", "/p1:/p2", 1);
  osref_decref(tc_ok("reload_environ", NULL, NULL));
  osref_value *l = exec_path(NULL);
  cr_assert_eq(l->u.seq.len, 2u);
  cr_assert_str_eq(str_at(l, 1)->u.s.data, "/p2");
  osref_decref(l);
  l = tc_ok("get_exec_path", tc_args(1, osref_none()), NULL);
  cr_assert_eq(l->u.seq.len, 2u, "env=None is os.environ");
  osref_decref(l);
  l = exec_path(osref_dict());
  osref_value *defpath = tc_get("defpath");
  cr_assert_str_eq(defpath->u.s.data, "/bin:/usr/bin");
  cr_assert_eq(l->u.seq.len, 2u);
  cr_assert_str_eq(str_at(l, 0)->u.s.data, "/bin");
  osref_decref(l), osref_decref(defpath);
  osref_value *env = osref_dict();
  osref_dict_set(env, osref_str("PATH"), osref_none());
  l = exec_path(env);
  cr_assert_eq(l->u.seq.len, 2u, "a None PATH is no PATH");
  osref_decref(l);
}

Test(process_environ, get_exec_path_refuses_bad_mappings)
{
  osref_value *env = osref_dict();
  osref_dict_set(env, osref_str("PATH"), osref_str("/a"));
  osref_dict_set(env, osref_bytes("PATH", 4), osref_bytes("/b", 2));
  cr_assert_str_eq(tc_raises("get_exec_path", tc_args(1, env), NULL, "ValueError", 0),
                   "env cannot contain 'PATH' and b'PATH' keys");
  tc_raises("get_exec_path", tc_args(1, osref_int(3)), NULL, "AttributeError", 0);
  env = osref_dict();
  osref_dict_set(env, osref_str("PATH"), osref_int(3));
  tc_raises("get_exec_path", tc_args(1, env), NULL, "AttributeError", 0);
}

Test(process_environ, fspath_returns_str_and_bytes_unchanged)
{
  osref_value *r = tc_ok("fspath", tc_args(1, osref_str("a")), NULL);
  cr_assert_eq(r->type, OSREF_STR);
  osref_decref(r);
  r = tc_ok("fspath", NULL, tc_kw("path", osref_bytes("b", 1)));
  cr_assert_eq(r->type, OSREF_BYTES);
  osref_decref(r);
  r = tc_ok("fspath", tc_args(1, osref_pathlike(osref_bytes("c", 1))), NULL);
  cr_assert_eq(r->type, OSREF_BYTES);
  cr_assert_str_eq(r->u.s.data, "c");
  osref_decref(r);
  cr_assert_str_eq(tc_raises("fspath", tc_args(1, osref_pathlike(osref_int(1))), NULL, "TypeError", 0),
                   "expected PathLike.__fspath__() to return str or bytes, not int");
  cr_assert_str_eq(tc_raises("fspath", tc_args(1, osref_none()), NULL, "TypeError", 0),
                   "expected str, bytes or os.PathLike object, not NoneType");
}

Test(process_environ, fsencode_and_fsdecode_are_each_others_reverse)
{
  osref_value *b = tc_ok("fsencode", tc_args(1, osref_str("n\xc3\xa9")), NULL);
  cr_assert_eq(b->type, OSREF_BYTES);
  osref_value *s = tc_ok("fsdecode", tc_args(1, osref_incref(b)), NULL);
  cr_assert_eq(s->type, OSREF_STR);
  cr_assert_str_eq(s->u.s.data, "n\xc3\xa9");
  osref_value *same = tc_ok("fsencode", tc_args(1, osref_incref(b)), NULL);
  cr_assert_eq(same, b, "bytes are returned unchanged");
  osref_value *same_s = tc_ok("fsdecode", tc_args(1, osref_incref(s)), NULL);
  cr_assert_eq(same_s, s, "str is returned unchanged");
  osref_value *p = tc_ok("fsdecode", tc_args(1, osref_pathlike(osref_bytes("x", 1))), NULL);
  cr_assert_eq(p->type, OSREF_STR);
  tc_raises("fsencode", tc_args(1, osref_int(1)), NULL, "TypeError", 0);
  tc_raises("fsencode", NULL, tc_kw("path", osref_str("x")), "TypeError", 0);
  osref_decref(b), osref_decref(s), osref_decref(same), osref_decref(same_s), osref_decref(p);
}

/* environ.get(key, default=None), as the cases call it through osref_method. */
static osref_value *get(osref_value *mapping, osref_value *args, osref_error *err)
{
  osref_value *r = osref_method(mapping, "get", args, NULL, err);
  osref_decref(args);
  return r;
}

Test(process_environ, get_returns_the_value_the_default_or_none)
{
  setenv("OSREF_T_GET", "v", 1);
  osref_decref(tc_ok("reload_environ", NULL, NULL));
  osref_value *env = tc_get("environ"), *envb = tc_get("environb");
  osref_error err = {0};
  osref_value *v = get(env, tc_args(1, osref_str("OSREF_T_GET")), &err);
  cr_assert_not_null(v, "%s: %s", err.type, err.message);
  cr_assert_str_eq(v->u.s.data, "v");
  osref_decref(v);
  v = get(envb, tc_args(1, osref_bytes("OSREF_T_GET", 11)), &err);
  cr_assert_eq(v->type, OSREF_BYTES);
  cr_assert_str_eq(v->u.s.data, "v");
  osref_decref(v);
  v = get(env, tc_args(1, osref_str("OSREF_T_NONE")), &err);
  cr_assert_eq(v->type, OSREF_NONE);
  osref_decref(v);
  v = get(env, tc_args(2, osref_str("OSREF_T_NONE"), osref_int(3)), &err);
  cr_assert_eq(v->u.i, 3);
  osref_decref(v);
  cr_assert_null(get(env, tc_args(0), &err));
  cr_assert_str_eq(err.type, "TypeError", "get needs a key");
  cr_assert_null(get(env, tc_args(1, osref_list()), &err));
  cr_assert_str_eq(err.type, "TypeError", "a list is unhashable");
  osref_decref(env), osref_decref(envb);
}

Test(process_environ, name_is_posix)
{
  osref_value *n = tc_get("name");
  cr_assert_eq(n->type, OSREF_STR);
  cr_assert_str_eq(n->u.s.data, "posix");
  osref_decref(n);
}
