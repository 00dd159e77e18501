/* Process Management: kill, killpg, nice, times, pidfd_open, abort, _exit,
 * and the names declared absent (plock, startfile, add_dll_directory).
 * Signals go only to the test's own children; whatever changes a process
 * (niceness, uid, process group, its end) happens in a forked child, and
 * every test that forks ends with tc_assert_no_children(). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "config.h"
#ifdef HAVE_PIDFD_NONBLOCK
#include <sys/pidfd.h>
#endif
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#else
#define RUNNING_ON_VALGRIND 0
#endif
#include "osref/procsig.h"
#include "test_children.h"
#include "test_core_util.h"

#define I(v) osref_int(v)

/* ---- children ---------------------------------------------------------- */

/* A child that waits until the test closes `gate` (or dies: the child then
 * reads EOF and leaves too, so a failed assertion orphans no sleeper). */
typedef struct sleeper {
  pid_t pid;
  int gate;
} sleeper;

static sleeper start_sleeper(bool own_group)
{
  int gate[2], ready[2];
  cr_assert_eq(pipe(gate), 0);
  cr_assert_eq(pipe(ready), 0);
  pid_t pid = tc_fork_child();
  if (pid == 0) {
    char c = 'r';
    close(gate[1]), close(ready[0]);
    if (own_group && setpgid(0, 0) != 0) _exit(2);
    if (write(ready[1], &c, 1) != 1) _exit(3);
    while (read(gate[0], &c, 1) == -1 && errno == EINTR) {}
    _exit(0);
  }
  close(gate[0]), close(ready[1]);
  char c;
  cr_assert_eq(read(ready[0], &c, 1), 1, "the sleeper did not start");
  close(ready[0]);
  return (sleeper){pid, gate[1]};
}

/* Lets the sleeper go; its status. */
static int release(sleeper s)
{
  close(s.gate);
  return tc_wait_status(s.pid);
}

static void assert_exited(int status, int code)
{
  cr_assert(WIFEXITED(status), "the child was killed by signal %d", WTERMSIG(status));
  cr_assert_eq(WEXITSTATUS(status), code);
}

static void assert_killed(int status, int sig)
{
  cr_assert(WIFSIGNALED(status), "the child exited with %d", WEXITSTATUS(status));
  cr_assert_eq(WTERMSIG(status), sig, "killed by %d, expected %d", WTERMSIG(status), sig);
}

/* A pid no process can have: above /proc/sys/kernel/pid_max. */
static pid_t missing_pid(void)
{
  FILE *f = fopen("/proc/sys/kernel/pid_max", "r");
  cr_assert_not_null(f);
  long max;
  cr_assert_eq(fscanf(f, "%ld", &max), 1);
  fclose(f);
  return (pid_t)(max + 1);
}

static void assert_none(osref_value *r)
{
  cr_assert_eq(r->type, OSREF_NONE, "returned a %s", osref_type_name(r));
  osref_decref(r);
}

static bool raises(const char *name, osref_value *args, osref_value *kwargs, const char *type, int errnum)
{
  osref_error err;
  osref_value *r = osref_call(name, args, kwargs, &err);
  osref_decref(args);
  osref_decref(kwargs);
  osref_decref(r);
  return !r && strcmp(err.type, type) == 0 && err.errnum == errnum;
}

static bool drop_to_nobody(void)
{
  return setresgid(65534, 65534, 65534) == 0 && setresuid(65534, 65534, 65534) == 0;
}

/* ---- kill and killpg --------------------------------------------------- */

Test(pm_signals, kill_with_signal_0_tests_and_sigterm_ends_the_child)
{
  sleeper s = start_sleeper(false);
  assert_none(tc_ok("kill", tc_args(2, I(s.pid), I(0)), NULL));
  assert_none(tc_ok("kill", tc_args(2, I(s.pid), I(SIGTERM)), NULL));
  assert_killed(tc_wait_status(s.pid), SIGTERM);
  close(s.gate);
  tc_assert_no_children();
}

