/* Files and Directories: stat, lstat, stat_result, statvfs, utime,
 * truncate, access, chmod, chown, device numbers and pathconf. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>
#include "osref.h"
#include "osref/files.h"
#include "test_fd.h"

#define S(s) osref_str(s)

TestSuite(files_stat, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

static osref_value *call_ok(const char *fn, osref_value *args, osref_value *kwargs)
{
  osref_error err;
  osref_value *r = fd_call(fn, args, kwargs, &err);
  cr_assert_not_null(r, "%s raised %s: %s", fn, err.type, err.message);
  return r;
}

static int64_t field(const osref_value *st, const char *name)
{
  const osref_value *v = osref_struct_get(st, name);
  cr_assert_not_null(v, "no field %s", name);
  cr_assert_eq(v->type, OSREF_INT, "%s is a %s", name, osref_type_name(v));
  return v->u.i;
}

static double float_field(const osref_value *st, const char *name)
{
  const osref_value *v = osref_struct_get(st, name);
  cr_assert_not_null(v);
  cr_assert_eq(v->type, OSREF_FLOAT, "%s is a float", name);
  return v->u.f;
}

Test(files_stat, stat_result_fields_match_struct_stat)
{
  close(fd_file_with("f", "12345"));
  struct stat st;
  cr_assert_eq(stat("f", &st), 0);
  osref_value *r = call_ok("stat", fd_tuple(1, S("f")), NULL);
  cr_assert_eq(r->type, OSREF_STRUCT);
  cr_assert_str_eq(osref_type_name(r), "stat_result");
  cr_assert_eq(field(r, "st_mode"), st.st_mode);
  cr_assert_eq(field(r, "st_ino"), (int64_t)st.st_ino);
  cr_assert_eq(field(r, "st_dev"), (int64_t)st.st_dev);
  cr_assert_eq(field(r, "st_nlink"), 1);
  cr_assert_eq(field(r, "st_uid"), st.st_uid);
  cr_assert_eq(field(r, "st_gid"), st.st_gid);
  cr_assert_eq(field(r, "st_size"), 5);
  cr_assert_eq(field(r, "st_mtime_ns"), st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec);
  cr_assert(fabs(float_field(r, "st_mtime") - (st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9)) < 1e-6);
  cr_assert_eq(field(r, "st_blksize"), st.st_blksize);
  cr_assert_eq(field(r, "st_blocks"), st.st_blocks);
  cr_assert_eq(field(r, "st_rdev"), (int64_t)st.st_rdev);
  osref_decref(r);
}

Test(files_stat, stat_result_as_a_tuple_is_ten_integers)
{
  close(fd_file_with("f", ""));
  osref_value *r = call_ok("stat", fd_tuple(1, S("f")), NULL);
  cr_assert_eq(r->u.st.n_sequence, 10);
  for (size_t i = 0; i < 10; i++) cr_assert_eq(r->u.st.items[i]->type, OSREF_INT, "item %zu", i);
  cr_assert_eq(r->u.st.items[8]->u.i, (int64_t)floor(float_field(r, "st_mtime")));
  osref_error err = {0};
  osref_value *a = osref_attr(r, "st_birthtime", &err);
  cr_assert_null(a);
  cr_assert_str_eq(err.type, "AttributeError", "not always available: AttributeError");
  osref_decref(r);
}

Test(files_stat, lstat_does_not_follow_and_stat_follows)
{
  close(fd_file_with("f", "abc"));
  cr_assert_eq(symlink("f", "l"), 0);
  osref_value *s = call_ok("stat", fd_tuple(1, S("l")), NULL);
  osref_value *l = call_ok("lstat", fd_tuple(1, S("l")), NULL);
  osref_value *n = call_ok("stat", fd_tuple(1, S("l")), fd_kwargs("follow_symlinks", osref_bool(false), NULL));
  cr_assert(S_ISREG(field(s, "st_mode")));
  cr_assert(S_ISLNK(field(l, "st_mode")));
  cr_assert_eq(field(l, "st_size"), 1, "a symlink's size is the length of its target");
  cr_assert(osref_equal(l, n), "lstat(p) == stat(p, follow_symlinks=False)");
  osref_decref(s), osref_decref(l), osref_decref(n);
}

Test(files_stat, stat_fd_and_dir_fd)
{
  int fd = fd_file_with("f", "xy");
  osref_value *a = call_ok("stat", fd_tuple(1, osref_int(fd)), NULL);
  cr_assert_eq(field(a, "st_size"), 2);
  osref_value *root = call_ok("stat", fd_tuple(1, S("f")), fd_kwargs("dir_fd", osref_int(AT_FDCWD), NULL));
  cr_assert_eq(field(root, "st_ino"), field(a, "st_ino"));
  int dfd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  fd_call_raises("stat", fd_tuple(1, osref_int(fd)), fd_kwargs("dir_fd", osref_int(dfd), NULL),
                 "ValueError", 0);
  close(dfd);
  fd_call_raises("stat", fd_tuple(1, osref_int(fd)), fd_kwargs("follow_symlinks", osref_bool(false), NULL),
                 "ValueError", 0);
  close(fd);
  fd_call_raises("stat", fd_tuple(1, osref_int(fd)), NULL, "OSError", EBADF);
  fd_call_raises("lstat", fd_tuple(1, osref_int(0)), NULL, "TypeError", 0);
  osref_decref(a), osref_decref(root);
}

Test(files_stat, stat_errors)
{
  close(fd_file_with("f", ""));
  fd_call_raises("stat", fd_tuple(1, S("none")), NULL, "FileNotFoundError", ENOENT);
  fd_call_raises("stat", fd_tuple(1, S("f/x")), NULL, "NotADirectoryError", ENOTDIR);
  fd_call_raises("stat", fd_tuple(1, osref_none()), NULL, "TypeError", 0);
  fd_call_raises("stat", fd_tuple(1, osref_strn("a\0b", 3)), NULL, "ValueError", 0);
  fd_call_raises("stat", fd_tuple(0), NULL, "TypeError", 0);
  fd_call_raises("stat", fd_tuple(1, S("f")), fd_kwargs("bogus", osref_int(1), NULL), "TypeError", 0);
  fd_call_raises("stat", fd_tuple(2, S("f"), osref_none()), NULL, "TypeError", 0);
}

Test(files_stat, typed_stat_result_from_struct)
{
  struct stat st = {0};
  st.st_mode = S_IFREG | 0600;
  st.st_size = 42;
  st.st_atim.tv_sec = 1, st.st_atim.tv_nsec = 500000000;
  osref_value *r = osref_stat_result_from(&st);
  cr_assert_eq(field(r, "st_size"), 42);
  cr_assert_eq(field(r, "st_atime_ns"), 1500000000);
  cr_assert_float_eq(float_field(r, "st_atime"), 1.5, 1e-9);
  cr_assert_eq(r->u.st.items[7]->u.i, 1, "the tuple's st_atime is an int");
  osref_decref(r);
}

Test(files_stat, statvfs_path_and_fd)
{
  struct statvfs st;
  cr_assert_eq(statvfs(".", &st), 0);
  osref_value *r = call_ok("statvfs", fd_tuple(1, S(".")), NULL);
  cr_assert_str_eq(osref_type_name(r), "statvfs_result");
  cr_assert_eq(r->u.st.n_sequence, 10);
  cr_assert_eq(field(r, "f_bsize"), (int64_t)st.f_bsize);
  cr_assert_eq(field(r, "f_namemax"), (int64_t)st.f_namemax);
  cr_assert_eq(field(r, "f_fsid"), (int64_t)st.f_fsid);
  int fd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  osref_value *f = call_ok("statvfs", fd_tuple(1, osref_int(fd)), NULL);
  cr_assert_eq(field(f, "f_bsize"), (int64_t)st.f_bsize);
  close(fd);
  fd_call_raises("statvfs", fd_tuple(1, S("none")), NULL, "FileNotFoundError", ENOENT);
  osref_decref(r), osref_decref(f);
}

static int64_t mtime_ns(const char *p)
{
  struct stat st;
  cr_assert_eq(lstat(p, &st), 0);
  return st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
}

Test(files_stat, utime_times_ns_and_now)
{
  close(fd_file_with("f", ""));
  fd_call_none("utime", fd_tuple(2, S("f"), fd_tuple(2, osref_int(100), osref_float(200.25))), NULL);
  cr_assert_eq(mtime_ns("f"), 200250000000LL);
  fd_call_none("utime", fd_tuple(2, S("f"), fd_tuple(2, osref_int(0), osref_float(1700000000.123456789))), NULL);
  cr_assert_eq(mtime_ns("f") / 1000, 1700000000123456LL, "microseconds survive a large float");
  fd_call_none("utime", fd_tuple(2, S("f"), fd_tuple(2, osref_int(0), osref_float(-1.25))), NULL);
  cr_assert_eq(mtime_ns("f"), -1250000000LL, "floored: before the epoch");
  fd_call_none("utime", fd_tuple(1, S("f")), fd_kwargs("ns", fd_tuple(2, osref_int(5), osref_int(1234567891)), NULL));
  cr_assert_eq(mtime_ns("f"), 1234567891);
  fd_call_none("utime", fd_tuple(1, S("f")), NULL);
  int64_t now_ns = (int64_t)time(NULL) * 1000000000LL;
  cr_assert(llabs(mtime_ns("f") - now_ns) < 600 * 1000000000LL, "None: the current time");
  int fd = open("f", O_RDWR | O_CLOEXEC);
  fd_call_none("utime", fd_tuple(2, osref_int(fd), fd_tuple(2, osref_int(1), osref_int(2))), NULL);
  close(fd);
  cr_assert_eq(mtime_ns("f"), 2000000000LL);
}

Test(files_stat, utime_on_a_symlink_itself)
{
  close(fd_file_with("f", ""));
  cr_assert_eq(symlink("f", "l"), 0);
  int64_t target = mtime_ns("f");
  fd_call_none("utime", fd_tuple(2, S("l"), fd_tuple(2, osref_int(7), osref_int(8))),
               fd_kwargs("follow_symlinks", osref_bool(false), NULL));
  cr_assert_eq(mtime_ns("l"), 8000000000LL);
  cr_assert_eq(mtime_ns("f"), target);
}

Test(files_stat, utime_errors)
{
  close(fd_file_with("f", ""));
  fd_call_raises("utime", fd_tuple(2, S("f"), fd_tuple(2, osref_int(1), osref_int(2))),
                 fd_kwargs("ns", fd_tuple(2, osref_int(1), osref_int(2)), NULL), "ValueError", 0);
  fd_call_raises("utime", fd_tuple(2, S("f"), fd_tuple(1, osref_int(1))), NULL, "TypeError", 0);
  fd_call_raises("utime", fd_tuple(2, S("f"), osref_list()), NULL, "TypeError", 0);
  fd_call_raises("utime", fd_tuple(1, S("f")), fd_kwargs("ns", fd_tuple(2, osref_float(1), osref_int(2)), NULL),
                 "TypeError", 0);
  fd_call_raises("utime", fd_tuple(1, S("none")), NULL, "FileNotFoundError", ENOENT);
}

Test(files_stat, truncate_path_and_fd)
{
  close(fd_file_with("f", "0123456789"));
  fd_call_none("truncate", fd_tuple(2, S("f"), osref_int(4)), NULL);
  struct stat st;
  stat("f", &st);
  cr_assert_eq(st.st_size, 4);
  int fd = open("f", O_RDWR | O_CLOEXEC);
  fd_call_none("truncate", fd_tuple(2, osref_int(fd), osref_int(100)), NULL);
  stat("f", &st);
  cr_assert_eq(st.st_size, 100, "at most length bytes: a file can grow");
  fd_call_raises("truncate", fd_tuple(2, S("f"), osref_int(-1)), NULL, "OSError", EINVAL);
  fd_call_raises("truncate", fd_tuple(2, S("f"), S("1")), NULL, "TypeError", 0);
  close(fd);
  fd_call_raises("truncate", fd_tuple(2, osref_int(fd), osref_int(0)), NULL, "OSError", EBADF);
  fd_call_raises("truncate", fd_tuple(2, S("none"), osref_int(0)), NULL, "FileNotFoundError", ENOENT);
}

Test(files_stat, access_modes)
{
  close(fd_file_with("f", ""));
  chmod("f", 0600);
  cr_assert(fd_call_bool("access", fd_tuple(2, S("f"), osref_int(fd_const("F_OK"))), NULL));
  cr_assert(fd_call_bool("access", fd_tuple(2, S("f"), osref_int(fd_const("R_OK") | fd_const("W_OK"))), NULL));
  cr_assert_not(fd_call_bool("access", fd_tuple(2, S("none"), osref_int(fd_const("F_OK"))), NULL));
  if (geteuid() != 0)   /* root passes X_OK only where some x bit is set: none here */
    cr_assert_not(fd_call_bool("access", fd_tuple(2, S("f"), osref_int(fd_const("X_OK"))), NULL));
  cr_assert_not(fd_call_bool("access", fd_tuple(2, S("f"), osref_int(fd_const("X_OK"))), NULL));
  cr_assert(fd_call_bool("access", fd_tuple(2, S("f"), osref_int(fd_const("F_OK"))),
                         fd_kwargs("effective_ids", osref_bool(true), "follow_symlinks", osref_bool(false),
                                   "dir_fd", osref_int(AT_FDCWD), NULL)));
  cr_assert_eq(fd_const("F_OK"), F_OK);
  cr_assert_eq(fd_const("X_OK"), X_OK);
  fd_call_raises("access", fd_tuple(2, S("f"), S("r")), NULL, "TypeError", 0);
}

