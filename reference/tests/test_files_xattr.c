/* Linux extended attributes: setxattr, getxattr, listxattr, removexattr.
 * A file system without user xattrs (ENOTSUP) skips the tests. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/xattr.h>
#include <unistd.h>
#include "osref.h"
#include "test_fd.h"

#define S(s) osref_str(s)
#define B(s) osref_bytes(s, strlen(s))

TestSuite(files_xattr, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

static void need_xattrs(void)
{
  close(fd_file_with("probe", ""));
  if (setxattr("probe", "user.probe", "", 0, 0) != 0) cr_skip_test("no user xattrs here: %s", strerror(errno));
  unlink("probe");
}

static osref_value *get(osref_value *args, osref_value *kwargs)
{
  osref_error err;
  osref_value *v = fd_call("getxattr", args, kwargs, &err);
  cr_assert_not_null(v, "getxattr raised %s: %s", err.type, err.message);
  cr_assert_eq(v->type, OSREF_BYTES);
  return v;
}

static size_t count_named(osref_value *list, const char *name)
{
  size_t n = 0;
  cr_assert_eq(list->type, OSREF_LIST);
  for (size_t i = 0; i < list->u.seq.len; i++) {
    cr_assert_eq(list->u.seq.items[i]->type, OSREF_STR);
    n += strcmp(list->u.seq.items[i]->u.s.data, name) == 0;
  }
  return n;
}

Test(files_xattr, set_get_list_remove)
{
  need_xattrs();
  close(fd_file_with("f", ""));
  fd_call_none("setxattr", fd_tuple(3, S("f"), S("user.a"), B("value")), NULL);
  osref_value *v = get(fd_tuple(2, S("f"), osref_pathlike(B("user.a"))), NULL);
  cr_assert_eq(v->u.s.len, 5);
  cr_assert(memcmp(v->u.s.data, "value", 5) == 0);
  osref_decref(v);
  osref_error err;
  osref_value *l = fd_call("listxattr", fd_tuple(1, S("f")), NULL, &err);
  cr_assert_eq(count_named(l, "user.a"), 1);
  osref_decref(l);
  fd_call_none("removexattr", fd_tuple(2, S("f"), B("user.a")), NULL);
  fd_call_raises("getxattr", fd_tuple(2, S("f"), S("user.a")), NULL, "OSError", ENODATA);
  fd_call_raises("removexattr", fd_tuple(2, S("f"), S("user.a")), NULL, "OSError", ENODATA);
}

Test(files_xattr, create_and_replace_flags)
{
  need_xattrs();
  close(fd_file_with("f", ""));
  int64_t create = fd_const("XATTR_CREATE"), replace = fd_const("XATTR_REPLACE");
  cr_assert_eq(create, XATTR_CREATE);
  cr_assert_eq(replace, XATTR_REPLACE);
  cr_assert_eq(fd_const("XATTR_SIZE_MAX"), 65536, "64 KiB on Linux");
  fd_call_raises("setxattr", fd_tuple(4, S("f"), S("user.a"), B("1"), osref_int(replace)), NULL, "OSError", ENODATA);
  fd_call_none("setxattr", fd_tuple(4, S("f"), S("user.a"), B("1"), osref_int(create)), NULL);
  fd_call_raises("setxattr", fd_tuple(4, S("f"), S("user.a"), B("2"), osref_int(create)), NULL,
                 "FileExistsError", EEXIST);
  fd_call_none("setxattr", fd_tuple(3, S("f"), S("user.a"), B("3")), fd_kwargs("flags", osref_int(replace), NULL));
  osref_value *v = get(fd_tuple(2, S("f"), S("user.a")), NULL);
  cr_assert_eq(v->u.s.data[0], '3');
  osref_decref(v);
}

Test(files_xattr, fd_large_values_and_current_directory)
{
  need_xattrs();
  int fd = fd_file_with("f", "");
  static char big[4000];
  memset(big, 'x', sizeof big);
  fd_call_none("setxattr", fd_tuple(3, osref_int(fd), S("user.big"), osref_bytes(big, sizeof big)), NULL);
  osref_value *v = get(fd_tuple(2, osref_int(fd), S("user.big")), NULL);
  cr_assert_eq(v->u.s.len, sizeof big, "a value larger than the first buffer");
  osref_decref(v);
  osref_error err;
  osref_value *l = fd_call("listxattr", fd_tuple(1, osref_int(fd)), NULL, &err);
  cr_assert_eq(count_named(l, "user.big"), 1);
  osref_decref(l);
  fd_call_none("removexattr", fd_tuple(2, osref_int(fd), S("user.big")), NULL);
  close(fd);
  cr_assert_eq(setxattr(".", "user.here", "1", 1, 0), 0);
  l = fd_call("listxattr", fd_tuple(0), NULL, &err);
  cr_assert_eq(count_named(l, "user.here"), 1, "path=None: the current directory");
  osref_decref(l);
  l = fd_call("listxattr", fd_tuple(1, osref_none()), fd_kwargs("follow_symlinks", osref_bool(false), NULL), &err);
  cr_assert_eq(count_named(l, "user.here"), 1);
  osref_decref(l);
}

Test(files_xattr, symlinks_and_errors)
{
  need_xattrs();
  close(fd_file_with("f", ""));
  cr_assert_eq(symlink("f", "l"), 0);
  fd_call_none("setxattr", fd_tuple(3, S("l"), S("user.t"), B("1")), NULL);
  osref_value *v = get(fd_tuple(2, S("f"), S("user.t")), NULL);
  osref_decref(v);
  /* user.* attributes cannot be set on a symlink itself */
  fd_call_raises("setxattr", fd_tuple(3, S("l"), S("user.t"), B("1")),
                 fd_kwargs("follow_symlinks", osref_bool(false), NULL), "PermissionError", EPERM);
  fd_call_raises("getxattr", fd_tuple(2, S("l"), S("user.t")),
                 fd_kwargs("follow_symlinks", osref_bool(false), NULL), "OSError", ENODATA);
  fd_call_raises("removexattr", fd_tuple(2, S("l"), S("user.t")),
                 fd_kwargs("follow_symlinks", osref_bool(false), NULL), "PermissionError", EPERM);
  fd_call_raises("getxattr", fd_tuple(2, S("none"), S("user.t")), NULL, "FileNotFoundError", ENOENT);
  fd_call_raises("listxattr", fd_tuple(1, S("none")), NULL, "FileNotFoundError", ENOENT);
  fd_call_raises("getxattr", fd_tuple(2, S("f"), osref_int(1)), NULL, "TypeError", 0);
  fd_call_raises("setxattr", fd_tuple(3, S("f"), S("user.t"), osref_int(1)), NULL, "TypeError", 0);
  fd_call_raises("setxattr", fd_tuple(3, S("f"), osref_strn("user.\0t", 7), B("1")), NULL, "ValueError", 0);
  int fd = open("f", O_RDONLY | O_CLOEXEC);
  fd_call_raises("getxattr", fd_tuple(2, osref_int(fd), S("user.t")),
                 fd_kwargs("follow_symlinks", osref_bool(false), NULL), "ValueError", 0);
  close(fd);
  fd_call_raises("getxattr", fd_tuple(2, osref_int(fd), S("user.t")), NULL, "OSError", EBADF);
}