Test(pm_signals, kill_refuses_a_bad_signal_and_keeps_cpythons_low_32_bits)
{
  sleeper s = start_sleeper(false);
  tc_raises("kill", tc_args(2, I(s.pid), I(-1)), NULL, "OSError", EINVAL);
  tc_raises("kill", tc_args(2, I(s.pid), I(SIGRTMAX + 1)), NULL, "OSError", EINVAL);
  /* CPython casts its Py_ssize_t sig to int: 2**31 is negative, 2**32 is 0. */
  tc_raises("kill", tc_args(2, I(s.pid), I(INT64_C(1) << 31)), NULL, "OSError", EINVAL);
  assert_none(tc_ok("kill", tc_args(2, I(s.pid), I(INT64_C(1) << 32)), NULL));
  osref_error err = {0};
  cr_assert_eq(osref_kill(s.pid, -1, &err), -1);
  cr_assert_str_eq(err.type, "OSError");
  cr_assert_eq(osref_kill(s.pid, 0, &err), 0);
  assert_exited(release(s), 0);   /* no signal reached it */
  tc_assert_no_children();
}

Test(pm_signals, kill_and_killpg_of_a_missing_pid_raise_process_lookup_error)
{
  pid_t none = missing_pid();
  tc_raises("kill", tc_args(2, I(none), I(0)), NULL, "ProcessLookupError", ESRCH);
  tc_raises("kill", tc_args(2, I(none), I(SIGTERM)), NULL, "ProcessLookupError", ESRCH);
  tc_raises("killpg", tc_args(2, I(none), I(0)), NULL, "ProcessLookupError", ESRCH);
  osref_error err = {0};
  cr_assert_eq(osref_killpg(none, 0, &err), -1);
  cr_assert_str_eq(err.type, "ProcessLookupError");
  cr_assert_eq(err.errnum, ESRCH);
}

Test(pm_signals, kill_and_killpg_convert_arguments_as_cpython)
{
  pid_t none = missing_pid();   /* nothing is hit should a conversion pass */
  tc_raises("kill", tc_args(2, I(INT64_C(1) << 31), I(0)), NULL, "OverflowError", 0);
  tc_raises("kill", tc_args(2, I(-(INT64_C(1) << 31) - 1), I(0)), NULL, "OverflowError", 0);
  tc_raises("kill", tc_args(2, osref_float(1.0), I(0)), NULL, "TypeError", 0);
  tc_raises("kill", tc_args(2, I(none), osref_str("0")), NULL, "TypeError", 0);
  tc_raises("kill", tc_args(2, I(none), osref_float(0.0)), NULL, "TypeError", 0);
  tc_raises("kill", tc_args(1, I(none)), tc_kw("sig", I(0)), "TypeError", 0);
  tc_raises("killpg", tc_args(2, I(none), I(INT64_C(1) << 31)), NULL, "OverflowError", 0);
  tc_raises("killpg", tc_args(2, I(INT64_C(1) << 31), I(0)), NULL, "OverflowError", 0);
  tc_raises("killpg", tc_args(2, I(none), osref_float(0.0)), NULL, "TypeError", 0);
  tc_raises("killpg", tc_args(1, I(none)), tc_kw("sig", I(0)), "TypeError", 0);
}

Test(pm_signals, killpg_signals_a_child_in_its_own_process_group)
{
  sleeper s = start_sleeper(true);
  cr_assert_eq(getpgid(s.pid), s.pid, "the sleeper leads its own group");
  assert_none(tc_ok("killpg", tc_args(2, I(s.pid), I(0)), NULL));
  tc_raises("killpg", tc_args(2, I(s.pid), I(-1)), NULL, "OSError", EINVAL);
  assert_none(tc_ok("killpg", tc_args(2, I(s.pid), I(SIGTERM)), NULL));
  assert_killed(tc_wait_status(s.pid), SIGTERM);
  close(s.gate);
  tc_assert_no_children();
}