static int mode_of(const char *p)
{
  struct stat st;
  cr_assert_eq(lstat(p, &st), 0);
  return st.st_mode & 07777;
}

Test(files_stat, chmod_path_fd_dir_fd)
{
  close(fd_file_with("f", ""));
  fd_call_none("chmod", fd_tuple(2, S("f"), osref_int(0640)), NULL);
  cr_assert_eq(mode_of("f"), 0640);
  int fd = open("f", O_RDONLY | O_CLOEXEC);
  fd_call_none("chmod", fd_tuple(2, osref_int(fd), osref_int(0604)), NULL);
  cr_assert_eq(mode_of("f"), 0604);
  close(fd);
  fd_call_none("chmod", fd_tuple(2, S("f"), osref_int(0600)), fd_kwargs("dir_fd", osref_int(AT_FDCWD), NULL));
  cr_assert_eq(mode_of("f"), 0600);
  fd_call_raises("chmod", fd_tuple(2, S("none"), osref_int(0600)), NULL, "FileNotFoundError", ENOENT);
  fd_call_raises("chmod", fd_tuple(2, S("f"), osref_float(1)), NULL, "TypeError", 0);
}

Test(files_stat, chmod_symlink_without_following_is_not_implemented)
{
  close(fd_file_with("f", ""));
  cr_assert_eq(symlink("f", "l"), 0);
  osref_error err;
  osref_value *r = fd_call("chmod", fd_tuple(2, S("l"), osref_int(0600)),
                           fd_kwargs("follow_symlinks", osref_bool(false), NULL), &err);
  if (r) {   /* a system that can change a symlink's mode */
    osref_decref(r);
    cr_assert_eq(mode_of("l"), 0600);
  } else {
    cr_assert_str_eq(err.type, "NotImplementedError");
  }
  osref_value *lchmod = osref_lookup("lchmod") ? osref_getattr("lchmod", &err) : NULL;
  if (!lchmod) cr_assert_str_eq(err.type, "AttributeError", "lchmod is absent: not Linux");
  osref_decref(lchmod);
}

