/* File Descriptor Operations that move data or change the file: pread,
 * pwrite, readv, writev, preadv, pwritev, readinto, sendfile, splice,
 * copy_file_range, ftruncate, posix_fallocate, posix_fadvise, fsync,
 * fdatasync, lockf, fstat, fstatvfs, fpathconf, fchmod, fchown. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>
#include "osref/fd.h"
#include "test_fd.h"

TestSuite(fd_io, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

static osref_value *I(int64_t i) { return osref_int(i); }
static osref_value *B(const char *s) { return osref_bytes(s, strlen(s)); }

static off_t position(int fd) { return lseek(fd, 0, SEEK_CUR); }

static void assert_content(const char *path, const char *want)
{
  char buf[256] = {0};
  int fd = open(path, O_RDONLY);
  cr_assert_geq(fd, 0);
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  cr_assert_eq(n, (ssize_t)strlen(want), "%s holds %zd bytes", path, n);
  cr_assert_str_eq(buf, want);
}

Test(fd_io, pread_reads_at_offset_leaving_the_offset_unchanged)
{
  int fd = fd_file_with("f", "0123456789");
  osref_error err;
  osref_value *r = fd_call("pread", fd_tuple(3, I(fd), I(3), I(4)), NULL, &err);
  cr_assert_eq(r->u.s.len, 3);
  cr_assert_eq(memcmp(r->u.s.data, "456", 3), 0);
  osref_decref(r);
  cr_assert_eq(position(fd), 0, "leaving the file offset unchanged");
  r = fd_call("pread", fd_tuple(3, I(fd), I(3), I(10)), NULL, &err);
  cr_assert_eq(r->type, OSREF_BYTES);
  cr_assert_eq(r->u.s.len, 0, "at end of file, an empty bytes object");
  osref_decref(r);
  fd_call_raises("pread", fd_tuple(3, I(fd), I(-1), I(0)), NULL, "OSError", EINVAL);
  fd_call_raises("pread", fd_tuple(3, I(fd), I(1), I(-1)), NULL, "OSError", EINVAL);
  close(fd);
  fd_call_raises("pread", fd_tuple(3, I(fd), I(1), I(0)), NULL, "OSError", EBADF);
}

Test(fd_io, pwrite_writes_at_offset_leaving_the_offset_unchanged)
{
  int fd = fd_file_with("f", "0123456789");
  cr_assert_eq(fd_call_int("pwrite", fd_tuple(3, I(fd), B("ab"), I(8)), NULL), 2);
  cr_assert_eq(position(fd), 0);
  assert_content("f", "01234567ab");
  fd_call_raises("pwrite", fd_tuple(3, I(fd), osref_str("ab"), I(0)), NULL, "TypeError", 0);
  fd_call_raises("pwrite", fd_tuple(3, I(fd), B("ab"), I(-1)), NULL, "OSError", EINVAL);
  close(fd);
}

Test(fd_io, readv_fills_each_buffer_in_turn)
{
  int fd = fd_file_with("f", "abcdefg");
  char b1[3], b2[6] = "......";
  struct iovec iov[] = {{b1, sizeof b1}, {b2, sizeof b2}};
  osref_error err = {0};
  cr_assert_eq(osref_readv(fd, iov, 2, &err), 7, "less than the total capacity at end of file");
  cr_assert_eq(memcmp(b1, "abc", 3), 0, "the first buffer is filled first");
  cr_assert_eq(memcmp(b2, "defg..", 6), 0);
  /* No mutable buffer in the value model: bytes is refused as Python refuses it. */
  fd_call_raises("readv", fd_tuple(2, I(fd), fd_tuple(1, B("..."))), NULL, "BufferError", 0);
  fd_call_raises("readv", fd_tuple(2, I(fd), B("x")), NULL, "TypeError", 0);
  fd_call_raises("readv", fd_tuple(2, I(fd), fd_tuple(1, I(1))), NULL, "TypeError", 0);
  cr_assert_eq(fd_call_int("readv", fd_tuple(2, I(fd), fd_tuple(0)), NULL), 0);
  close(fd);
  cr_assert_eq(osref_readv(fd, iov, 2, &err), -1);
  cr_assert_eq(err.errnum, EBADF);
}

