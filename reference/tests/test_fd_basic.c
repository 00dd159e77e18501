/* File Descriptor Operations, the core of it: open, close, closerange,
 * read, write, lseek, dup, dup2, pipe, pipe2, and the inheritance and
 * blocking flags; each test turns a sentence of the doc into assertions. */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include "osref/fd.h"
#include "test_fd.h"

TestSuite(fd_basic, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

static osref_value *I(int64_t i) { return osref_int(i); }
static osref_value *S(const char *s) { return osref_str(s); }

static bool cloexec(int fd)
{
  int flags = fcntl(fd, F_GETFD);
  cr_assert_geq(flags, 0);
  return flags & FD_CLOEXEC;
}

Test(fd_basic, open_returns_a_non_inheritable_fd_and_masks_the_umask)
{
  mode_t old = umask(022);
  int fd = (int)fd_call_int("open", fd_tuple(3, S("f"), I(O_WRONLY | O_CREAT), I(0777)), NULL);
  umask(old);
  cr_assert(cloexec(fd), "the new file descriptor is non-inheritable");
  struct stat st;
  cr_assert_eq(stat("f", &st), 0);
  cr_assert_eq(st.st_mode & 0777, 0755, "the current umask value is first masked out");
  fd_call_none("close", fd_tuple(1, I(fd)), NULL);
  cr_assert_eq(fcntl(fd, F_GETFD), -1, "close() closed it");
}

Test(fd_basic, open_default_mode_is_0o777_and_flags_combine)
{
  umask(0);
  int fd = (int)fd_call_int("open", fd_tuple(2, S("g"), I(fd_const("O_CREAT") | fd_const("O_RDWR"))), NULL);
  struct stat st;
  cr_assert_eq(fstat(fd, &st), 0);
  cr_assert_eq(st.st_mode & 0777, 0777);
  close(fd);
  fd_call_raises("open", fd_tuple(2, S("g"), I(O_CREAT | O_EXCL | O_WRONLY)), NULL,
                 "FileExistsError", EEXIST);
}

Test(fd_basic, open_errors_carry_their_exception_class)
{
  fd_call_raises("open", fd_tuple(2, S("missing"), I(O_RDONLY)), NULL, "FileNotFoundError", ENOENT);
  cr_assert_eq(mkdir("d", 0755), 0);
  fd_call_raises("open", fd_tuple(2, S("d"), I(O_WRONLY)), NULL, "IsADirectoryError", EISDIR);
  int fd = fd_file_with("f", "x");
  close(fd);
  fd_call_raises("open", fd_tuple(2, S("f/x"), I(O_RDONLY)), NULL, "NotADirectoryError", ENOTDIR);
  fd_call_raises("open", fd_tuple(2, I(3), I(O_RDONLY)), NULL, "TypeError", 0);
  fd_call_raises("open", fd_tuple(2, S("f"), S("r")), NULL, "TypeError", 0);
  fd_call_raises("open", fd_tuple(1, S("f")), NULL, "TypeError", 0);
  if (geteuid() != 0) {  /* root bypasses permission checks */
    cr_assert_eq(chmod("f", 0), 0);
    fd_call_raises("open", fd_tuple(2, S("f"), I(O_RDONLY)), NULL, "PermissionError", EACCES);
  }
}

Test(fd_basic, open_accepts_bytes_pathlike_and_dir_fd)
{
  cr_assert_eq(mkdir("d", 0755), 0);
  close(fd_file_with("d/f", "abc"));
  int fd = (int)fd_call_int("open", fd_tuple(2, osref_bytes("d/f", 3), I(O_RDONLY)), NULL);
  close(fd);
  fd = (int)fd_call_int("open", fd_tuple(2, osref_pathlike(S("d/f")), I(O_RDONLY)), NULL);
  close(fd);
  int dir = open("d", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  fd = (int)fd_call_int("open", fd_tuple(2, S("f"), I(O_RDONLY)), fd_kwargs("dir_fd", I(dir), NULL));
  char buf[4] = {0};
  cr_assert_eq(read(fd, buf, 3), 3);
  cr_assert_str_eq(buf, "abc", "path is relative to dir_fd");
  close(fd);
  close(dir);
  /* dir_fd is keyword-only */
  fd_call_raises("open", fd_tuple(4, S("f"), I(O_RDONLY), I(0777), I(dir)), NULL, "TypeError", 0);
}

Test(fd_basic, close_of_a_closed_fd_raises_ebadf)
{
  fd_call_raises("close", fd_tuple(1, I(fd_closed())), NULL, "OSError", EBADF);
  fd_call_raises("close", fd_tuple(1, S("0")), NULL, "TypeError", 0);
}

Test(fd_basic, closerange_closes_low_inclusive_to_high_exclusive_ignoring_errors)
{
  /* Numbers 200..203, so that the ranges close none of Criterion's own fds. */
  int fds[4], f = fd_file_with("f", "");
  for (int i = 0; i < 4; i++)
    cr_assert_eq(fds[i] = fcntl(f, F_DUPFD_CLOEXEC, 200 + i), 200 + i);
  close(f);
  close(fds[1]);  /* a gap: its error is ignored */
  int lo = fds[0], hi = fds[3];
  fd_call_none("closerange", fd_tuple(2, I(lo), I(hi)), NULL);
  cr_assert_eq(fcntl(fds[0], F_GETFD), -1);
  cr_assert_eq(fcntl(fds[2], F_GETFD), -1);
  cr_assert_geq(fcntl(fds[3], F_GETFD), 0, "fd_high is exclusive");
  fd_call_none("closerange", fd_tuple(2, I(hi), I(hi)), NULL);
  cr_assert_geq(fcntl(fds[3], F_GETFD), 0, "an empty range closes nothing");
  fd_call_none("closerange", fd_tuple(2, I(hi), I(INT32_MAX)), NULL);
  cr_assert_eq(fcntl(fds[3], F_GETFD), -1, "a huge fd_high is fine");
  fd_call_raises("closerange", fd_tuple(0), fd_kwargs("fd_low", I(3), "fd_high", I(4), NULL),
                 "TypeError", 0);
}

Test(fd_basic, read_returns_at_most_n_bytes_and_empty_bytes_at_eof)
{
  int fd = fd_file_with("f", "hello");
  osref_error err;
  osref_value *r = fd_call("read", fd_tuple(2, I(fd), I(3)), NULL, &err);
  cr_assert_eq(r->type, OSREF_BYTES);
  cr_assert_eq(r->u.s.len, 3);
  cr_assert_eq(memcmp(r->u.s.data, "hel", 3), 0);
  osref_decref(r);
  r = fd_call("read", fd_tuple(2, I(fd), I(100)), NULL, &err);
  cr_assert_eq(r->u.s.len, 2);
  osref_decref(r);
  r = fd_call("read", fd_tuple(2, I(fd), I(100)), NULL, &err);
  cr_assert_eq(r->type, OSREF_BYTES);
  cr_assert_eq(r->u.s.len, 0, "at end of file, an empty bytes object");
  osref_decref(r);
  fd_call_raises("read", fd_tuple(2, I(fd), I(-1)), NULL, "OSError", EINVAL);
  fd_call_raises("read", fd_tuple(2, I(fd), osref_float(1.0)), NULL, "TypeError", 0);
  close(fd);
  fd_call_raises("read", fd_tuple(2, I(fd), I(1)), NULL, "OSError", EBADF);
}

Test(fd_basic, write_returns_the_count_and_takes_bytes_only)
{
  int fd = fd_file_with("f", "");
  cr_assert_eq(fd_call_int("write", fd_tuple(2, I(fd), osref_bytes("abc", 3)), NULL), 3);
  fd_call_raises("write", fd_tuple(2, I(fd), S("abc")), NULL, "TypeError", 0);
  struct stat st;
  cr_assert_eq(fstat(fd, &st), 0);
  cr_assert_eq(st.st_size, 3);
  int r = (int)fd_call_int("open", fd_tuple(2, S("f"), I(O_RDONLY)), NULL);
  fd_call_raises("write", fd_tuple(2, I(r), osref_bytes("x", 1)), NULL, "OSError", EBADF);
  close(r);
  close(fd);
}

Test(fd_basic, lseek_whence_values_are_0_1_2_and_return_the_position)
{
  cr_assert_eq(fd_const("SEEK_SET"), 0);
  cr_assert_eq(fd_const("SEEK_CUR"), 1);
  cr_assert_eq(fd_const("SEEK_END"), 2);
  int fd = fd_file_with("f", "0123456789");
  cr_assert_eq(fd_call_int("lseek", fd_tuple(3, I(fd), I(4), I(0)), NULL), 4);
  cr_assert_eq(fd_call_int("lseek", fd_tuple(3, I(fd), I(2), I(1)), NULL), 6);
  cr_assert_eq(fd_call_int("lseek", fd_tuple(3, I(fd), I(-1), I(2)), NULL), 9);
  fd_call_raises("lseek", fd_tuple(3, I(fd), I(-100), I(0)), NULL, "OSError", EINVAL);
  cr_assert_eq(fd_call_int("lseek", fd_tuple(3, I(fd), I(0), I(fd_const("SEEK_DATA"))), NULL), 0);
  cr_assert_eq(fd_call_int("lseek", fd_tuple(3, I(fd), I(0), I(fd_const("SEEK_HOLE"))), NULL), 10);
  int p[2];
  cr_assert_eq(pipe(p), 0);
  fd_call_raises("lseek", fd_tuple(3, I(p[0]), I(0), I(0)), NULL, "OSError", ESPIPE);
  close(p[0]), close(p[1]), close(fd);
}

Test(fd_basic, dup_is_non_inheritable_and_shares_the_offset)
{
  int fd = fd_file_with("f", "abc");
  cr_assert_eq(fcntl(fd, F_SETFD, 0), 0);
  int d = (int)fd_call_int("dup", fd_tuple(1, I(fd)), NULL);
  cr_assert_neq(d, fd);
  cr_assert(cloexec(d), "the new file descriptor is non-inheritable");
  cr_assert_eq(lseek(fd, 2, SEEK_SET), 2);
  cr_assert_eq(lseek(d, 0, SEEK_CUR), 2);
  close(d);
  fd_call_raises("dup", fd_tuple(1, I(fd_closed())), NULL, "OSError", EBADF);
  fd_call_raises("dup", fd_tuple(0), fd_kwargs("fd", I(fd), NULL), "TypeError", 0);
  close(fd);
}

Test(fd_basic, dup2_returns_fd2_inheritable_by_default)
{
  int fd = fd_file_with("f", "abc");
  int target = fd_file_with("g", "");
  cr_assert_eq(fd_call_int("dup2", fd_tuple(2, I(fd), I(target)), NULL), target, "returns fd2");
  cr_assert(!cloexec(target), "inheritable by default");
  char c;
  cr_assert_eq(read(target, &c, 1), 1);
  cr_assert_eq(c, 'a', "fd2 now refers to fd's file");
  cr_assert_eq(fd_call_int("dup2", fd_tuple(2, I(fd), I(target)),
                           fd_kwargs("inheritable", osref_bool(false), NULL)), target);
  cr_assert(cloexec(target), "non-inheritable if inheritable is False");
  cr_assert_eq(fd_call_int("dup2", fd_tuple(2, I(fd), I(fd)), NULL), fd);
  fd_call_raises("dup2", fd_tuple(3, I(fd), I(fd), osref_bool(false)), NULL, "OSError", EINVAL);
  fd_call_raises("dup2", fd_tuple(2, I(fd_closed()), I(target)), NULL, "OSError", EBADF);
  close(fd), close(target);
}

Test(fd_basic, pipe_returns_r_w_non_inheritable)
{
  osref_error err;
  osref_value *r = fd_call("pipe", fd_tuple(0), NULL, &err);
  cr_assert_eq(r->type, OSREF_TUPLE);
  cr_assert_eq(r->u.seq.len, 2);
  int rd = (int)r->u.seq.items[0]->u.i, wr = (int)r->u.seq.items[1]->u.i;
  osref_decref(r);
  cr_assert(cloexec(rd) && cloexec(wr));
  cr_assert_eq(write(wr, "z", 1), 1);
  char c;
  cr_assert_eq(read(rd, &c, 1), 1, "usable for reading and writing, respectively");
  close(rd), close(wr);
  fd_call_raises("pipe", fd_tuple(1, I(0)), NULL, "TypeError", 0);
}

Test(fd_basic, pipe2_sets_exactly_the_given_flags)
{
  osref_error err;
  osref_value *r = fd_call("pipe2", fd_tuple(1, I(fd_const("O_NONBLOCK"))), NULL, &err);
  int rd = (int)r->u.seq.items[0]->u.i, wr = (int)r->u.seq.items[1]->u.i;
  osref_decref(r);
  cr_assert(fcntl(rd, F_GETFL) & O_NONBLOCK);
  cr_assert(!cloexec(rd), "O_CLOEXEC only when asked");
  fd_call_raises("read", fd_tuple(2, I(rd), I(1)), NULL, "BlockingIOError", EAGAIN);
  close(rd), close(wr);
  r = fd_call("pipe2", fd_tuple(1, I(O_CLOEXEC)), NULL, &err);
  cr_assert(cloexec((int)r->u.seq.items[0]->u.i) && cloexec((int)r->u.seq.items[1]->u.i));
  close((int)r->u.seq.items[0]->u.i), close((int)r->u.seq.items[1]->u.i);
  osref_decref(r);
  fd_call_raises("pipe2", fd_tuple(1, I(-1)), NULL, "OSError", EINVAL);
}

Test(fd_basic, inheritable_flag_round_trips)
{
  int fd = fd_file_with("f", "");
  cr_assert(!fd_call_bool("get_inheritable", fd_tuple(1, I(fd)), NULL));
  fd_call_none("set_inheritable", fd_tuple(2, I(fd), osref_bool(true)), NULL);
  cr_assert(fd_call_bool("get_inheritable", fd_tuple(1, I(fd)), NULL));
  cr_assert(!cloexec(fd));
  fd_call_none("set_inheritable", fd_tuple(2, I(fd), I(0)), NULL);
  cr_assert(cloexec(fd));
  fd_call_raises("get_inheritable", fd_tuple(1, I(fd_closed())), NULL, "OSError", EBADF);
  fd_call_raises("set_inheritable", fd_tuple(2, I(fd_closed()), I(1)), NULL, "OSError", EBADF);
  close(fd);
}

Test(fd_basic, blocking_is_the_inverse_of_o_nonblock)
{
  int p[2];
  cr_assert_eq(pipe(p), 0);
  cr_assert(fd_call_bool("get_blocking", fd_tuple(1, I(p[0])), NULL));
  fd_call_none("set_blocking", fd_tuple(2, I(p[0]), osref_bool(false)), NULL);
  cr_assert(fcntl(p[0], F_GETFL) & O_NONBLOCK, "set O_NONBLOCK if blocking is False");
  cr_assert(!fd_call_bool("get_blocking", fd_tuple(1, I(p[0])), NULL));
  fd_call_none("set_blocking", fd_tuple(2, I(p[0]), osref_bool(true)), NULL);
  cr_assert(!(fcntl(p[0], F_GETFL) & O_NONBLOCK), "clear the flag otherwise");
  fd_call_raises("get_blocking", fd_tuple(1, I(fd_closed())), NULL, "OSError", EBADF);
  fd_call_raises("set_blocking", fd_tuple(2, I(fd_closed()), osref_bool(true)), NULL, "OSError", EBADF);
  close(p[0]), close(p[1]);
}

Test(fd_basic, isatty_is_false_for_files_and_closed_fds)
{
  int fd = fd_file_with("f", "");
  cr_assert(!fd_call_bool("isatty", fd_tuple(1, I(fd)), NULL));
  close(fd);
  cr_assert(!fd_call_bool("isatty", fd_tuple(1, I(fd)), NULL), "False when not open");
}

Test(fd_basic, open_flag_constants_equal_the_c_headers)
{
  static const struct { const char *name; int64_t value; } flags[] = {
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_DSYNC", O_DSYNC},
    {"O_RSYNC", O_RSYNC}, {"O_SYNC", O_SYNC}, {"O_NDELAY", O_NDELAY}, {"O_NONBLOCK", O_NONBLOCK},
    {"O_NOCTTY", O_NOCTTY}, {"O_CLOEXEC", O_CLOEXEC}, {"O_ASYNC", O_ASYNC}, {"O_DIRECT", O_DIRECT},
    {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_NOATIME", O_NOATIME},
    {"O_PATH", O_PATH}, {"O_TMPFILE", O_TMPFILE},
  };
  for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
    cr_assert_eq(fd_const(flags[i].name), flags[i].value, "%s", flags[i].name);
  static const char *const windows_or_macos[] = {"O_BINARY", "O_TEXT", "O_NOINHERIT", "O_FSYNC",
                                                 "O_SYMLINK", "O_SHLOCK"};
  for (size_t i = 0; i < sizeof windows_or_macos / sizeof windows_or_macos[0]; i++) {
    osref_error err = {0};
    cr_assert_null(osref_getattr(windows_or_macos[i], &err), "%s", windows_or_macos[i]);
    cr_assert_str_eq(err.type, "AttributeError");
    cr_assert_not_null(osref_lookup(windows_or_macos[i])->absent);
  }
}

/* PEP 475: a signal whose handler returns does not make read() fail with
 * InterruptedError; the call is retried. The writer only writes after the
 * first tick of the timer, so the read is blocked while ticks arrive. */
static pid_t writer;
static volatile sig_atomic_t ticks;

static void on_tick(int sig)
{
  (void)sig;
  if (ticks++ == 0)
    kill(writer, SIGUSR1);
}

static void write_on_usr1(int sig)
{
  (void)sig;
}

Test(fd_basic, read_is_retried_after_a_signal_pep_475)
{
  int p[2];
  cr_assert_eq(pipe(p), 0);
  sigset_t usr1, old;
  sigemptyset(&usr1);
  sigaddset(&usr1, SIGUSR1);
  sigprocmask(SIG_BLOCK, &usr1, &old);
  writer = fork();
  cr_assert_geq(writer, 0);
  if (writer == 0) {
    signal(SIGUSR1, write_on_usr1);
    sigsuspend(&old);  /* until the parent's first tick */
    usleep(50000);
    _exit(write(p[1], "x", 1) == 1 ? 0 : 1);
  }
  struct sigaction sa = {.sa_handler = on_tick};  /* no SA_RESTART: read sees EINTR */
  sigaction(SIGALRM, &sa, NULL);
  struct itimerval every_5ms = {{0, 5000}, {0, 5000}};
  setitimer(ITIMER_REAL, &every_5ms, NULL);
  osref_error err;
  osref_value *r = fd_call("read", fd_tuple(2, osref_int(p[0]), osref_int(1)), NULL, &err);
  struct itimerval off = {{0, 0}, {0, 0}};
  setitimer(ITIMER_REAL, &off, NULL);
  cr_assert_not_null(r, "read raised %s", err.type);
  cr_assert_eq(r->u.s.len, 1);
  osref_decref(r);
  cr_assert_gt(ticks, 0);
  int status;
  waitpid(writer, &status, 0);
  close(p[0]), close(p[1]);
}

/* Whether fd is open in a new program that this process execs (the shell
 * itself looks at its own fds: test is a builtin). */
static bool open_after_exec(int fd)
{
  char script[64];
  snprintf(script, sizeof script, "test -e /proc/self/fd/%d", fd);
  pid_t child = fork();
  cr_assert_geq(child, 0);
  if (child == 0) {
    execl("/bin/sh", "sh", "-c", script, (char *)NULL);
    _exit(127);
  }
  int status;
  cr_assert_eq(waitpid(child, &status, 0), child);
  cr_assert(WIFEXITED(status) && WEXITSTATUS(status) != 127, "cannot run /bin/sh");
  return WEXITSTATUS(status) == 0;
}

Test(fd_basic, non_inheritable_fds_are_closed_at_exec_and_inheritable_ones_kept)
{
  int fd = (int)fd_call_int("open", fd_tuple(2, S("f"), I(O_WRONLY | O_CREAT)), NULL);
  cr_assert(!open_after_exec(fd), "a non-inheritable fd is closed at the execution of a new program");
  fd_call_none("set_inheritable", fd_tuple(2, I(fd), osref_bool(true)), NULL);
  cr_assert(open_after_exec(fd), "other file descriptors are inherited");
  int spare = fcntl(fd, F_DUPFD_CLOEXEC, 100);  /* a free number, away from Criterion's */
  cr_assert_eq(fd_call_int("dup2", fd_tuple(2, I(fd), I(spare)), NULL), spare);
  cr_assert(open_after_exec(spare), "dup2 makes an inheritable fd by default");
  cr_assert_eq(fd_call_int("dup2", fd_tuple(3, I(fd), I(spare), osref_bool(false)), NULL), spare);
  cr_assert(!open_after_exec(spare), "or a non-inheritable one");
  close(spare), close(fd);
}
