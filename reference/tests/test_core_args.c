/* Argument conversion: CPython's path_converter and integer rules. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdint.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "internal/args.h"

static osref_error err;

static bool path(osref_value *v, bool nullable, bool allow_fd, osref_path *out)
{
  memset(&err, 0, sizeof err);
  bool ok = osref_arg_path("stat", "path", v, nullable, allow_fd, out, &err);
  cr_assert_eq(ok, err.type == NULL);
  return ok;
}

Test(core_args, str_bytes_and_pathlike_paths)
{
  osref_path p;
  osref_value *s = osref_str("a/b"), *b = osref_bytes("x", 1), *pl = osref_pathlike(osref_bytes("y", 1));
  cr_assert(path(s, false, false, &p));
  cr_assert_str_eq(p.name, "a/b");
  cr_assert_not(p.is_bytes);
  cr_assert_eq(p.fd, -1);
  cr_assert(path(b, false, false, &p));
  cr_assert(p.is_bytes, "bytes in");
  osref_value *out = osref_path_value(&p, "z", 1);
  cr_assert_eq(out->type, OSREF_BYTES, "bytes out");
  osref_decref(out);
  cr_assert(path(pl, false, false, &p));
  cr_assert_str_eq(p.name, "y");
  cr_assert(p.is_bytes);
  osref_path_release(&p);
  out = osref_path_value(NULL, "z", 1);
  cr_assert_eq(out->type, OSREF_STR);
  osref_decref(out), osref_decref(s), osref_decref(b), osref_decref(pl);
}

Test(core_args, embedded_nul_is_a_value_error)
{
  osref_path p;
  osref_value *s = osref_strn("a\0b", 3), *b = osref_bytes("a\0b", 3);
  cr_assert_not(path(s, false, false, &p));
  cr_assert_str_eq(err.type, "ValueError");
  cr_assert_str_eq(err.message, "embedded null byte");
  cr_assert_not(path(b, false, false, &p));
  cr_assert_str_eq(err.type, "ValueError");
  cr_assert_str_eq(err.message, "stat: embedded null character in path");
  osref_decref(s), osref_decref(b);
}

Test(core_args, fspath_must_return_str_or_bytes)
{
  osref_path p;
  osref_value *pl = osref_pathlike(osref_int(3));
  cr_assert_not(path(pl, false, true, &p));
  cr_assert_str_eq(err.type, "TypeError");
  cr_assert_str_eq(err.message, "expected PathLike.__fspath__() to return str or bytes, not int");
  osref_decref(pl);
}

Test(core_args, fd_only_where_allowed_and_none_only_where_nullable)
{
  osref_path p;
  osref_value *i = osref_int(5), *t = osref_bool(true), *none = osref_none(), *f = osref_float(1);
  cr_assert_not(path(i, false, false, &p));
  cr_assert_str_eq(err.message, "stat: path should be string, bytes or os.PathLike, not int");
  cr_assert(path(i, false, true, &p));
  cr_assert_eq(p.fd, 5);
  cr_assert_null(p.name);
  cr_assert(path(t, false, true, &p), "bool is an int");
  cr_assert_eq(p.fd, 1);
  cr_assert_not(path(none, false, true, &p));
  cr_assert_str_eq(err.message, "stat: path should be string, bytes, os.PathLike or integer, not NoneType");
  cr_assert(path(none, true, false, &p));
  cr_assert_null(p.name);
  cr_assert(path(NULL, false, false, &p), "not given: left to the caller's default");
  cr_assert_not(path(f, true, true, &p));
  cr_assert_str_eq(err.message,
                   "stat: path should be string, bytes, os.PathLike, integer or None, not float");
  cr_assert_not(path(f, true, false, &p));
  cr_assert_str_eq(err.message, "stat: path should be string, bytes, os.PathLike or None, not float");
  osref_decref(i), osref_decref(t), osref_decref(none), osref_decref(f);
}

Test(core_args, fd_path_out_of_int_range_overflows)
{
  osref_path p;
  osref_value *big = osref_int(INT64_C(1) << 40), *small = osref_int(-(INT64_C(1) << 40));
  cr_assert_not(path(big, false, true, &p));
  cr_assert_str_eq(err.type, "OverflowError");
  cr_assert_str_eq(err.message, "fd is greater than maximum");
  cr_assert_not(path(small, false, true, &p));
  cr_assert_str_eq(err.message, "fd is less than minimum");
  osref_decref(big), osref_decref(small);
}

Test(core_args, integers_accept_bool_and_refuse_float)
{
  int64_t n;
  int fd;
  osref_value *t = osref_bool(true), *f = osref_float(1.0), *big = osref_int(INT64_C(1) << 33);
  cr_assert(osref_arg_int("umask", "mask", t, &n, &err));
  cr_assert_eq(n, 1);
  cr_assert_not(osref_arg_int("umask", "mask", f, &n, &err));
  cr_assert_str_eq(err.type, "TypeError");
  cr_assert_str_eq(err.message, "'float' object cannot be interpreted as an integer");
  cr_assert_not(osref_arg_fd("close", "fd", big, &fd, &err));
  cr_assert_str_eq(err.type, "OverflowError");
  cr_assert_not(osref_arg_int_range("f", "n", t, 2, 5, &n, &err));
  cr_assert_str_eq(err.message, "f() argument 'n': n is less than minimum");
  cr_assert(osref_arg_fd("close", "fd", t, &fd, &err));
  cr_assert_eq(fd, 1);
  osref_decref(t), osref_decref(f), osref_decref(big);
}

Test(core_args, dir_fd_none_is_the_current_directory)
{
  int fd;
  osref_value *none = osref_none(), *three = osref_int(3), *s = osref_str("x");
  cr_assert(osref_arg_dir_fd("stat", NULL, &fd, &err));
  cr_assert_eq(fd, AT_FDCWD);
  cr_assert(osref_arg_dir_fd("stat", none, &fd, &err));
  cr_assert_eq(fd, AT_FDCWD);
  cr_assert(osref_arg_dir_fd("stat", three, &fd, &err));
  cr_assert_eq(fd, 3);
  cr_assert_not(osref_arg_dir_fd("stat", s, &fd, &err));
  cr_assert_str_eq(err.message, "argument should be integer or None, not str");
  osref_decref(none), osref_decref(three), osref_decref(s);
}

Test(core_args, truthiness_follows_python)
{
  osref_value *falsy[] = {osref_none(), osref_bool(false), osref_int(0), osref_float(0.0),
                          osref_str(""), osref_bytes("", 0), osref_tuple(0), osref_list(), osref_dict(),
                          osref_set()};
  osref_value *truthy[] = {osref_bool(true), osref_int(-1), osref_float(0.5), osref_str("0"),
                           osref_bytes("\0", 1), osref_tuple(1), osref_pathlike(osref_str(""))};
  cr_assert(osref_arg_bool(NULL, true));
  cr_assert_not(osref_arg_bool(NULL, false));
  for (size_t i = 0; i < sizeof falsy / sizeof *falsy; i++) {
    cr_assert_not(osref_arg_bool(falsy[i], true), "%s", osref_type_name(falsy[i]));
    osref_decref(falsy[i]);
  }
  for (size_t i = 0; i < sizeof truthy / sizeof *truthy; i++) {
    cr_assert(osref_arg_bool(truthy[i], false), "%s", osref_type_name(truthy[i]));
    osref_decref(truthy[i]);
  }
  static const char *const fields[] = {"a"};
  osref_value *l = osref_list(), *d = osref_dict(), *st = osref_struct("s", fields, 1, 1);
  osref_list_append(l, osref_none());
  osref_dict_set(d, osref_str("k"), osref_none());
  cr_assert(osref_arg_bool(l, false) && osref_arg_bool(d, false) && osref_arg_bool(st, false));
  osref_decref(l), osref_decref(d), osref_decref(st);
}

Test(core_args, str_bytes_and_float_arguments)
{
  const char *s;
  const void *data;
  size_t len;
  double d;
  osref_value *str = osref_str("k"), *b = osref_bytes("kk", 2), *i = osref_int(2), *f = osref_float(2.5);
  cr_assert(osref_arg_str("putenv", "key", str, &s, &err));
  cr_assert_str_eq(s, "k");
  cr_assert_not(osref_arg_str("putenv", "key", b, &s, &err));
  cr_assert_str_eq(err.message, "putenv() argument 'key' must be str, not bytes");
  cr_assert(osref_arg_bytes_like("write", "data", b, &data, &len, &err));
  cr_assert_eq(len, 2u);
  cr_assert_not(osref_arg_bytes_like("write", "data", str, &data, &len, &err));
  cr_assert_str_eq(err.message, "write() argument 'data' must be a bytes-like object, not 'str'");
  cr_assert(osref_arg_float("f", "t", i, &d, &err));
  cr_assert_eq(d, 2.0);
  cr_assert(osref_arg_float("f", "t", f, &d, &err));
  cr_assert_eq(d, 2.5);
  cr_assert_not(osref_arg_float("f", "t", str, &d, &err));
  cr_assert_str_eq(err.message, "f() argument 't' must be real number, not str");
  osref_decref(str), osref_decref(b), osref_decref(i), osref_decref(f);
}

Test(core_args, retry_returns_minus_errno)
{
  errno = 0;
  long r = OSREF_RETRY(close(-1));
  cr_assert_eq(r, -EBADF);
}
