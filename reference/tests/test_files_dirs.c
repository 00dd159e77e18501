/* Files and Directories: creating, listing, renaming and removing
 * directories and files, through the call layer. Each test runs in its
 * own temporary directory (test_fd.h's sandbox). */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "osref.h"
#include "test_fd.h"

#define S(s) osref_str(s)
#define B(s) osref_bytes(s, strlen(s))

TestSuite(files_dirs, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

static bool is_dir(const char *p)
{
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool exists(const char *p)
{
  struct stat st;
  return lstat(p, &st) == 0;
}

static void touch(const char *p) { close(fd_file_with(p, "data")); }

/* listdir's result as a sorted, comma-joined string. */
static int by_text(const void *a, const void *b)
{
  return strcmp((*(osref_value *const *)a)->u.s.data, (*(osref_value *const *)b)->u.s.data);
}

static void listing(osref_value *list, char *out, size_t size)
{
  cr_assert_eq(list->type, OSREF_LIST);
  if (list->u.seq.len > 1) qsort(list->u.seq.items, list->u.seq.len, sizeof list->u.seq.items[0], by_text);
  out[0] = '\0';
  for (size_t i = 0; i < list->u.seq.len; i++) {
    if (i) strncat(out, ",", size - strlen(out) - 1);
    strncat(out, list->u.seq.items[i]->u.s.data, size - strlen(out) - 1);
  }
}

Test(files_dirs, mkdir_creates_then_existing_is_file_exists_error)
{
  fd_call_none("mkdir", fd_tuple(1, S("d")), NULL);
  cr_assert(is_dir("d"));
  fd_call_raises("mkdir", fd_tuple(1, S("d")), NULL, "FileExistsError", EEXIST);
}

Test(files_dirs, mkdir_missing_parent_is_file_not_found_error)
{
  fd_call_raises("mkdir", fd_tuple(1, S("no/d")), NULL, "FileNotFoundError", ENOENT);
}

Test(files_dirs, mkdir_mode_is_masked_by_umask)
{
  mode_t old = umask(022);
  fd_call_none("mkdir", fd_tuple(2, S("d"), osref_int(0777)), NULL);
  umask(old);
  struct stat st;
  cr_assert_eq(stat("d", &st), 0);
  cr_assert_eq(st.st_mode & 0777, 0755);
}

Test(files_dirs, mkdir_with_dir_fd_and_bytes_path)
{
  mkdir("p", 0777);
  int dfd = open("p", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  fd_call_none("mkdir", fd_tuple(1, B("q")), fd_kwargs("dir_fd", osref_int(dfd), NULL));
  close(dfd);
  cr_assert(is_dir("p/q"));
}

Test(files_dirs, mkdir_wrong_types)
{
  fd_call_raises("mkdir", fd_tuple(1, osref_float(1.5)), NULL, "TypeError", 0);
  fd_call_raises("mkdir", fd_tuple(2, S("d"), S("0o777")), NULL, "TypeError", 0);
  fd_call_raises("mkdir", fd_tuple(1, S("d")), fd_kwargs("dir_fd", S("x"), NULL), "TypeError", 0);
  fd_call_raises("mkdir", fd_tuple(1, S("d")), fd_kwargs("dir_fd", osref_int(fd_closed()), NULL),
                 "OSError", EBADF);
}

Test(files_dirs, makedirs_creates_parents_and_honours_exist_ok)
{
  fd_call_none("makedirs", fd_tuple(1, S("a/b/c")), NULL);
  cr_assert(is_dir("a/b/c"));
  fd_call_raises("makedirs", fd_tuple(1, S("a/b/c")), NULL, "FileExistsError", EEXIST);
  fd_call_none("makedirs", fd_tuple(1, S("a/b/c")), fd_kwargs("exist_ok", osref_bool(true), NULL));
  fd_call_none("makedirs", fd_tuple(3, S("x/y/"), osref_int(0700), osref_bool(false)), NULL);
  cr_assert(is_dir("x/y"));
  fd_call_none("makedirs", fd_tuple(1, B("a/new/.")), NULL);
  cr_assert(is_dir("a/new"));
}

Test(files_dirs, makedirs_exist_ok_still_refuses_a_file)
{
  touch("f");
  fd_call_raises("makedirs", fd_tuple(1, S("f")), fd_kwargs("exist_ok", osref_bool(true), NULL),
                 "FileExistsError", EEXIST);
  fd_call_raises("makedirs", fd_tuple(1, S("f/sub")), NULL, "NotADirectoryError", ENOTDIR);
}

Test(files_dirs, rmdir_missing_nonempty_and_dir_fd)
{
  fd_call_raises("rmdir", fd_tuple(1, S("none")), NULL, "FileNotFoundError", ENOENT);
  mkdir("d", 0777);
  touch("d/f");
  fd_call_raises("rmdir", fd_tuple(1, S("d")), NULL, "OSError", ENOTEMPTY);
  unlink("d/f");
  mkdir("d/e", 0777);
  int dfd = open("d", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  fd_call_none("rmdir", fd_tuple(1, S("e")), fd_kwargs("dir_fd", osref_int(dfd), NULL));
  close(dfd);
  cr_assert_not(exists("d/e"));
  fd_call_none("rmdir", fd_tuple(1, S("d")), fd_kwargs("dir_fd", osref_none(), NULL));
  cr_assert_not(exists("d"));
}

Test(files_dirs, removedirs_prunes_empty_parents_only)
{
  mkdir("foo", 0777), mkdir("foo/bar", 0777), mkdir("foo/bar/baz", 0777);
  touch("foo/keep");
  fd_call_none("removedirs", fd_tuple(1, S("foo/bar/baz")), NULL);
  cr_assert_not(exists("foo/bar"));
  cr_assert(is_dir("foo"), "foo is not empty: kept");
  fd_call_raises("removedirs", fd_tuple(1, S("foo/bar")), NULL, "FileNotFoundError", ENOENT);
}

Test(files_dirs, listdir_names_without_dot_entries)
{
  mkdir("d", 0777);
  touch("d/a"), touch("d/.b");
  mkdir("d/c", 0777);
  char out[64];
  osref_error err;
  osref_value *l = fd_call("listdir", fd_tuple(1, S("d")), NULL, &err);
  listing(l, out, sizeof out);
  cr_assert_str_eq(out, ".b,a,c");
  cr_assert_eq(l->u.seq.items[0]->type, OSREF_STR);
  osref_decref(l);
  l = fd_call("listdir", fd_tuple(1, osref_pathlike(B("d"))), NULL, &err);
  cr_assert_eq(l->u.seq.items[0]->type, OSREF_BYTES, "bytes in, bytes out");
  osref_decref(l);
}

Test(files_dirs, listdir_default_none_and_fd)
{
  touch("x");
  char out[64];
  osref_error err;
  osref_value *l = fd_call("listdir", fd_tuple(0), NULL, &err);
  listing(l, out, sizeof out);
  cr_assert_str_eq(out, "x");
  osref_decref(l);
  l = fd_call("listdir", fd_tuple(1, osref_none()), NULL, &err);
  listing(l, out, sizeof out);
  cr_assert_str_eq(out, "x");
  osref_decref(l);
  int dfd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  for (int round = 0; round < 2; round++) {   /* the fd is rewound each time */
    l = fd_call("listdir", fd_tuple(1, osref_int(dfd)), NULL, &err);
    listing(l, out, sizeof out);
    cr_assert_str_eq(out, "x");
    osref_decref(l);
  }
  cr_assert_geq(fcntl(dfd, F_GETFD), 0, "listdir(fd) leaves the fd open");
  close(dfd);
}

Test(files_dirs, listdir_errors)
{
  touch("f");
  fd_call_raises("listdir", fd_tuple(1, S("none")), NULL, "FileNotFoundError", ENOENT);
  fd_call_raises("listdir", fd_tuple(1, S("f")), NULL, "NotADirectoryError", ENOTDIR);
  fd_call_raises("listdir", fd_tuple(1, osref_int(fd_closed())), NULL, "OSError", EBADF);
  fd_call_raises("listdir", fd_tuple(1, osref_float(0)), NULL, "TypeError", 0);
}

Test(files_dirs, getcwd_str_and_getcwdb_bytes)
{
  char here[4096];
  cr_assert_not_null(getcwd(here, sizeof here));
  osref_error err;
  osref_value *s = fd_call("getcwd", fd_tuple(0), NULL, &err);
  osref_value *b = fd_call("getcwdb", fd_tuple(0), NULL, &err);
  cr_assert_eq(s->type, OSREF_STR);
  cr_assert_eq(b->type, OSREF_BYTES);
  cr_assert_str_eq(s->u.s.data, here);
  cr_assert_str_eq(b->u.s.data, here);
  osref_decref(s), osref_decref(b);
  fd_call_raises("getcwd", fd_tuple(1, osref_int(1)), NULL, "TypeError", 0);
}

Test(files_dirs, chdir_path_and_fd_and_fchdir)
{
  char top[4096], now[4096];
  cr_assert_not_null(getcwd(top, sizeof top));
  mkdir("d", 0777);
  touch("f");
  fd_call_none("chdir", fd_tuple(1, S("d")), NULL);
  cr_assert_not_null(getcwd(now, sizeof now));
  cr_assert(strstr(now, "/d") == now + strlen(now) - 2);
  int tfd = open(top, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  fd_call_none("chdir", fd_tuple(1, osref_int(tfd)), NULL);
  cr_assert_str_eq(getcwd(now, sizeof now), top);
  fd_call_none("chdir", fd_tuple(1, S("d")), NULL);
  fd_call_none("fchdir", fd_tuple(1, osref_int(tfd)), NULL);
  cr_assert_str_eq(getcwd(now, sizeof now), top);
  close(tfd);
  fd_call_raises("chdir", fd_tuple(1, S("none")), NULL, "FileNotFoundError", ENOENT);
  fd_call_raises("chdir", fd_tuple(1, S("f")), NULL, "NotADirectoryError", ENOTDIR);
  int ffd = open("f", O_RDONLY | O_CLOEXEC);
  fd_call_raises("fchdir", fd_tuple(1, osref_int(ffd)), NULL, "NotADirectoryError", ENOTDIR);
  close(ffd);
  fd_call_raises("fchdir", fd_tuple(1, osref_int(fd_closed())), NULL, "OSError", EBADF);
  fd_call_raises("fchdir", fd_tuple(1, S("d")), NULL, "TypeError", 0);
}

Test(files_dirs, rename_replaces_files_and_empty_dirs)
{
  touch("a"), touch("b");
  fd_call_none("rename", fd_tuple(2, S("a"), S("b")), NULL);
  cr_assert_not(exists("a"));
  cr_assert(exists("b"));
  mkdir("d1", 0777), mkdir("d2", 0777);
  fd_call_none("replace", fd_tuple(2, S("d1"), S("d2")), NULL);
  cr_assert_not(exists("d1"));
  cr_assert(is_dir("d2"));
}

Test(files_dirs, rename_errors_as_documented_for_unix)
{
  touch("f");
  mkdir("d", 0777), mkdir("full", 0777), mkdir("e", 0777);
  touch("full/x");
  fd_call_raises("rename", fd_tuple(2, S("f"), S("d")), NULL, "IsADirectoryError", EISDIR);
  fd_call_raises("rename", fd_tuple(2, S("d"), S("f")), NULL, "NotADirectoryError", ENOTDIR);
  fd_call_raises("replace", fd_tuple(2, S("e"), S("full")), NULL, "OSError", ENOTEMPTY);
  fd_call_raises("rename", fd_tuple(2, S("none"), S("x")), NULL, "FileNotFoundError", ENOENT);
  fd_call_raises("rename", fd_tuple(2, S("f"), osref_int(3)), NULL, "TypeError", 0);
}

Test(files_dirs, rename_with_src_and_dst_dir_fd)
{
  mkdir("s", 0777), mkdir("t", 0777);
  touch("s/f");
  int sfd = open("s", O_RDONLY | O_DIRECTORY | O_CLOEXEC), tfd = open("t", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  fd_call_none("rename", fd_tuple(2, S("f"), S("g")),
               fd_kwargs("src_dir_fd", osref_int(sfd), "dst_dir_fd", osref_int(tfd), NULL));
  cr_assert(exists("t/g"));
  fd_call_none("replace", fd_tuple(2, S("g"), S("h")), fd_kwargs("src_dir_fd", osref_int(tfd), NULL));
  cr_assert(exists("h"));
  fd_call_raises("rename", fd_tuple(2, S("h"), S("i")), fd_kwargs("src_dir_fd", S("x"), NULL), "TypeError", 0);
  close(sfd), close(tfd);
}

Test(files_dirs, renames_makes_and_prunes_directories)
{
  mkdir("old", 0777), mkdir("old/sub", 0777);
  touch("old/sub/f");
  fd_call_none("renames", fd_tuple(2, S("old/sub/f"), S("new/deep/g")), NULL);
  cr_assert(exists("new/deep/g"));
  cr_assert_not(exists("old"), "emptied parents are pruned");
  fd_call_raises("renames", fd_tuple(2, S("none"), S("x/y")), NULL, "FileNotFoundError", ENOENT);
  cr_assert(is_dir("x"), "the new parents are made first");
}

Test(files_dirs, remove_and_unlink)
{
  touch("a"), touch("b");
  mkdir("d", 0777);
  fd_call_none("remove", fd_tuple(1, S("a")), NULL);
  fd_call_none("unlink", fd_tuple(1, B("b")), NULL);
  cr_assert_not(exists("a"));
  cr_assert_not(exists("b"));
  fd_call_raises("remove", fd_tuple(1, S("a")), NULL, "FileNotFoundError", ENOENT);
  fd_call_raises("unlink", fd_tuple(1, S("d")), NULL, "IsADirectoryError", EISDIR);
  touch("d/f");
  int dfd = open("d", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  fd_call_none("remove", fd_tuple(1, S("f")), fd_kwargs("dir_fd", osref_int(dfd), NULL));
  close(dfd);
  cr_assert_not(exists("d/f"));
}

Test(files_dirs, makedirs_leaves_existing_parents_alone)
{
  mkdir("p", 0700);
  chmod("p", 0700);
  fd_call_none("makedirs", fd_tuple(2, S("p/q/r"), osref_int(0750)), NULL);
  struct stat st;
  cr_assert_eq(stat("p", &st), 0);
  cr_assert_eq(st.st_mode & 0777, 0700, "the permission bits of existing parents are not changed");
  mode_t mask = umask(0);
  umask(mask);
  cr_assert_eq(stat("p/q/r", &st), 0);
  cr_assert_eq(st.st_mode & 0777, 0750 & ~mask, "the leaf gets mode");
}

Test(files_dirs, mkfifo_mode_is_masked_by_umask_and_mknod_ignores_device_for_fifos)
{
  mode_t old = umask(027);
  fd_call_none("mkfifo", fd_tuple(2, S("p"), osref_int(0666)), NULL);
  fd_call_none("mknod", fd_tuple(3, S("q"), osref_int(S_IFIFO | 0666), osref_int(0x0103)), NULL);
  umask(old);
  struct stat st;
  cr_assert_eq(stat("p", &st), 0);
  cr_assert_eq(st.st_mode & 0777, 0640);
  cr_assert_eq(lstat("q", &st), 0);
  cr_assert(S_ISFIFO(st.st_mode));
  cr_assert_eq(st.st_rdev, 0, "device is ignored for a FIFO");
}

Test(files_dirs, unreadable_directory_is_a_permission_error)
{
  /* root bypasses permission bits (CI runs as root): nothing to see there */
  if (geteuid() == 0) cr_skip_test("root is not refused");
  mkdir("closed", 0000);
  fd_call_raises("listdir", fd_tuple(1, S("closed")), NULL, "PermissionError", EACCES);
  fd_call_raises("scandir", fd_tuple(1, S("closed")), NULL, "PermissionError", EACCES);
  fd_call_raises("mkdir", fd_tuple(1, S("closed/x")), NULL, "PermissionError", EACCES);
  chmod("closed", 0700);
}