static pid_t target;

static int kill_as_nobody(void)
{
  if (!drop_to_nobody()) return 10;
  if (!raises("kill", tc_args(2, I(target), I(0)), NULL, "PermissionError", EPERM)) return 1;
  if (!raises("kill", tc_args(2, I(target), I(SIGTERM)), NULL, "PermissionError", EPERM)) return 2;
  if (!raises("killpg", tc_args(2, I(target), I(SIGTERM)), NULL, "PermissionError", EPERM)) return 3;
  return 0;
}

Test(pm_signals, kill_of_another_users_process_raises_permission_error)
{
  if (geteuid() != 0) cr_skip_test("needs root, to run a child under another uid");
  sleeper s = start_sleeper(true);
  target = s.pid;
  cr_assert_eq(tc_in_child(kill_as_nobody), 0);
  assert_exited(release(s), 0);   /* SIGTERM was refused, not sent */
  tc_assert_no_children();
}

/* ---- nice ---------------------------------------------------------------- */

static int nice_steps(void)
{
  errno = 0;
  int p = getpriority(PRIO_PROCESS, 0);
  if (errno) return 20;
  if (!tc_child_returns_int("nice", tc_args(1, I(0)), p)) return 1;
  if (p <= 17 && !tc_child_returns_int("nice", tc_args(1, I(2)), p + 2)) return 2;
  if (!tc_child_returns_int("nice", tc_args(1, I(100)), 19)) return 3;   /* clamped */
  if (getpriority(PRIO_PROCESS, 0) != 19) return 4;
  if (!raises("nice", tc_args(1, osref_float(1.0)), NULL, "TypeError", 0)) return 5;
  if (!raises("nice", tc_args(1, osref_str("1")), NULL, "TypeError", 0)) return 6;
  if (!raises("nice", tc_args(1, I(INT64_C(1) << 31)), NULL, "OverflowError", 0)) return 7;
  if (!raises("nice", tc_args(0), tc_kw("increment", I(1)), "TypeError", 0)) return 8;
  if (getpriority(PRIO_PROCESS, 0) != 19) return 9;
  return 0;
}

Test(pm_signals, nice_returns_the_new_niceness)
{
  cr_assert_eq(tc_in_child(nice_steps), 0);
  tc_assert_no_children();
}

/* -1 is a niceness, not an error: errno set before the call must not turn it into one. */
static int nice_to_minus_one(void)
{
  if (setpriority(PRIO_PROCESS, 0, 0) != 0) return 10;
  errno = EINVAL;
  if (!tc_child_returns_int("nice", tc_args(1, I(-1)), -1)) return 1;
  int n = 0;
  osref_error err = {0};
  errno = EPERM;
  if (osref_nice(0, &n, &err) != 0 || n != -1 || err.type) return 2;
  if (!tc_child_returns_int("nice", tc_args(1, I(-100)), -20)) return 3;   /* clamped */
  return 0;
}

/* Lowering the niceness needs privilege (or RLIMIT_NICE, set to none here). */
static int nice_refused(void)
{
  struct rlimit none = {0, 0};
  if (setrlimit(RLIMIT_NICE, &none) != 0) return 10;
  if (geteuid() == 0 && !drop_to_nobody()) return 11;
  if (!raises("nice", tc_args(1, I(-1)), NULL, "PermissionError", EPERM)) return 1;
  return 0;
}

Test(pm_signals, nice_without_privilege_cannot_lower_the_niceness)
{
  cr_assert_eq(tc_in_child(nice_refused), 0);
  tc_assert_no_children();
}

Test(pm_signals, nice_can_return_minus_one)
{
  if (geteuid() != 0) cr_skip_test("needs root, to lower the niceness to -1");
  cr_assert_eq(tc_in_child(nice_to_minus_one), 0);
  tc_assert_no_children();
}

/* ---- times ------------------------------------------------------------- */

static const char *const times_fields[] = {"user", "system", "children_user", "children_system", "elapsed"};