Test(fd_io, writev_writes_buffers_in_array_order)
{
  int fd = fd_file_with("f", "");
  cr_assert_eq(fd_call_int("writev", fd_tuple(2, I(fd), fd_tuple(3, B("ab"), B(""), B("cde"))), NULL), 5);
  assert_content("f", "abcde");
  close(fd);
  fd_call_raises("writev", fd_tuple(2, I(fd), fd_tuple(1, B("x"))), NULL, "OSError", EBADF);
}

Test(fd_io, preadv_and_pwritev_use_the_offset_not_the_position)
{
  int fd = fd_file_with("f", "0123456789");
  cr_assert_eq(fd_call_int("pwritev", fd_tuple(3, I(fd), fd_tuple(2, B("A"), B("B")), I(4)), NULL), 2);
  cr_assert_eq(position(fd), 0);
  assert_content("f", "0123AB6789");
  char buf[4];
  struct iovec iov = {buf, sizeof buf};
  osref_error err = {0};
  cr_assert_eq(osref_preadv(fd, &iov, 1, 3, 0, &err), 4);
  cr_assert_eq(memcmp(buf, "3AB6", 4), 0);
  cr_assert_eq(position(fd), 0);
  /* flags: RWF_* are accepted where the kernel has them (Linux >= 4.6) */
  cr_assert_eq(osref_preadv(fd, &iov, 1, 0, RWF_HIPRI, &err), 4);
  cr_assert_eq(osref_preadv(fd, &iov, 1, 0, -1, &err), -1);
  cr_assert_eq(err.errnum, EOPNOTSUPP);
  cr_assert_eq(fd_call_int("pwritev", fd_tuple(4, I(fd), fd_tuple(1, B("Z")), I(0),
                                               I(fd_const("RWF_DSYNC"))), NULL), 1);
  cr_assert_eq(fd_call_int("pwritev", fd_tuple(4, I(fd), fd_tuple(1, B("E")), I(-1),
                                               I(fd_const("RWF_APPEND"))), NULL), 1);
  assert_content("f", "Z123AB6789E");
  cr_assert_eq(position(fd), 11, "RWF_APPEND with offset -1 updates the file offset");
  fd_call_raises("pwritev", fd_tuple(4, I(fd), fd_tuple(1, B("Z")), I(0), I(-1)), NULL,
                 "OSError", EOPNOTSUPP);
  fd_call_raises("preadv", fd_tuple(3, I(fd), fd_tuple(1, B("....")), I(0)), NULL, "BufferError", 0);
  cr_assert_eq(fd_call_int("preadv", fd_tuple(3, I(fd), fd_tuple(0), I(0)), NULL), 0);
  fd_call_raises("preadv", fd_tuple(2, I(fd), fd_tuple(0)), NULL, "TypeError", 0);
  close(fd);
}

Test(fd_io, readinto_fills_the_buffer_and_returns_the_count)
{
  int fd = fd_file_with("f", "xyz");
  char buf[5] = "-----";
  osref_error err = {0};
  cr_assert_eq(osref_readinto(fd, buf, sizeof buf, &err), 3, "less than the size of the buffer");
  cr_assert_eq(memcmp(buf, "xyz--", 5), 0);
  cr_assert_eq(osref_readinto(fd, buf, sizeof buf, &err), 0, "0 at end of file");
  cr_assert_eq(lseek(fd, 0, SEEK_SET), 0);
  cr_assert_eq(osref_readinto(fd, buf, 0, &err), 0, "0 for a buffer of length 0");
  /* buffer must be mutable: bytes (the value model's only buffer) is refused. */
  fd_call_raises("readinto", fd_tuple(2, I(fd), B("abc")), NULL, "TypeError", 0);
  fd_call_raises("readinto", fd_tuple(2, I(fd), osref_str("abc")), NULL, "TypeError", 0);
  fd_call_raises("readinto", fd_tuple(2, osref_str("0"), B("a")), NULL, "TypeError", 0);
  close(fd);
  cr_assert_eq(osref_readinto(fd, buf, sizeof buf, &err), -1);
  cr_assert_str_eq(err.type, "OSError");
  cr_assert_eq(err.errnum, EBADF);
}

