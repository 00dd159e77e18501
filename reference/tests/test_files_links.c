/* Files and Directories: links, symlinks, FIFOs and device nodes, the
 * supports_* sets, and the shared dir_fd / fd / follow_symlinks rules. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "osref.h"
#include "osref/files.h"
#include "test_fd.h"

#define S(s) osref_str(s)
#define B(s) osref_bytes(s, strlen(s))

TestSuite(files_links, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

static struct stat lstat_of(const char *p)
{
  struct stat st;
  cr_assert_eq(lstat(p, &st), 0, "%s is missing", p);
  return st;
}

static int open_dir(const char *p) { return open(p, O_RDONLY | O_DIRECTORY | O_CLOEXEC); }

Test(files_links, link_makes_a_hard_link)
{
  close(fd_file_with("f", "x"));
  fd_call_none("link", fd_tuple(2, S("f"), S("g")), NULL);
  cr_assert_eq(lstat_of("g").st_ino, lstat_of("f").st_ino);
  cr_assert_eq(lstat_of("f").st_nlink, 2);
  fd_call_raises("link", fd_tuple(2, S("f"), S("g")), NULL, "FileExistsError", EEXIST);
  fd_call_raises("link", fd_tuple(2, S("none"), S("h")), NULL, "FileNotFoundError", ENOENT);
}

Test(files_links, link_dir_fds_and_follow_symlinks)
{
  close(fd_file_with("f", "x"));
  cr_assert_eq(symlink("f", "l"), 0);
  mkdir("d", 0777);
  int dfd = open_dir("d");
  fd_call_none("link", fd_tuple(2, S("f"), S("g")), fd_kwargs("dst_dir_fd", osref_int(dfd), NULL));
  cr_assert_eq(lstat_of("d/g").st_ino, lstat_of("f").st_ino);
  fd_call_none("link", fd_tuple(2, S("g"), S("h")), fd_kwargs("src_dir_fd", osref_int(dfd), NULL));
  cr_assert_eq(lstat_of("h").st_ino, lstat_of("f").st_ino);
  close(dfd);
  fd_call_none("link", fd_tuple(2, S("l"), S("to-target")), NULL);
  cr_assert(S_ISREG(lstat_of("to-target").st_mode), "followed by default");
  fd_call_none("link", fd_tuple(2, S("l"), S("to-link")), fd_kwargs("follow_symlinks", osref_bool(false), NULL));
  cr_assert(S_ISLNK(lstat_of("to-link").st_mode), "the link itself");
}

Test(files_links, symlink_and_readlink_str_and_bytes)
{
  fd_call_none("symlink", fd_tuple(2, S("target/x"), S("l")), NULL);
  osref_error err;
  osref_value *r = fd_call("readlink", fd_tuple(1, S("l")), NULL, &err);
  cr_assert_eq(r->type, OSREF_STR);
  cr_assert_str_eq(r->u.s.data, "target/x");
  osref_decref(r);
  r = fd_call("readlink", fd_tuple(1, osref_pathlike(B("l"))), NULL, &err);
  cr_assert_eq(r->type, OSREF_BYTES, "bytes in, bytes out");
  osref_decref(r);
  fd_call_none("symlink", fd_tuple(3, S("d"), S("ld"), osref_bool(true)), NULL);
  cr_assert(S_ISLNK(lstat_of("ld").st_mode), "target_is_directory is ignored off Windows");
  fd_call_raises("symlink", fd_tuple(2, S("x"), S("l")), NULL, "FileExistsError", EEXIST);
  close(fd_file_with("f", ""));
  fd_call_raises("readlink", fd_tuple(1, S("f")), NULL, "OSError", EINVAL);
  fd_call_raises("readlink", fd_tuple(1, S("none")), NULL, "FileNotFoundError", ENOENT);
}

Test(files_links, readlink_long_target_and_dir_fd)
{
  char target[3000];
  memset(target, 'a', sizeof target - 1);
  target[sizeof target - 1] = '\0';
  mkdir("d", 0777);
  int dfd = open_dir("d");
  fd_call_none("symlink", fd_tuple(2, S(target), S("l")), fd_kwargs("dir_fd", osref_int(dfd), NULL));
  osref_error err;
  osref_value *r = fd_call("readlink", fd_tuple(1, S("l")), fd_kwargs("dir_fd", osref_int(dfd), NULL), &err);
  cr_assert_not_null(r, "%s", err.message);
  cr_assert_eq(r->u.s.len, sizeof target - 1);
  osref_decref(r);
  close(dfd);
}

Test(files_links, mkfifo_and_mknod)
{
  fd_call_none("mkfifo", fd_tuple(1, S("p")), NULL);
  cr_assert(S_ISFIFO(lstat_of("p").st_mode));
  fd_call_raises("mkfifo", fd_tuple(1, S("p")), NULL, "FileExistsError", EEXIST);
  fd_call_none("mknod", fd_tuple(2, S("q"), osref_int(S_IFIFO | 0600)), NULL);
  cr_assert(S_ISFIFO(lstat_of("q").st_mode));
  fd_call_none("mknod", fd_tuple(1, S("r")), NULL);
  cr_assert(S_ISREG(lstat_of("r").st_mode), "mode=0o600: a regular file");
  mkdir("d", 0777);
  int dfd = open_dir("d");
  fd_call_none("mkfifo", fd_tuple(2, S("p"), osref_int(0600)), fd_kwargs("dir_fd", osref_int(dfd), NULL));
  fd_call_none("mknod", fd_tuple(3, S("n"), osref_int(S_IFREG | 0600), osref_int(0)),
               fd_kwargs("dir_fd", osref_int(dfd), NULL));
  close(dfd);
  cr_assert(S_ISFIFO(lstat_of("d/p").st_mode));
  cr_assert(S_ISREG(lstat_of("d/n").st_mode));
  fd_call_raises("mknod", fd_tuple(1, S("no/x")), NULL, "FileNotFoundError", ENOENT);
  fd_call_raises("mknod", fd_tuple(2, S("x"), S("0")), NULL, "TypeError", 0);
}

Test(files_links, mknod_character_device_as_root)
{
  if (geteuid() != 0) cr_skip_test("creating a device node needs root");
  fd_call_none("mknod", fd_tuple(3, S("null"), osref_int(S_IFCHR | 0600), osref_int(makedev(1, 3))), NULL);
  struct stat st = lstat_of("null");
  cr_assert(S_ISCHR(st.st_mode));
  cr_assert_eq(major(st.st_rdev), 1);
  cr_assert_eq(minor(st.st_rdev), 3);
}

static bool in_set(const char *set, const char *name)
{
  osref_error err = {0};
  osref_value *v = osref_getattr(set, &err);
  cr_assert_not_null(v, "%s: %s", set, err.message);
  cr_assert_eq(v->type, OSREF_SET);
  bool found = false;
  for (size_t i = 0; i < v->u.seq.len; i++) found |= strcmp(v->u.seq.items[i]->u.s.data, name) == 0;
  osref_decref(v);
  return found;
}

Test(files_links, supports_sets_as_cpython_computes_them)
{
  cr_assert(in_set("supports_dir_fd", "stat"));
  cr_assert(in_set("supports_dir_fd", "unlink"));
  cr_assert(in_set("supports_dir_fd", "mkdir"));
  cr_assert_not(in_set("supports_dir_fd", "remove"), "os.remove is not os.unlink");
  cr_assert_not(in_set("supports_dir_fd", "listdir"));
  cr_assert(in_set("supports_fd", "stat"), "fstat always works");
  cr_assert(in_set("supports_fd", "listdir"));
  cr_assert(in_set("supports_fd", "scandir"));
  cr_assert_not(in_set("supports_fd", "mkdir"));
  cr_assert(in_set("supports_follow_symlinks", "stat"));
  cr_assert_not(in_set("supports_follow_symlinks", "chmod"), "Linux: no lchmod");
  cr_assert(in_set("supports_effective_ids", "access"));
  cr_assert_not(in_set("supports_effective_ids", "stat"));
  cr_assert(osref_supports_has(OSREF_SUPPORTS_DIR_FD, "remove"), "remove honours dir_fd all the same");
}

Test(files_links, fd_with_dir_fd_or_follow_symlinks_is_a_value_error)
{
  close(fd_file_with("f", ""));
  int fd = open("f", O_RDONLY | O_CLOEXEC), dfd = open_dir(".");
  fd_call_raises("chmod", fd_tuple(2, osref_int(fd), osref_int(0600)),
                 fd_kwargs("dir_fd", osref_int(dfd), NULL), "ValueError", 0);
  fd_call_raises("utime", fd_tuple(1, osref_int(fd)), fd_kwargs("follow_symlinks", osref_bool(false), NULL),
                 "ValueError", 0);
  fd_call_raises("chown", fd_tuple(3, osref_int(fd), osref_int(-1), osref_int(-1)),
                 fd_kwargs("follow_symlinks", osref_bool(false), NULL), "ValueError", 0);
  close(fd), close(dfd);
}

Test(files_links, paths_that_cannot_be_fds_and_absent_names)
{
  close(fd_file_with("f", ""));
  fd_call_raises("mkdir", fd_tuple(1, osref_int(3)), NULL, "TypeError", 0);
  fd_call_raises("rename", fd_tuple(2, osref_int(3), S("x")), NULL, "TypeError", 0);
  osref_error err = {0};
  osref_value *r = osref_getattr("lchflags", &err);
  cr_assert_null(r);
  cr_assert_str_eq(err.type, "AttributeError");
  r = osref_getattr("listdrives", &err);
  cr_assert_null(r, "listdrives is documented for Windows only");
  cr_assert_str_eq(osref_lookup("listvolumes")->absent, "documented for Windows only");
}

Test(files_links, every_path_argument_refuses_a_wrong_type)
{
  static const char *const one_path[] = {
    "access", "chdir", "chmod", "chown", "chroot", "lchown", "listdir", "lstat", "makedirs", "mkdir",
    "mkfifo", "mknod", "pathconf", "readlink", "remove", "removedirs", "rmdir", "scandir", "stat",
    "statvfs", "truncate", "unlink", "utime", "walk", "fwalk", "getxattr", "listxattr", "removexattr",
    "setxattr",
  };
  for (size_t i = 0; i < sizeof one_path / sizeof one_path[0]; i++) {
    osref_error err;
    osref_value *r = fd_call(one_path[i], fd_tuple(1, osref_float(1.5)), NULL, &err);
    cr_assert_null(r, "%s accepted a float path", one_path[i]);
    cr_assert(!strcmp(err.type, "TypeError"), "%s raised %s: %s", one_path[i], err.type, err.message);
  }
  fd_call_raises("link", fd_tuple(2, osref_float(1), S("x")), NULL, "TypeError", 0);
  fd_call_raises("symlink", fd_tuple(2, S("x"), osref_float(1)), NULL, "TypeError", 0);
  fd_call_raises("renames", fd_tuple(2, S("x"), osref_float(1)), NULL, "TypeError", 0);
}

Test(files_links, dir_fd_with_follow_symlinks_false_on_chmod_and_chown)
{
  close(fd_file_with("f", ""));
  cr_assert_eq(symlink("f", "l"), 0);
  int dfd = open_dir(".");
  fd_call_raises("chmod", fd_tuple(2, S("l"), osref_int(0600)),
                 fd_kwargs("dir_fd", osref_int(dfd), "follow_symlinks", osref_bool(false), NULL), "ValueError", 0);
  fd_call_none("chown", fd_tuple(3, S("l"), osref_int(-1), osref_int(-1)),
               fd_kwargs("dir_fd", osref_int(dfd), "follow_symlinks", osref_bool(false), NULL));
  fd_call_none("chown", fd_tuple(3, S("f"), osref_int(-1), osref_int(-1)), fd_kwargs("dir_fd", osref_int(dfd), NULL));
  close(dfd);
}

Test(files_links, sync_and_removedirs_with_a_trailing_slash)
{
  fd_call_none("sync", fd_tuple(0), NULL);
  fd_call_raises("sync", fd_tuple(1, osref_int(0)), NULL, "TypeError", 0);
  mkdir("a", 0777), mkdir("a/b", 0777);
  fd_call_none("removedirs", fd_tuple(1, S("a/b/")), NULL);
  struct stat st;
  cr_assert_neq(lstat("a", &st), 0, "the parent is pruned too");
}
