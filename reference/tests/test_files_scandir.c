/* Files and Directories: the scandir iterator and DirEntry. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "osref.h"
#include "test_fd.h"

#define S(s) osref_str(s)
#define B(s) osref_bytes(s, strlen(s))

TestSuite(files_scandir, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

static osref_value *next(osref_value *it, osref_error *err)
{
  memset(err, 0, sizeof *err);
  return it->u.h.ops->next(it->u.h.self, err);
}

static osref_value *scandir_of(osref_value *args)
{
  osref_error err;
  osref_value *it = fd_call("scandir", args, NULL, &err);
  cr_assert_not_null(it, "scandir raised %s: %s", err.type, err.message);
  cr_assert_str_eq(osref_type_name(it), "ScandirIterator");
  return it;
}

/* The entry named name, from a fresh scandir of dir. */
static osref_value *entry_named(osref_value *dir_arg, const char *name)
{
  osref_value *it = scandir_of(fd_tuple(1, dir_arg)), *e;
  osref_error err;
  while ((e = next(it, &err))) {
    osref_value *n = osref_attr(e, "name", &err);
    bool found = strcmp(n->u.s.data, name) == 0;
    osref_decref(n);
    if (found) break;
    osref_decref(e);
  }
  osref_decref(it);
  cr_assert_not_null(e, "no entry %s", name);
  return e;
}

static bool method_bool(osref_value *e, const char *m, osref_value *kwargs)
{
  osref_error err = {0};
  osref_value *args = osref_tuple(0);
  osref_value *r = osref_method(e, m, args, kwargs, &err);
  osref_decref(args);
  if (kwargs) osref_decref(kwargs);
  cr_assert_not_null(r, "%s raised %s: %s", m, err.type, err.message);
  cr_assert_eq(r->type, OSREF_BOOL);
  bool b = r->u.b;
  osref_decref(r);
  return b;
}

static void make_tree(void)
{
  mkdir("d", 0777);
  close(fd_file_with("d/file", "abc"));
  mkdir("d/sub", 0777);
  cr_assert_eq(symlink("file", "d/lfile"), 0);
  cr_assert_eq(symlink("sub", "d/lsub"), 0);
  cr_assert_eq(symlink("missing", "d/dangling"), 0);
}

Test(files_scandir, yields_every_entry_but_dot_and_dotdot)
{
  make_tree();
  osref_value *it = scandir_of(fd_tuple(1, S("d"))), *e;
  osref_error err;
  int n = 0;
  while ((e = next(it, &err))) {
    osref_value *name = osref_attr(e, "name", &err), *path = osref_attr(e, "path", &err);
    cr_assert_eq(name->type, OSREF_STR);
    cr_assert_neq(strcmp(name->u.s.data, "."), 0);
    cr_assert_neq(strcmp(name->u.s.data, ".."), 0);
    char want[64];
    snprintf(want, sizeof want, "d/%s", name->u.s.data);
    cr_assert_str_eq(path->u.s.data, want, "path is join(scandir_path, name)");
    osref_decref(name), osref_decref(path), osref_decref(e);
    n++;
  }
  cr_assert_null(err.type);
  cr_assert_eq(n, 5);
  cr_assert_null(next(it, &err), "stays exhausted");
  osref_decref(it);
}

Test(files_scandir, default_path_is_dot_and_bytes_give_bytes)
{
  close(fd_file_with("f", ""));
  osref_value *e = entry_named(osref_none(), "f");
  osref_error err;
  osref_value *p = osref_attr(e, "path", &err);
  cr_assert_str_eq(p->u.s.data, "./f");
  osref_decref(p), osref_decref(e);
  e = entry_named(osref_pathlike(B(".")), "f");
  p = osref_attr(e, "path", &err);
  osref_value *n = osref_attr(e, "name", &err);
  cr_assert_eq(p->type, OSREF_BYTES);
  cr_assert_eq(n->type, OSREF_BYTES);
  osref_decref(p), osref_decref(n), osref_decref(e);
  osref_value *it = scandir_of(fd_tuple(0));
  osref_decref(it);
}