Test(fd_io, sendfile_copies_count_bytes_from_offset)
{
  int in = fd_file_with("in", "0123456789");
  int out = fd_file_with("out", "");
  cr_assert_eq(fd_call_int("sendfile", fd_tuple(4, I(out), I(in), I(2), I(3)), NULL), 3);
  cr_assert_eq(position(in), 0, "an explicit offset leaves in_fd's position");
  cr_assert_eq(fd_call_int("sendfile", fd_tuple(4, I(out), I(in), osref_none(), I(4)), NULL), 4);
  cr_assert_eq(position(in), 4, "offset None reads from and updates the position");
  cr_assert_eq(fd_call_int("sendfile", fd_tuple(4, I(out), I(in), I(10), I(4)), NULL), 0,
               "0 at EOF");
  assert_content("out", "2340123");
  fd_call_raises("sendfile", fd_tuple(4, I(out), I(in), I(0), I(-1)), NULL, "OSError", EINVAL);
  fd_call_raises("sendfile", fd_tuple(4, I(out), I(fd_closed()), I(0), I(1)), NULL, "OSError", EBADF);
  close(in), close(out);
}

Test(fd_io, splice_moves_bytes_through_a_pipe)
{
  int in = fd_file_with("in", "hello world");
  int out = fd_file_with("out", "");
  int p[2];
  cr_assert_eq(pipe(p), 0);
  cr_assert_eq(fd_call_int("splice", fd_tuple(4, I(in), I(p[1]), I(5), I(6)), NULL), 5);
  cr_assert_eq(position(in), 0, "an explicit offset_src leaves the position");
  cr_assert_eq(fd_call_int("splice", fd_tuple(3, I(p[0]), I(out), I(5)),
                           fd_kwargs("flags", I(fd_const("SPLICE_F_MOVE")), NULL)), 5);
  assert_content("out", "world");
  fd_call_raises("splice", fd_tuple(5, I(p[0]), I(out), I(1), I(0), osref_none()), NULL,
                 "OSError", ESPIPE);  /* "the offset of a pipe must be None" */
  fd_call_raises("splice", fd_tuple(3, I(in), I(out), I(1)), NULL, "OSError", EINVAL);
  fd_call_raises("splice", fd_tuple(3, I(in), I(out), I(-1)), NULL, "ValueError", 0);
  close(p[1]);
  cr_assert_eq(fd_call_int("splice", fd_tuple(3, I(p[0]), I(out), I(5)), NULL), 0,
               "0 when the pipe has no writers");
  close(p[0]), close(in), close(out);
}

Test(fd_io, copy_file_range_copies_and_returns_the_count)
{
  int src = fd_file_with("src", "0123456789");
  int dst = fd_file_with("dst", "");
  cr_assert_eq(fd_call_int("copy_file_range", fd_tuple(3, I(src), I(dst), I(4)), NULL), 4);
  cr_assert_eq(position(src), 4, "offset_src None: read from the current position");
  cr_assert_eq(fd_call_int("copy_file_range", fd_tuple(3, I(src), I(dst), I(2)),
                           fd_kwargs("offset_src", I(8), "offset_dst", I(10), NULL)), 2);
  cr_assert_eq(position(src), 4, "an explicit offset leaves the position");
  cr_assert_eq(fd_call_int("copy_file_range", fd_tuple(5, I(src), I(dst), I(5), I(10), osref_none()),
                           NULL), 0, "nothing past the end");
  char buf[16] = {0};
  cr_assert_eq(pread(dst, buf, sizeof buf, 0), 12);
  cr_assert_eq(memcmp(buf, "0123\0\0\0\0\0\0" "89", 12), 0);
  fd_call_raises("copy_file_range", fd_tuple(3, I(src), I(dst), I(-1)), NULL, "ValueError", 0);
  fd_call_raises("copy_file_range", fd_tuple(3, I(fd_closed()), I(dst), I(1)), NULL, "OSError", EBADF);
  close(src), close(dst);
}

Test(fd_io, ftruncate_sets_the_size_to_at_most_length)
{
  int fd = fd_file_with("f", "0123456789");
  fd_call_none("ftruncate", fd_tuple(2, I(fd), I(4)), NULL);
  assert_content("f", "0123");
  fd_call_raises("ftruncate", fd_tuple(2, I(fd), I(-1)), NULL, "OSError", EINVAL);
  fd_call_raises("ftruncate", fd_tuple(2, I(fd), osref_str("1")), NULL, "TypeError", 0);
  close(fd);
  fd_call_raises("ftruncate", fd_tuple(2, I(fd), I(0)), NULL, "OSError", EBADF);
}

