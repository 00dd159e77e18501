/* Terminals: openpty, posix_openpt, grantpt, unlockpt, ptsname, ttyname,
 * isatty, tcgetpgrp, tcsetpgrp, login_tty, device_encoding,
 * get_terminal_size and terminal_size. Every test makes its own pty. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include "osref/fd.h"
#include "test_fd.h"

TestSuite(fd_tty);

static osref_value *I(int64_t i) { return osref_int(i); }

static bool cloexec(int fd) { return fcntl(fd, F_GETFD) & FD_CLOEXEC; }

/* os.openpty() through the call layer: (master, slave). A container
 * without /dev/ptmx or devpts has no pseudo-terminal to test. */
static void new_pty(int *master, int *slave)
{
  osref_error err;
  osref_value *r = fd_call("openpty", fd_tuple(0), NULL, &err);
  if (!r && (err.errnum == ENOENT || err.errnum == ENXIO || err.errnum == ENODEV))
    cr_skip_test("no pseudo-terminals here: %s", err.message);
  cr_assert_not_null(r, "openpty: %s", err.message);
  cr_assert_eq(r->type, OSREF_TUPLE);
  *master = (int)r->u.seq.items[0]->u.i;
  *slave = (int)r->u.seq.items[1]->u.i;
  osref_decref(r);
}

Test(fd_tty, openpty_returns_a_non_inheritable_master_slave_pair)
{
  int m, s;
  new_pty(&m, &s);
  cr_assert(cloexec(m) && cloexec(s), "the new file descriptors are non-inheritable");
  cr_assert(fd_call_bool("isatty", fd_tuple(1, I(s)), NULL), "the slave is a tty");
  cr_assert_eq(write(s, "x\n", 2), 2);
  char buf[8];
  cr_assert_geq(read(m, buf, sizeof buf), 1, "what the tty writes, the pty reads");
  close(m), close(s);
}

Test(fd_tty, ttyname_names_the_slave_and_ptsname_agrees)
{
  int m, s;
  new_pty(&m, &s);
  osref_error err;
  osref_value *tty = fd_call("ttyname", fd_tuple(1, I(s)), NULL, &err);
  osref_value *pts = fd_call("ptsname", fd_tuple(1, I(m)), NULL, &err);
  cr_assert_eq(tty->type, OSREF_STR);
  cr_assert(osref_equal(tty, pts), "%s vs %s", tty->u.s.data, pts->u.s.data);
  cr_assert_eq(strncmp(tty->u.s.data, "/dev/", 5), 0);
  osref_decref(tty), osref_decref(pts);
  int fd = open("/dev/null", O_RDONLY);
  fd_call_raises("ttyname", fd_tuple(1, I(fd)), NULL, "OSError", ENOTTY);
  fd_call_raises("ptsname", fd_tuple(1, I(fd)), NULL, "OSError", ENOTTY);
  cr_assert_geq(fcntl(fd, F_GETFD), 0, "fd is not closed upon failure");
  close(fd);
  fd_call_raises("ttyname", fd_tuple(1, I(fd_closed())), NULL, "OSError", EBADF);
  close(m), close(s);
}

Test(fd_tty, posix_openpt_grantpt_unlockpt_open_a_usable_slave)
{
  int m, s;
  new_pty(&m, &s);  /* skips where there are no pseudo-terminals */
  close(m), close(s);
  m = (int)fd_call_int("posix_openpt", fd_tuple(1, I(O_RDWR | O_NOCTTY)), NULL);
  cr_assert(cloexec(m), "O_CLOEXEC is added to oflag");
  fd_call_none("grantpt", fd_tuple(1, I(m)), NULL);
  fd_call_none("unlockpt", fd_tuple(1, I(m)), NULL);
  osref_error err;
  osref_value *name = fd_call("ptsname", fd_tuple(1, I(m)), NULL, &err);
  s = open(name->u.s.data, O_RDWR | O_NOCTTY);
  cr_assert_geq(s, 0, "the slave opens once unlocked");
  osref_decref(name);
  close(s);
  int fd = open("/dev/null", O_RDONLY);
  fd_call_raises("grantpt", fd_tuple(1, I(fd)), NULL, "OSError", EINVAL);
  fd_call_raises("unlockpt", fd_tuple(1, I(fd)), NULL, "OSError", EINVAL);
  cr_assert_geq(fcntl(fd, F_GETFD), 0, "fd is not closed upon failure");
  close(fd);
  fd_call_raises("posix_openpt", fd_tuple(1, osref_str("rw")), NULL, "TypeError", 0);
  close(m);
}