Test(files_scandir, fd_scandir_path_equals_name)
{
  make_tree();
  int dfd = open("d", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  osref_value *e = entry_named(osref_int(dfd), "file");
  osref_error err;
  osref_value *p = osref_attr(e, "path", &err);
  cr_assert_str_eq(p->u.s.data, "file");
  cr_assert(method_bool(e, "is_file", NULL));
  osref_value *st = osref_method(e, "stat", NULL, NULL, &err);
  cr_assert_not_null(st, "stat relative to the fd: %s", err.message);
  cr_assert_eq(osref_struct_get(st, "st_size")->u.i, 3);
  osref_decref(st), osref_decref(p), osref_decref(e);
  close(dfd);
}

Test(files_scandir, is_dir_is_file_is_symlink_with_and_without_following)
{
  make_tree();
  osref_value *file = entry_named(S("d"), "file"), *sub = entry_named(S("d"), "sub");
  osref_value *lfile = entry_named(S("d"), "lfile"), *lsub = entry_named(S("d"), "lsub");
  osref_value *dangling = entry_named(S("d"), "dangling");
  cr_assert(method_bool(file, "is_file", NULL));
  cr_assert_not(method_bool(file, "is_dir", NULL));
  cr_assert(method_bool(sub, "is_dir", NULL));
  cr_assert(method_bool(lsub, "is_dir", NULL), "a symlink to a directory");
  cr_assert_not(method_bool(lsub, "is_dir", fd_kwargs("follow_symlinks", osref_bool(false), NULL)));
  cr_assert(method_bool(lfile, "is_file", NULL));
  cr_assert_not(method_bool(lfile, "is_file", fd_kwargs("follow_symlinks", osref_bool(false), NULL)));
  cr_assert(method_bool(lfile, "is_symlink", NULL));
  cr_assert(method_bool(dangling, "is_symlink", NULL), "even if broken");
  cr_assert_not(method_bool(dangling, "is_file", NULL), "FileNotFoundError is caught");
  cr_assert_not(method_bool(dangling, "is_dir", NULL));
  cr_assert_not(method_bool(sub, "is_junction", NULL));
  osref_decref(file), osref_decref(sub), osref_decref(lfile), osref_decref(lsub), osref_decref(dangling);
}

Test(files_scandir, stat_inode_fspath_and_caching)
{
  make_tree();
  osref_value *lfile = entry_named(S("d"), "lfile");
  osref_error err = {0};
  osref_value *st = osref_method(lfile, "stat", NULL, NULL, &err);
  osref_value *nofollow = fd_kwargs("follow_symlinks", osref_bool(false), NULL);
  osref_value *lst = osref_method(lfile, "stat", NULL, nofollow, &err);
  osref_decref(nofollow);
  cr_assert(S_ISREG(osref_struct_get(st, "st_mode")->u.i));
  cr_assert(S_ISLNK(osref_struct_get(lst, "st_mode")->u.i));
  struct stat real;
  lstat("d/lfile", &real);
  osref_value *ino = osref_method(lfile, "inode", NULL, NULL, &err);
  cr_assert_eq(ino->u.i, (int64_t)real.st_ino);
  unlink("d/file");
  osref_value *again = osref_method(lfile, "stat", NULL, NULL, &err);
  cr_assert_not_null(again, "the result is cached");
  cr_assert(osref_equal(again, st));
  osref_value *fs = osref_method(lfile, "__fspath__", NULL, NULL, &err);
  cr_assert_str_eq(fs->u.s.data, "d/lfile");
  osref_decref(st), osref_decref(lst), osref_decref(ino), osref_decref(again), osref_decref(fs);
  osref_decref(lfile);
}

Test(files_scandir, dirent_errors)
{
  make_tree();
  osref_value *dangling = entry_named(S("d"), "dangling");
  osref_error err = {0};
  osref_value *st = osref_method(dangling, "stat", NULL, NULL, &err);
  cr_assert_null(st);
  cr_assert_str_eq(err.type, "FileNotFoundError", "stat() is not covered by the is_*() rule");
  osref_value *one = fd_tuple(1, osref_int(1));
  cr_assert_null(osref_method(dangling, "inode", one, NULL, &err));
  cr_assert_str_eq(err.type, "TypeError");
  cr_assert_null(osref_method(dangling, "is_dir", one, NULL, &err), "follow_symlinks is keyword-only");
  cr_assert_str_eq(err.type, "TypeError");
  cr_assert_null(osref_attr(dangling, "size", &err));
  cr_assert_str_eq(err.type, "AttributeError");
  cr_assert_null(osref_method(dangling, "nope", NULL, NULL, &err));
  cr_assert_str_eq(err.type, "AttributeError");
  fd_call_raises("DirEntry", fd_tuple(0), NULL, "TypeError", 0);
  osref_decref(one), osref_decref(dangling);
}

Test(files_scandir, close_and_context_manager)
{
  make_tree();
  osref_value *it = scandir_of(fd_tuple(1, S("d")));
  osref_error err = {0};
  osref_value *same = osref_method(it, "__enter__", NULL, NULL, &err);
  cr_assert_eq(same, it, "__enter__ returns the iterator");
  osref_decref(same);
  osref_value *e = next(it, &err);
  cr_assert_not_null(e);
  osref_decref(e);
  osref_value *three = fd_tuple(3, osref_none(), osref_none(), osref_none());
  osref_value *r = osref_method(it, "__exit__", three, NULL, &err);
  cr_assert_eq(r->type, OSREF_NONE, "__exit__ returns None, so exceptions are not swallowed");
  osref_decref(r), osref_decref(three);
  cr_assert_null(next(it, &err), "closed: exhausted");
  cr_assert_null(err.type);
  r = osref_method(it, "close", NULL, NULL, &err);
  cr_assert_eq(r->type, OSREF_NONE, "close() twice is harmless");
  osref_decref(r);
  cr_assert_null(osref_method(it, "rewind", NULL, NULL, &err));
  cr_assert_str_eq(err.type, "AttributeError");
  osref_decref(it);
}

Test(files_scandir, scandir_errors)
{
  close(fd_file_with("f", ""));
  fd_call_raises("scandir", fd_tuple(1, S("none")), NULL, "FileNotFoundError", ENOENT);
  fd_call_raises("scandir", fd_tuple(1, S("f")), NULL, "NotADirectoryError", ENOTDIR);
  fd_call_raises("scandir", fd_tuple(1, osref_int(fd_closed())), NULL, "OSError", EBADF);
  fd_call_raises("scandir", fd_tuple(1, osref_list()), NULL, "TypeError", 0);
}

/* The iterator protocol through osref_method, as the cases call it:
 * __iter__ is the iterator, __next__ an entry and then StopIteration. */
Test(files_scandir, dunder_next_and_iter_through_osref_method)
{
  mkdir("d", 0777);
  close(open("d/f", O_WRONLY | O_CREAT, 0666));
  osref_value *it = scandir_of(fd_tuple(1, S("d")));
  osref_error err = {0};
  osref_value *self = osref_method(it, "__iter__", NULL, NULL, &err);
  cr_assert_eq(self, it, "iter(it) is it");
  osref_decref(self);
  osref_value *e = osref_method(it, "__next__", NULL, NULL, &err);
  cr_assert_not_null(e, "__next__ raised %s: %s", err.type, err.message);
  cr_assert_str_eq(osref_type_name(e), "DirEntry");
  osref_decref(e);
  cr_assert_null(osref_method(it, "__next__", NULL, NULL, &err));
  cr_assert_str_eq(err.type, "StopIteration");
  osref_value *one = fd_tuple(1, osref_int(1));
  cr_assert_null(osref_method(it, "__next__", one, NULL, &err));
  cr_assert_str_eq(err.type, "TypeError", "__next__ takes no arguments");
  osref_decref(one), osref_decref(it);
}

Test(files_scandir, fspath_of_a_dir_entry_is_its_path)
{
  mkdir("d", 0777);
  close(open("d/f", O_WRONLY | O_CREAT, 0666));
  osref_value *e = entry_named(S("d"), "f"), *it = scandir_of(fd_tuple(1, S("d")));
  osref_error err;
  osref_value *p = fd_call("fspath", fd_tuple(1, osref_incref(e)), NULL, &err);
  cr_assert_not_null(p, "fspath raised %s: %s", err.type, err.message);
  cr_assert_str_eq(p->u.s.data, "d/f");
  cr_assert_null(fd_call("fspath", fd_tuple(1, osref_incref(it)), NULL, &err));
  cr_assert_str_eq(err.type, "TypeError", "a scandir iterator is not path-like");
  osref_decref(p), osref_decref(e), osref_decref(it);
}