Test(fd_io, posix_fallocate_and_fadvise)
{
  int fd = fd_file_with("f", "");
  osref_error err = {0};
  /* tmpfs and most file systems allocate; report which one did not. */
  if (osref_posix_fallocate(fd, 0, 4096, &err) == 0) {
    struct stat st;
    cr_assert_eq(fstat(fd, &st), 0);
    cr_assert_eq(st.st_size, 4096, "space is allocated from offset for len bytes");
  } else {
    cr_assert_eq(err.errnum, EOPNOTSUPP, "fallocate failed: %s", err.message);
  }
  fd_call_raises("posix_fallocate", fd_tuple(3, I(fd), I(0), I(0)), NULL, "OSError", EINVAL);
  static const char *const advice[] = {"POSIX_FADV_NORMAL", "POSIX_FADV_SEQUENTIAL",
    "POSIX_FADV_RANDOM", "POSIX_FADV_NOREUSE", "POSIX_FADV_WILLNEED", "POSIX_FADV_DONTNEED"};
  for (size_t i = 0; i < sizeof advice / sizeof advice[0]; i++)
    fd_call_none("posix_fadvise", fd_tuple(4, I(fd), I(0), I(0), I(fd_const(advice[i]))), NULL);
  fd_call_raises("posix_fadvise", fd_tuple(4, I(fd), I(0), I(0), I(999)), NULL, "OSError", EINVAL);
  close(fd);
  fd_call_raises("posix_fadvise", fd_tuple(4, I(fd), I(0), I(0), I(0)), NULL, "OSError", EBADF);
  fd_call_raises("posix_fallocate", fd_tuple(3, I(fd), I(0), I(1)), NULL, "OSError", EBADF);
}

Test(fd_io, fsync_and_fdatasync)
{
  int fd = fd_file_with("f", "data");
  fd_call_none("fsync", fd_tuple(1, I(fd)), NULL);
  fd_call_none("fdatasync", fd_tuple(1, I(fd)), NULL);
  close(fd);
  fd_call_raises("fsync", fd_tuple(1, I(fd)), NULL, "OSError", EBADF);
  fd_call_raises("fdatasync", fd_tuple(1, I(fd)), NULL, "OSError", EBADF);
  fd_call_raises("fsync", fd_tuple(1, osref_none()), NULL, "TypeError", 0);
}

Test(fd_io, lockf_locks_against_another_process)
{
  cr_assert_neq(fd_const("F_LOCK"), fd_const("F_TLOCK"));
  int fd = fd_file_with("f", "0123456789");
  fd_call_none("lockf", fd_tuple(3, I(fd), I(fd_const("F_LOCK")), I(0)), NULL);
  pid_t child = fork();
  cr_assert_geq(child, 0);
  if (child == 0) {
    osref_error err = {0};
    int cfd = open("f", O_RDWR);
    int busy = osref_lockf(cfd, F_TLOCK, 0, &err) == -1
               && (err.errnum == EACCES || err.errnum == EAGAIN)
               && !strcmp(err.type, err.errnum == EACCES ? "PermissionError" : "BlockingIOError");
    int tested = osref_lockf(cfd, F_TEST, 0, &err) == -1;
    _exit(busy && tested ? 0 : 1);
  }
  int status;
  cr_assert_eq(waitpid(child, &status, 0), child);
  cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the lock is held against others");
  fd_call_none("lockf", fd_tuple(3, I(fd), I(fd_const("F_ULOCK")), I(0)), NULL);
  fd_call_raises("lockf", fd_tuple(3, I(fd), I(99), I(0)), NULL, "OSError", EINVAL);
  close(fd);
  fd_call_raises("lockf", fd_tuple(3, I(fd), I(F_LOCK), I(0)), NULL, "OSError", EBADF);
}