static double field(osref_value *t, size_t i)
{
  osref_value *v = t->u.st.items[i];
  cr_assert_eq(v->type, OSREF_FLOAT, "%s is a %s", times_fields[i], osref_type_name(v));
  return v->u.f;
}

Test(pm_signals, times_is_a_times_result_of_five_floats)
{
  osref_value *t = tc_ok("times", tc_args(0), NULL);
  struct tms now;
  double elapsed = (double)times(&now) / (double)sysconf(_SC_CLK_TCK);
  cr_assert_eq(t->type, OSREF_STRUCT);
  cr_assert_str_eq(osref_type_name(t), "times_result");
  cr_assert_eq(t->u.st.len, 5);
  cr_assert_eq(t->u.st.n_sequence, 5, "a five-tuple");
  for (size_t i = 0; i < 5; i++) {
    cr_assert_str_eq(t->u.st.fields[i], times_fields[i]);
    cr_assert_geq(field(t, i), 0.0);
    osref_error err = {0};
    osref_value *a = osref_attr(t, times_fields[i], &err);
    cr_assert(a && osref_equal(a, t->u.st.items[i]), "%s: %s", times_fields[i], err.message);
    osref_decref(a);
  }
  cr_assert_lt(elapsed - field(t, 4), 1.0, "elapsed is times(2)'s clock in seconds");
  cr_assert_geq(elapsed - field(t, 4), 0.0);
  osref_decref(t);
  tc_raises("times", tc_args(1, I(0)), NULL, "TypeError", 0);
  osref_error err = {0};
  t = osref_times(&err);
  cr_assert_not_null(t);
  osref_decref(t);
}

/* Spends about 0.3 s of CPU time. */
static int busy(void)
{
  volatile unsigned long spin = 0;
  while (clock() < CLOCKS_PER_SEC * 3 / 10) spin++;
  return 0;
}

Test(pm_signals, times_counts_the_children_waited_for)
{
  osref_value *before = tc_ok("times", tc_args(0), NULL);
  cr_assert_eq(tc_in_child(busy), 0);
  osref_value *after = tc_ok("times", tc_args(0), NULL);
  double children = field(after, 2) + field(after, 3) - field(before, 2) - field(before, 3);
  cr_assert_geq(children, 0.2, "children_user + children_system grew by %g s", children);
  cr_assert_geq(field(after, 4), field(before, 4));
  osref_decref(before);
  osref_decref(after);
  tc_assert_no_children();
}

/* ---- pidfd_open --------------------------------------------------------- */

#ifdef HAVE_PIDFD_OPEN_SYSCALL
/* valgrind before 3.20 answers ENOSYS for pidfd_open(2), as a kernel before 5.3 would. */
static void skip_without_pidfd_open(void)
{
  int fd = (int)syscall(SYS_pidfd_open, getpid(), 0u);
  if (fd >= 0) close(fd);
  else if (errno == ENOSYS) cr_skip_test("pidfd_open(2) is ENOSYS here (an old kernel, or valgrind < 3.20)");
}

static int open_pidfd(pid_t pid, osref_value *kwargs)
{
  osref_value *r = tc_ok("pidfd_open", tc_args(1, I(pid)), kwargs);
  cr_assert_eq(r->type, OSREF_INT);
  int fd = (int)r->u.i;
  osref_decref(r);
  cr_assert_geq(fd, 0);
  return fd;
}

Test(pm_signals, pidfd_open_gives_a_pidfd_that_polls_readable_when_the_child_exits)
{
  skip_without_pidfd_open();
  sleeper s = start_sleeper(false);
  int fd = open_pidfd(s.pid, NULL);
  cr_assert(fcntl(fd, F_GETFD) & FD_CLOEXEC, "a pidfd is non-inheritable");
  struct pollfd p = {fd, POLLIN, 0};
  cr_assert_eq(poll(&p, 1, 0), 0, "readable only once the process has ended");
  close(s.gate);
  int n;
  do n = poll(&p, 1, 10000); while (n == -1 && errno == EINTR);
  cr_assert_eq(n, 1);
  cr_assert(p.revents & POLLIN);
  siginfo_t info = {0};
  cr_assert_eq(waitid(P_PID, (id_t)s.pid, &info, WEXITED), 0);
  cr_assert_eq(info.si_pid, s.pid);
  cr_assert_eq(info.si_code, CLD_EXITED);
  cr_assert_eq(info.si_status, 0);
  close(fd);
  tc_assert_no_children();
}