Test(files_stat, chown_keeps_ids_with_minus_one)
{
  close(fd_file_with("f", ""));
  cr_assert_eq(symlink("f", "l"), 0);
  struct stat st;
  stat("f", &st);
  fd_call_none("chown", fd_tuple(3, S("f"), osref_int(-1), osref_int(-1)), NULL);
  fd_call_none("chown", fd_tuple(3, S("f"), osref_int(st.st_uid), osref_int(st.st_gid)), NULL);
  fd_call_none("lchown", fd_tuple(3, S("l"), osref_int(-1), osref_int(st.st_gid)), NULL);
  fd_call_none("chown", fd_tuple(3, S("l"), osref_int(-1), osref_int(-1)),
               fd_kwargs("follow_symlinks", osref_bool(false), "dir_fd", osref_int(AT_FDCWD), NULL));
  int fd = open("f", O_RDONLY | O_CLOEXEC);
  fd_call_none("chown", fd_tuple(3, osref_int(fd), osref_int(-1), osref_int(-1)), NULL);
  close(fd);
  fd_call_raises("chown", fd_tuple(3, S("f"), osref_int(-2), osref_int(-1)), NULL, "OverflowError", 0);
  fd_call_raises("chown", fd_tuple(3, S("f"), S("root"), osref_int(-1)), NULL, "TypeError", 0);
  fd_call_raises("chown", fd_tuple(3, S("none"), osref_int(-1), osref_int(-1)), NULL, "FileNotFoundError", ENOENT);
  if (geteuid() != 0)   /* root may give files away; others may not */
    fd_call_raises("chown", fd_tuple(3, S("f"), osref_int(0), osref_int(-1)), NULL, "PermissionError", EPERM);
}