Test(fd_io, fstat_returns_a_stat_result_of_the_fd)
{
  int fd = fd_file_with("f", "12345");
  osref_error err;
  osref_value *st = fd_call("fstat", fd_tuple(1, I(fd)), NULL, &err);
  cr_assert_not_null(st, "%s", err.message);
  cr_assert_str_eq(osref_type_name(st), "stat_result");
  cr_assert_eq(osref_struct_get(st, "st_size")->u.i, 5);
  struct stat want;
  cr_assert_eq(fstat(fd, &want), 0);
  cr_assert_eq(osref_struct_get(st, "st_ino")->u.i, (int64_t)want.st_ino);
  osref_decref(st);
  close(fd);
  fd_call_raises("fstat", fd_tuple(1, I(fd)), NULL, "OSError", EBADF);
  fd_call_raises("fstat", fd_tuple(1, osref_str("f")), NULL, "TypeError", 0);
}

Test(fd_io, fstatvfs_returns_a_statvfs_result)
{
  int fd = fd_file_with("f", "");
  osref_error err;
  osref_value *st = fd_call("fstatvfs", fd_tuple(1, I(fd)), NULL, &err);
  cr_assert_not_null(st, "%s", err.message);
  cr_assert_str_eq(osref_type_name(st), "statvfs_result");
  cr_assert_gt(osref_struct_get(st, "f_bsize")->u.i, 0);
  osref_decref(st);
  close(fd);
  fd_call_raises("fstatvfs", fd_tuple(1, I(fd)), NULL, "OSError", EBADF);
}

Test(fd_io, fpathconf_takes_a_name_or_an_int)
{
  int fd = fd_file_with("f", "");
  int64_t by_name = fd_call_int("fpathconf", fd_tuple(2, I(fd), osref_str("PC_NAME_MAX")), NULL);
  cr_assert_eq(by_name, fpathconf(fd, _PC_NAME_MAX));
  cr_assert_eq(fd_call_int("fpathconf", fd_tuple(2, I(fd), I(_PC_LINK_MAX)), NULL),
               fpathconf(fd, _PC_LINK_MAX));
  fd_call_raises("fpathconf", fd_tuple(2, I(fd), osref_str("PC_NO_SUCH_NAME")), NULL, "ValueError", 0);
  fd_call_raises("fpathconf", fd_tuple(2, I(fd), I(-12345)), NULL, "OSError", EINVAL);
  fd_call_raises("fpathconf", fd_tuple(2, I(fd), osref_float(1.0)), NULL, "TypeError", 0);
  close(fd);
  fd_call_raises("fpathconf", fd_tuple(2, I(fd), I(_PC_NAME_MAX)), NULL, "OSError", EBADF);
}

Test(fd_io, fchmod_changes_the_mode)
{
  int fd = fd_file_with("f", "");
  fd_call_none("fchmod", fd_tuple(2, I(fd), I(0600)), NULL);
  struct stat st;
  cr_assert_eq(fstat(fd, &st), 0);
  cr_assert_eq(st.st_mode & 07777, 0600);
  fd_call_raises("fchmod", fd_tuple(2, I(fd), osref_str("0600")), NULL, "TypeError", 0);
  close(fd);
  fd_call_raises("fchmod", fd_tuple(2, I(fd), I(0600)), NULL, "OSError", EBADF);
}

Test(fd_io, fchown_minus_one_leaves_an_id_unchanged)
{
  int fd = fd_file_with("f", "");
  struct stat before, after;
  cr_assert_eq(fstat(fd, &before), 0);
  fd_call_none("fchown", fd_tuple(3, I(fd), I(-1), I(-1)), NULL);
  fd_call_none("fchown", fd_tuple(3, I(fd), I(before.st_uid), I(-1)), NULL);
  cr_assert_eq(fstat(fd, &after), 0);
  cr_assert_eq(after.st_uid, before.st_uid);
  cr_assert_eq(after.st_gid, before.st_gid);
  if (geteuid() != 0)  /* root may give files away */
    fd_call_raises("fchown", fd_tuple(3, I(fd), I(0), I(-1)), NULL, "PermissionError", EPERM);
  fd_call_raises("fchown", fd_tuple(3, I(fd), I(-2), I(-1)), NULL, "OverflowError", 0);
  fd_call_raises("fchown", fd_tuple(3, I(fd), I(-1), I(1LL << 33)), NULL, "OverflowError", 0);
  close(fd);
  fd_call_raises("fchown", fd_tuple(3, I(fd), I(-1), I(-1)), NULL, "OSError", EBADF);
}