Test(pm_signals, pidfd_open_errors)
{
  skip_without_pidfd_open();
  sleeper s = start_sleeper(false);
  tc_raises("pidfd_open", tc_args(2, I(s.pid), I(12345)), NULL, "OSError", EINVAL);
  tc_raises("pidfd_open", tc_args(2, I(s.pid), I(-1)), NULL, "ValueError", 0);
  tc_raises("pidfd_open", tc_args(2, I(s.pid), I(INT64_C(1) << 32)), NULL, "OverflowError", 0);
  tc_raises("pidfd_open", tc_args(2, I(s.pid), osref_float(0.0)), NULL, "TypeError", 0);
  tc_raises("pidfd_open", tc_args(1, I(missing_pid())), NULL, "ProcessLookupError", ESRCH);
  tc_raises("pidfd_open", tc_args(1, I(0)), NULL, "OSError", EINVAL);
  tc_raises("pidfd_open", tc_args(1, I(INT64_C(1) << 31)), NULL, "OverflowError", 0);
  tc_raises("pidfd_open", tc_args(0), tc_kw("flags", I(0)), "TypeError", 0);
  osref_error err = {0};
  int fd = osref_pidfd_open(s.pid, 0, &err);
  cr_assert_geq(fd, 0, "%s", err.message);
  close(fd);
  cr_assert_eq(osref_pidfd_open(missing_pid(), 0, &err), -1);
  cr_assert_str_eq(err.type, "ProcessLookupError");
  assert_exited(release(s), 0);
  tc_assert_no_children();
}
#endif

#if defined(HAVE_PIDFD_OPEN_SYSCALL) && defined(HAVE_PIDFD_NONBLOCK)
/* glibc declares P_PIDFD with <sys/pidfd.h> (2.36). */
Test(pm_signals, pidfd_nonblock_makes_waitid_fail_with_eagain_while_the_process_runs)
{
  skip_without_pidfd_open();
  osref_value *nonblock = tc_get("PIDFD_NONBLOCK");
  cr_assert_eq(nonblock->u.i, O_NONBLOCK);
  sleeper s = start_sleeper(false);
  int fd = open_pidfd(s.pid, tc_kw("flags", nonblock));
  cr_assert(fcntl(fd, F_GETFL) & O_NONBLOCK);
  siginfo_t info = {0};
  errno = 0;
  cr_assert_eq(waitid(P_PIDFD, (id_t)fd, &info, WEXITED), -1);
  cr_assert_eq(errno, EAGAIN);
  close(fd);
  assert_exited(release(s), 0);
  tc_assert_no_children();
}
#endif

/* ---- abort and _exit --------------------------------------------------- */

static void no_core_dump(void)
{
  struct rlimit none = {0, 0};
  setrlimit(RLIMIT_CORE, &none);
}

static void returning_handler(int sig) { (void)sig; }

/* How a child ends that calls os.abort() after setting SIGABRT's disposition. */
static int abort_status(void (*disposition)(int), bool typed)
{
  pid_t pid = tc_fork_child();
  if (pid == 0) {
    no_core_dump();
    signal(SIGABRT, disposition);
    if (typed) osref_abort();
    osref_error err;
    osref_call("abort", tc_args(0), NULL, &err);
    _exit(99);
  }
  return tc_wait_status(pid);
}