Test(files_stat, device_numbers_round_trip)
{
  int64_t dev = fd_call_int("makedev", fd_tuple(2, osref_int(8), osref_int(17)), NULL);
  cr_assert_eq(dev, (int64_t)makedev(8, 17));
  cr_assert_eq(fd_call_int("major", fd_tuple(1, osref_int(dev)), NULL), 8);
  cr_assert_eq(fd_call_int("minor", fd_tuple(1, osref_int(dev)), NULL), 17);
  cr_assert_eq(osref_major(osref_makedev(300, 70000)), 300);
  fd_call_raises("major", fd_tuple(0), fd_kwargs("device", osref_int(1), NULL), "TypeError", 0);
  fd_call_raises("minor", fd_tuple(1, S("1")), NULL, "TypeError", 0);
  fd_call_raises("makedev", fd_tuple(2, osref_int(-1), osref_int(0)), NULL, "OverflowError", 0);
}

Test(files_stat, pathconf_by_name_and_number)
{
  long name_max = pathconf(".", _PC_NAME_MAX);
  cr_assert_eq(fd_call_int("pathconf", fd_tuple(2, S("."), S("PC_NAME_MAX")), NULL), name_max);
  cr_assert_eq(fd_call_int("pathconf", fd_tuple(2, S("."), osref_int(_PC_NAME_MAX)), NULL), name_max);
  int fd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  cr_assert_eq(fd_call_int("pathconf", fd_tuple(2, osref_int(fd), S("PC_NAME_MAX")), NULL), name_max);
  close(fd);
  fd_call_raises("pathconf", fd_tuple(2, S("."), S("PC_NOPE")), NULL, "ValueError", 0);
  fd_call_raises("pathconf", fd_tuple(2, S("."), osref_float(1)), NULL, "TypeError", 0);
  fd_call_raises("pathconf", fd_tuple(2, S("."), osref_int(9999)), NULL, "OSError", EINVAL);
  fd_call_raises("pathconf", fd_tuple(2, S("none"), S("PC_NAME_MAX")), NULL, "FileNotFoundError", ENOENT);
  osref_error err = {0};
  osref_value *names = osref_getattr("pathconf_names", &err);
  cr_assert_eq(names->type, OSREF_DICT);
  cr_assert_eq(osref_dict_get(names, "PC_NAME_MAX")->u.i, _PC_NAME_MAX);
  cr_assert_eq(osref_dict_get(names, "PC_PATH_MAX")->u.i, _PC_PATH_MAX);
  osref_decref(names);
}