Test(fd_tty, get_terminal_size_reads_the_window_size)
{
  int m, s;
  new_pty(&m, &s);
  struct winsize w = {.ws_row = 24, .ws_col = 80};
  cr_assert_eq(ioctl(m, TIOCSWINSZ, &w), 0);
  osref_error err;
  osref_value *size = fd_call("get_terminal_size", fd_tuple(1, I(s)), NULL, &err);
  cr_assert_str_eq(osref_type_name(size), "terminal_size");
  cr_assert_eq(osref_struct_get(size, "columns")->u.i, 80);
  cr_assert_eq(osref_struct_get(size, "lines")->u.i, 24);
  cr_assert_eq(size->u.st.n_sequence, 2, "a tuple of (columns, lines)");
  cr_assert_eq(size->u.st.items[0]->u.i, 80);
  osref_decref(size);
  int fd = open("/dev/null", O_RDONLY);
  fd_call_raises("get_terminal_size", fd_tuple(1, I(fd)), NULL, "OSError", ENOTTY);
  close(fd);
  /* The default is STDOUT_FILENO: point it at the pty. */
  int saved = dup(STDOUT_FILENO);
  dup2(s, STDOUT_FILENO);
  size = fd_call("get_terminal_size", fd_tuple(0), NULL, &err);
  dup2(saved, STDOUT_FILENO);
  close(saved);
  cr_assert_not_null(size, "%s", err.message);
  cr_assert_eq(osref_struct_get(size, "lines")->u.i, 24);
  osref_decref(size);
  cr_assert_null(osref_lookup("terminal_size")->absent);
  cr_assert_null(osref_lookup("terminal_size.columns")->absent);
  close(m), close(s);
}

Test(fd_tty, device_encoding_is_none_unless_a_terminal)
{
  int m, s;
  new_pty(&m, &s);
  int fd = open("/dev/null", O_RDONLY);
  osref_error err;
  osref_value *r = fd_call("device_encoding", fd_tuple(1, I(fd)), NULL, &err);
  cr_assert_eq(r->type, OSREF_NONE);
  osref_decref(r);
  setenv("PYTHONUTF8", "1", 1);
  r = fd_call("device_encoding", fd_tuple(1, I(s)), NULL, &err);
  cr_assert_str_eq(r->u.s.data, "UTF-8", "UTF-8 Mode gives 'UTF-8'");
  osref_decref(r);
  setenv("PYTHONUTF8", "0", 1);
  setenv("LC_ALL", "C", 1);
  r = fd_call("device_encoding", fd_tuple(1, I(s)), NULL, &err);
  cr_assert_eq(r->type, OSREF_STR);
  cr_assert_str_eq(r->u.s.data, "ANSI_X3.4-1968", "the C locale's codeset without UTF-8 Mode");
  osref_decref(r);
  unsetenv("PYTHONUTF8");
  r = fd_call("device_encoding", fd_tuple(1, I(s)), NULL, &err);
  cr_assert_str_eq(r->u.s.data, "UTF-8", "the C locale turns UTF-8 Mode on");
  osref_decref(r);
  close(fd), close(m), close(s);
}

/* In a child: a new session whose controlling tty is the pty's slave. */
static int child_login_tty(int m, int s)
{
  close(m);
  osref_error err = {0};
  if (osref_login_tty(fd_closed(), &err) != -1 || err.errnum != EBADF)
    return 9;
  if (setsid() < 0 && getsid(0) != getpid())
    return 10;
  osref_value *args = fd_tuple(1, I(s));
  osref_value *r = osref_call("login_tty", args, NULL, &err);
  osref_decref(args);
  if (!r)
    return 11;
  osref_decref(r);
  if (fcntl(s, F_GETFD) != -1 && s > 2)
    return 12;  /* "close fd" */
  if (!isatty(0) || !isatty(1) || !isatty(2))
    return 13;
  if (osref_tcgetpgrp(0, &err) != getpgrp())
    return 14;
  if (osref_tcsetpgrp(0, getpgrp(), &err) != 0)
    return 15;
  return 0;
}

Test(fd_tty, login_tty_makes_the_tty_controlling_and_the_std_streams)
{
  int m, s;
  new_pty(&m, &s);
  pid_t child = fork();
  cr_assert_geq(child, 0);
  if (child == 0)
    _exit(child_login_tty(m, s));
  int status;
  cr_assert_eq(waitpid(child, &status, 0), child);
  cr_assert(WIFEXITED(status));
  cr_assert_eq(WEXITSTATUS(status), 0, "step %d failed", WEXITSTATUS(status));
  close(m), close(s);
}

Test(fd_tty, tcgetpgrp_needs_the_controlling_terminal)
{
  int m, s;
  new_pty(&m, &s);
  fd_call_raises("tcgetpgrp", fd_tuple(1, I(s)), NULL, "OSError", ENOTTY);
  fd_call_raises("tcsetpgrp", fd_tuple(2, I(s), I(getpgrp())), NULL, "OSError", ENOTTY);
  fd_call_raises("tcgetpgrp", fd_tuple(1, I(fd_closed())), NULL, "OSError", EBADF);
  close(m), close(s);
}