Test(pm_signals, abort_ends_the_process_with_sigabrt_as_c_abort)
{
  assert_killed(abort_status(SIG_DFL, false), SIGABRT);
  assert_killed(abort_status(returning_handler, false), SIGABRT);
  assert_killed(abort_status(SIG_IGN, true), SIGABRT);
  tc_raises("abort", tc_args(1, I(0)), NULL, "TypeError", 0);
  tc_assert_no_children();
}

static int witness = -1;

static void atexit_witness(void)
{
  if (write(witness, "atexit", 6) < 0) {}
}

static bool pipe_is_empty(int fd)
{
  char buf[16];
  return read(fd, buf, sizeof buf) == 0;
}

/* A child that leaves, for an atexit handler and for a stdio flush, text
 * to write into two pipes, then calls os._exit(*args, **kwargs); its status. */
static int exit_status(osref_value *args, osref_value *kwargs)
{
  int handler[2], buffer[2];
  cr_assert_eq(pipe(handler), 0);
  cr_assert_eq(pipe(buffer), 0);
  pid_t pid = tc_fork_child();
  if (pid == 0) {
    close(handler[0]), close(buffer[0]);
    witness = handler[1];
    atexit(atexit_witness);
    FILE *f = fdopen(buffer[1], "w");
    if (f) fputs("buffered", f);
    osref_error err;
    osref_call("_exit", args, kwargs, &err);
    _exit(99);
  }
  osref_decref(args);
  osref_decref(kwargs);
  close(handler[1]), close(buffer[1]);
  cr_assert(pipe_is_empty(handler[0]), "no cleanup handler runs");
  /* valgrind runs glibc's __libc_freeres at any exit, and that flushes stdio. */
  cr_assert(pipe_is_empty(buffer[0]) || RUNNING_ON_VALGRIND, "no stdio buffer is flushed");
  close(handler[0]), close(buffer[0]);
  return tc_wait_status(pid);
}

Test(pm_signals, _exit_exits_with_n_without_cleanup)
{
  assert_exited(exit_status(tc_args(1, I(7)), NULL), 7);
  assert_exited(exit_status(tc_args(0), tc_kw("n", I(3))), 3);
  assert_exited(exit_status(tc_args(1, I(256 + 4)), NULL), 4);   /* the kernel keeps 8 bits */
  tc_assert_no_children();
}

static int exit_argument_errors(void)
{
  if (!raises("_exit", tc_args(1, osref_str("1")), NULL, "TypeError", 0)) return 1;
  if (!raises("_exit", tc_args(1, osref_float(1.0)), NULL, "TypeError", 0)) return 2;
  if (!raises("_exit", tc_args(1, I(INT64_C(1) << 31)), NULL, "OverflowError", 0)) return 3;
  if (!raises("_exit", tc_args(0), tc_kw("status", I(1)), "TypeError", 0)) return 4;
  if (!raises("_exit", tc_args(0), NULL, "TypeError", 0)) return 5;
  osref__exit(42);
}

Test(pm_signals, _exit_refuses_bad_arguments_and_the_typed_layer_exits)
{
  cr_assert_eq(tc_in_child(exit_argument_errors), 42);
  tc_assert_no_children();
}

/* ---- absent ------------------------------------------------------------ */

Test(pm_signals, startfile_add_dll_directory_and_plock_without_it_are_absent_with_the_reason)
{
  static const struct { const char *name, *why; } absent[] = {
#ifndef HAVE_PLOCK
    {"plock", "not in this libc (HAVE_PLOCK unset)"},
#endif
    {"startfile", "documented for Windows only"},
    {"add_dll_directory", "documented for Windows only"},
  };
  for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++) {
    const osref_entry *e = osref_lookup(absent[i].name);
    cr_assert_not_null(e, "%s is declared", absent[i].name);
    cr_assert_eq(e->kind, OSREF_FUNCTION);
    cr_assert_str_eq(e->section, "Process Management");
    cr_assert_str_eq(e->absent, absent[i].why);
    tc_raises(absent[i].name, tc_args(1, I(0)), NULL, "AttributeError", 0);
  }
}
