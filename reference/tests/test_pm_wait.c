/* The wait family, wait statuses and exit codes (Process Management), with
 * real children: one that exits with a code, one killed by a signal, one
 * stopped and continued, observed through each wait function, the W*
 * functions and waitstatus_to_exitcode. Every test that forks reaps all
 * its children and ends with tc_assert_no_children(). Whatever changes a
 * process (signal handlers, process group) happens in a forked child. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>
#include "config.h"
#include "osref/wait.h"
#include "test_children.h"
#include "test_core_util.h"

/* ---- children ---------------------------------------------------------- */

static pid_t start(void)
{
  fflush(NULL);
  pid_t pid = fork();
  cr_assert_neq(pid, -1, "fork: %s", strerror(errno));
  return pid;
}

static pid_t child_exiting(int code)
{
  pid_t pid = start();
  if (pid == 0) _exit(code);
  return pid;
}

/* A child that waits for a signal; the test stops, continues or kills it. */
static pid_t child_pausing(void)
{
  pid_t pid = start();
  if (pid == 0)
    for (;;) pause();
  return pid;
}

/* Kills a child the test started and reaps it. */
static void kill_and_reap(pid_t pid)
{
  int status;
  cr_assert_eq(kill(pid, SIGKILL), 0);
  cr_assert_eq(waitpid(pid, &status, 0), pid);
}

/* ---- values ------------------------------------------------------------ */

static int64_t item(const osref_value *seq, size_t i)
{
  cr_assert_eq(seq->type, OSREF_TUPLE, "expected a tuple, got %s", osref_type_name(seq));
  cr_assert_lt(i, seq->u.seq.len);
  cr_assert_eq(seq->u.seq.items[i]->type, OSREF_INT);
  return seq->u.seq.items[i]->u.i;
}

static int64_t field(const osref_value *st, const char *name)
{
  const osref_value *v = osref_struct_get(st, name);
  cr_assert_not_null(v, "no field %s", name);
  cr_assert_eq(v->type, OSREF_INT, "%s is a %s", name, osref_type_name(v));
  return v->u.i;
}

/* os.NAME(status) through the call layer, as a bool or an int. */
static bool status_bool(const char *name, int status)
{
  osref_value *r = tc_ok(name, tc_args(1, osref_int(status)), NULL);
  cr_assert_eq(r->type, OSREF_BOOL, "%s returned a %s", name, osref_type_name(r));
  bool b = r->u.b;
  osref_decref(r);
  return b;
}

static int64_t status_int(const char *name, int status)
{
  osref_value *r = tc_ok(name, tc_args(1, osref_int(status)), NULL);
  cr_assert_eq(r->type, OSREF_INT, "%s returned a %s", name, osref_type_name(r));
  int64_t i = r->u.i;
  osref_decref(r);
  return i;
}

/* (pid, status) of os.waitpid(pid, options); returns status. */
static int waitpid_status(pid_t pid, int options, pid_t expected_pid)
{
  osref_value *r = tc_ok("waitpid", tc_args(2, osref_int(pid), osref_int(options)), NULL);
  cr_assert_eq(r->u.seq.len, 2);
  cr_assert_eq(item(r, 0), expected_pid);
  int status = (int)item(r, 1);
  osref_decref(r);
  return status;
}

static void assert_rusage(const osref_value *ru, bool zero)
{
  cr_assert_eq(ru->type, OSREF_STRUCT);
  cr_assert_str_eq(osref_type_name(ru), "struct_rusage");
  cr_assert_eq(ru->u.st.len, 16);
  cr_assert_eq(ru->u.st.n_sequence, 16);
  static const char *const counters[] = {
    "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
    "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
  };
  for (size_t i = 0; i < 2; i++) {
    const osref_value *t = osref_struct_get(ru, i ? "ru_stime" : "ru_utime");
    cr_assert_not_null(t);
    cr_assert_eq(t->type, OSREF_FLOAT);
    cr_assert(zero ? t->u.f == 0.0 : t->u.f >= 0.0);
  }
  for (size_t i = 0; i < sizeof counters / sizeof counters[0]; i++) {
    int64_t v = field(ru, counters[i]);
    cr_assert(zero ? v == 0 : v >= 0, "%s = %lld", counters[i], (long long)v);
  }
  if (!zero) cr_assert_gt(field(ru, "ru_maxrss"), 0);
}

/* ---- a child that exits with a code ------------------------------------ */

Test(pm_wait, wait_reports_an_exit_code)
{
  pid_t pid = child_exiting(3);
  osref_value *r = tc_ok("wait", NULL, NULL);
  cr_assert_eq(r->u.seq.len, 2);
  cr_assert_eq(item(r, 0), pid);
  int status = (int)item(r, 1);
  osref_decref(r);
  cr_assert_eq(status, 3 << 8);
  cr_assert(status_bool("WIFEXITED", status));
  cr_assert_eq(status_int("WEXITSTATUS", status), 3);
  cr_assert_not(status_bool("WIFSIGNALED", status));
  cr_assert_not(status_bool("WIFSTOPPED", status));
  cr_assert_not(status_bool("WIFCONTINUED", status));
  cr_assert_eq(status_int("waitstatus_to_exitcode", status), 3);
  tc_assert_no_children();
}

Test(pm_wait, waitpid_reports_the_given_child)
{
  pid_t other = child_exiting(1), pid = child_exiting(42);
  cr_assert_eq(waitpid_status(pid, 0, pid), 42 << 8);
  cr_assert_eq(waitpid_status(-1, 0, other), 1 << 8);
  tc_assert_no_children();
}

Test(pm_wait, wait3_and_wait4_add_the_resource_usage)
{
  pid_t pid = child_exiting(EX_USAGE);
  osref_value *r = tc_ok("wait3", tc_args(1, osref_int(0)), NULL);
  cr_assert_eq(r->u.seq.len, 3);
  cr_assert_eq(item(r, 0), pid);
  cr_assert_eq(item(r, 1), EX_USAGE << 8);
  assert_rusage(r->u.seq.items[2], false);
  osref_decref(r);

  pid = child_exiting(7);
  r = tc_ok("wait4", tc_args(2, osref_int(pid), osref_int(0)), NULL);
  cr_assert_eq(r->u.seq.len, 3);
  cr_assert_eq(item(r, 0), pid);
  cr_assert_eq(status_int("waitstatus_to_exitcode", (int)item(r, 1)), 7);
  assert_rusage(r->u.seq.items[2], false);
  osref_decref(r);

  /* The documented keywords. */
  pid = child_exiting(0);
  osref_value *kw = osref_dict();
  osref_dict_set(kw, osref_str("pid"), osref_int(pid));
  osref_dict_set(kw, osref_str("options"), osref_int(0));
  osref_decref(tc_ok("wait4", NULL, kw));
  child_exiting(0);
  osref_decref(tc_ok("wait3", NULL, tc_kw("options", osref_int(0))));
  tc_assert_no_children();
}

Test(pm_wait, waitid_reports_an_exit)
{
  pid_t pid = child_exiting(5);
  osref_value *r = tc_ok("waitid", tc_args(3, osref_int(P_PID), osref_int(pid), osref_int(WEXITED)), NULL);
  cr_assert_str_eq(osref_type_name(r), "waitid_result");
  cr_assert_eq(r->u.st.len, 5);
  cr_assert_eq(r->u.st.n_sequence, 5);
  cr_assert_eq(field(r, "si_pid"), pid);
  cr_assert_eq(field(r, "si_uid"), getuid());
  cr_assert_eq(field(r, "si_signo"), SIGCHLD);
  cr_assert_eq(field(r, "si_status"), 5);
  cr_assert_eq(field(r, "si_code"), CLD_EXITED);
  osref_decref(r);

  pid = child_exiting(6);
  r = tc_ok("waitid", tc_args(3, osref_int(P_ALL), osref_int(0), osref_int(WEXITED)), NULL);
  cr_assert_eq(field(r, "si_pid"), pid);
  cr_assert_eq(field(r, "si_status"), 6);
  osref_decref(r);
  tc_assert_no_children();
}

/* ---- a child killed by a signal ---------------------------------------- */

Test(pm_wait, a_child_killed_by_a_signal)
{
  pid_t pid = child_pausing();
  cr_assert_eq(kill(pid, SIGTERM), 0);
  int status = waitpid_status(pid, 0, pid);
  cr_assert(status_bool("WIFSIGNALED", status));
  cr_assert_eq(status_int("WTERMSIG", status), SIGTERM);
  cr_assert_not(status_bool("WIFEXITED", status));
  cr_assert_not(status_bool("WCOREDUMP", status));
  cr_assert_not(status_bool("WIFSTOPPED", status));
  cr_assert_eq(status_int("waitstatus_to_exitcode", status), -SIGTERM);

  pid = child_pausing();
  cr_assert_eq(kill(pid, SIGKILL), 0);
  osref_value *r = tc_ok("waitid", tc_args(3, osref_int(P_PID), osref_int(pid), osref_int(WEXITED)), NULL);
  cr_assert_eq(field(r, "si_pid"), pid);
  cr_assert_eq(field(r, "si_status"), SIGKILL);
  cr_assert_eq(field(r, "si_code"), CLD_KILLED);
  osref_decref(r);

  pid = child_pausing();
  cr_assert_eq(kill(pid, SIGKILL), 0);
  r = tc_ok("wait4", tc_args(2, osref_int(pid), osref_int(0)), NULL);
  cr_assert_eq(status_int("waitstatus_to_exitcode", (int)item(r, 1)), -SIGKILL);
  osref_decref(r);
  tc_assert_no_children();
}

/* ---- a child stopped and continued ------------------------------------- */

Test(pm_wait, waitpid_reports_a_stop_and_a_continuation)
{
  pid_t pid = child_pausing();
  cr_assert_eq(kill(pid, SIGSTOP), 0);
  int status = waitpid_status(pid, WUNTRACED, pid);
  cr_assert(status_bool("WIFSTOPPED", status));
  cr_assert_eq(status_int("WSTOPSIG", status), SIGSTOP);
  cr_assert_not(status_bool("WIFEXITED", status));
  cr_assert_not(status_bool("WIFSIGNALED", status));
  char want[64];
  snprintf(want, sizeof want, "process stopped by delivery of signal %d", SIGSTOP);
  cr_assert_str_eq(tc_raises("waitstatus_to_exitcode", tc_args(1, osref_int(status)), NULL, "ValueError", 0), want);

  cr_assert_eq(kill(pid, SIGCONT), 0);
  status = waitpid_status(pid, WCONTINUED, pid);
  cr_assert(status_bool("WIFCONTINUED", status));
  cr_assert_not(status_bool("WIFSTOPPED", status));
  cr_assert_str_eq(tc_raises("waitstatus_to_exitcode", tc_args(1, osref_int(status)), NULL, "ValueError", 0),
                   "invalid wait status: 65535");
  kill_and_reap(pid);
  tc_assert_no_children();
}

Test(pm_wait, waitid_reports_a_stop_and_a_continuation)
{
  pid_t pid = child_pausing();
  cr_assert_eq(kill(pid, SIGSTOP), 0);
  osref_value *r = tc_ok("waitid", tc_args(3, osref_int(P_PID), osref_int(pid), osref_int(WSTOPPED)), NULL);
  cr_assert_eq(field(r, "si_code"), CLD_STOPPED);
  cr_assert_eq(field(r, "si_status"), SIGSTOP);
  osref_decref(r);
  cr_assert_eq(kill(pid, SIGCONT), 0);
  r = tc_ok("waitid", tc_args(3, osref_int(P_PID), osref_int(pid), osref_int(WCONTINUED)), NULL);
  cr_assert_eq(field(r, "si_code"), CLD_CONTINUED);
  cr_assert_eq(field(r, "si_status"), SIGCONT);
  osref_decref(r);
  kill_and_reap(pid);
  tc_assert_no_children();
}

Test(pm_wait, wait3_reports_a_stop_with_wuntraced)
{
  pid_t pid = child_pausing();
  cr_assert_eq(kill(pid, SIGSTOP), 0);
  osref_value *r = tc_ok("wait3", tc_args(1, osref_int(WUNTRACED)), NULL);
  cr_assert_eq(item(r, 0), pid);
  cr_assert(status_bool("WIFSTOPPED", (int)item(r, 1)));
  osref_decref(r);
  kill_and_reap(pid);
  tc_assert_no_children();
}

/* ---- WNOHANG, WNOWAIT, process groups, pidfds -------------------------- */

Test(pm_wait, wnohang_with_a_running_child)
{
  pid_t pid = child_pausing();
  cr_assert_eq(waitpid_status(pid, WNOHANG, 0), 0);
  cr_assert_eq(waitpid_status(-1, WNOHANG, 0), 0);
  osref_value *r = tc_ok("wait3", tc_args(1, osref_int(WNOHANG)), NULL);
  cr_assert_eq(item(r, 0), 0);
  cr_assert_eq(item(r, 1), 0);
  assert_rusage(r->u.seq.items[2], true);
  osref_decref(r);
  r = tc_ok("wait4", tc_args(2, osref_int(pid), osref_int(WNOHANG)), NULL);
  cr_assert_eq(item(r, 0), 0);
  assert_rusage(r->u.seq.items[2], true);
  osref_decref(r);
  r = tc_ok("waitid", tc_args(3, osref_int(P_PID), osref_int(pid), osref_int(WEXITED | WNOHANG)), NULL);
  cr_assert_eq(r->type, OSREF_NONE);
  osref_decref(r);
  kill_and_reap(pid);
  tc_assert_no_children();
}

Test(pm_wait, wnowait_leaves_the_child_waitable)
{
  pid_t pid = child_exiting(9);
  osref_value *r = tc_ok("waitid", tc_args(3, osref_int(P_PID), osref_int(pid), osref_int(WEXITED | WNOWAIT)), NULL);
  cr_assert_eq(field(r, "si_status"), 9);
  osref_decref(r);
  r = tc_ok("waitid", tc_args(3, osref_int(P_PID), osref_int(pid), osref_int(WEXITED | WNOWAIT)), NULL);
  cr_assert_eq(field(r, "si_pid"), pid);
  osref_decref(r);
  cr_assert_eq(waitpid_status(pid, 0, pid), 9 << 8);
  tc_assert_no_children();
}

/* A child in a process group of its own, which it tells through a pipe
 * before exiting with code. */
static pid_t child_in_own_group(int code)
{
  int p[2];
  cr_assert_eq(pipe(p), 0);
  pid_t pid = start();
  if (pid == 0) {
    close(p[0]);
    char ok = setpgid(0, 0) == 0;
    _exit(write(p[1], &ok, 1) == 1 && ok ? code : 100);
  }
  close(p[1]);
  char ok = 0;
  cr_assert_eq(read(p[0], &ok, 1), 1);
  close(p[0]);
  cr_assert(ok, "setpgid in the child failed");
  return pid;
}

Test(pm_wait, a_process_group_through_waitid_and_waitpid)
{
  pid_t pid = child_in_own_group(11);
  osref_value *r = tc_ok("waitid", tc_args(3, osref_int(P_PGID), osref_int(pid), osref_int(WEXITED)), NULL);
  cr_assert_eq(field(r, "si_pid"), pid);
  cr_assert_eq(field(r, "si_status"), 11);
  osref_decref(r);

  pid = child_in_own_group(12);
  cr_assert_eq(waitpid_status(-pid, 0, pid), 12 << 8);
  /* The group is gone with its only member. */
  tc_raises("waitid", tc_args(3, osref_int(P_PGID), osref_int(pid), osref_int(WEXITED)), NULL,
            "ChildProcessError", ECHILD);
  tc_assert_no_children();
}

#if defined(HAVE_P_PIDFD) && defined(SYS_pidfd_open)
Test(pm_wait, waitid_p_pidfd)
{
  pid_t pid = child_exiting(13);
  int fd = (int)syscall(SYS_pidfd_open, pid, 0);
  if (fd < 0) {
    int status;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_skip_test("pidfd_open: %s", strerror(errno));
  }
  osref_value *r = tc_ok("waitid", tc_args(3, osref_int(P_PIDFD), osref_int(fd), osref_int(WEXITED)), NULL);
  cr_assert_eq(field(r, "si_pid"), pid);
  cr_assert_eq(field(r, "si_status"), 13);
  osref_decref(r);
  close(fd);
  tc_assert_no_children();
}
#endif

/* ---- EINTR ------------------------------------------------------------- */

static volatile sig_atomic_t interrupted;
static void on_usr1(int sig) { (void)sig; interrupted++; }

static void pause_ms(long ms)
{
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) == -1 && errno == EINTR) continue;
}

/* In a child: a handler without SA_RESTART interrupts waitpid() while a
 * grandchild is still running; the call must be retried. Exits with the
 * number of the first step that failed (0: none). */
static int interrupted_wait(void)
{
  struct sigaction sa = {.sa_handler = on_usr1};
  if (sigaction(SIGUSR1, &sa, NULL) != 0) return 1;
  pid_t parent = getpid();
  pid_t grandchild = fork();
  if (grandchild == -1) return 2;
  if (grandchild == 0) {
    pause_ms(100);
    kill(parent, SIGUSR1);
    pause_ms(100);
    _exit(7);
  }
  osref_error err = {0};
  int status;
  if (osref_waitpid(grandchild, 0, &status, &err) != grandchild) return 3;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 7) return 4;
  if (interrupted != 1) return 5;
  return 0;
}

Test(pm_wait, waitpid_is_retried_after_eintr)
{
  pid_t pid = start();
  if (pid == 0) _exit(interrupted_wait());
  cr_assert_eq(waitpid_status(pid, 0, pid), 0, "the child's step failed");
  tc_assert_no_children();
}

/* ---- the typed layer --------------------------------------------------- */

Test(pm_wait, typed_layer)
{
  osref_error err = {0};
  int status, code;
  struct rusage ru;
  siginfo_t si;
  pid_t pid = child_exiting(21);
  cr_assert_eq(osref_waitpid(pid, 0, &status, &err), pid);
  cr_assert(osref_WIFEXITED(status));
  cr_assert_eq(osref_WEXITSTATUS(status), 21);
  cr_assert_eq(osref_waitstatus_to_exitcode(status, &code, &err), 0);
  cr_assert_eq(code, 21);

  pid = child_exiting(22);
  cr_assert_eq(osref_wait4(pid, 0, &status, &ru, &err), pid);
  cr_assert_eq(osref_WEXITSTATUS(status), 22);
  osref_value *v = osref_rusage_value(&ru);
  assert_rusage(v, false);
  osref_decref(v);

  pid = child_exiting(23);
  cr_assert_eq(osref_waitid(P_PID, (id_t)pid, WEXITED, &si, &err), 0);
  cr_assert_eq(si.si_pid, pid);
  v = osref_waitid_value(&si);
  cr_assert_eq(field(v, "si_status"), 23);
  osref_decref(v);

  cr_assert_eq(osref_wait(&status, &err), -1);
  cr_assert_str_eq(err.type, "ChildProcessError");
  cr_assert_eq(err.errnum, ECHILD);
  memset(&err, 0, sizeof err);
  cr_assert_eq(osref_waitstatus_to_exitcode(0x137f, &code, &err), -1);
  cr_assert_str_eq(err.type, "ValueError");
  tc_assert_no_children();
}

/* ---- the documented errors ---------------------------------------------- */

Test(pm_wait, no_child_raises_child_process_error)
{
  tc_raises("wait", NULL, NULL, "ChildProcessError", ECHILD);
  tc_raises("waitpid", tc_args(2, osref_int(-1), osref_int(0)), NULL, "ChildProcessError", ECHILD);
  tc_raises("waitpid", tc_args(2, osref_int(-1), osref_int(WNOHANG)), NULL, "ChildProcessError", ECHILD);
  tc_raises("waitpid", tc_args(2, osref_int(0), osref_int(0)), NULL, "ChildProcessError", ECHILD);
  tc_raises("wait3", tc_args(1, osref_int(0)), NULL, "ChildProcessError", ECHILD);
  tc_raises("wait3", tc_args(1, osref_int(WNOHANG)), NULL, "ChildProcessError", ECHILD);
  tc_raises("wait4", tc_args(2, osref_int(-1), osref_int(0)), NULL, "ChildProcessError", ECHILD);
  tc_raises("waitid", tc_args(3, osref_int(P_ALL), osref_int(0), osref_int(WEXITED)), NULL,
            "ChildProcessError", ECHILD);
  tc_raises("waitid", tc_args(3, osref_int(P_ALL), osref_int(0), osref_int(WEXITED | WNOHANG)), NULL,
            "ChildProcessError", ECHILD);
  /* Not our child. */
  tc_raises("waitpid", tc_args(2, osref_int(1), osref_int(0)), NULL, "ChildProcessError", ECHILD);
}

Test(pm_wait, bad_options_raise_einval)
{
  /* waitid needs one of WEXITED, WSTOPPED, WCONTINUED. */
  tc_raises("waitid", tc_args(3, osref_int(P_ALL), osref_int(0), osref_int(0)), NULL, "OSError", EINVAL);
  tc_raises("waitid", tc_args(3, osref_int(99), osref_int(0), osref_int(WEXITED)), NULL, "OSError", EINVAL);
  tc_raises("waitpid", tc_args(2, osref_int(-1), osref_int(-1)), NULL, "OSError", EINVAL);
  tc_raises("wait4", tc_args(2, osref_int(-1), osref_int(-1)), NULL, "OSError", EINVAL);
  tc_raises("wait3", tc_args(1, osref_int(-1)), NULL, "OSError", EINVAL);
}

/* ---- statuses without a child ------------------------------------------ */

Test(pm_wait, status_functions_decode_the_status_bits)
{
  cr_assert(status_bool("WCOREDUMP", 0x80 | SIGABRT));
  cr_assert(status_bool("WIFSIGNALED", 0x80 | SIGABRT));
  cr_assert_eq(status_int("WTERMSIG", 0x80 | SIGABRT), SIGABRT);
  cr_assert_eq(status_int("waitstatus_to_exitcode", 0x80 | SIGABRT), -SIGABRT);
  cr_assert_not(status_bool("WCOREDUMP", SIGABRT));
  cr_assert(status_bool("WIFCONTINUED", 0xffff));
  cr_assert_eq(status_int("WSTOPSIG", (SIGTSTP << 8) | 0x7f), SIGTSTP);
  cr_assert_eq(status_int("WEXITSTATUS", 255 << 8), 255);
  cr_assert_eq(status_int("waitstatus_to_exitcode", 255 << 8), 255);
  cr_assert_eq(status_int("waitstatus_to_exitcode", 0), 0);
  /* Any C int is a status: the macros decide, as in CPython. */
  cr_assert_eq(status_int("WEXITSTATUS", -1), 255);
  cr_assert_not(status_bool("WIFEXITED", -1));
  cr_assert_eq(status_int("waitstatus_to_exitcode", INT32_MIN), 0);
  cr_assert_str_eq(tc_raises("waitstatus_to_exitcode", tc_args(1, osref_int(-1)), NULL, "ValueError", 0),
                   "invalid wait status: -1");
  cr_assert_str_eq(tc_raises("waitstatus_to_exitcode", tc_args(1, osref_int(0x7f)), NULL, "ValueError", 0),
                   "process stopped by delivery of signal 0");
  /* bool is an int. */
  osref_value *r = tc_ok("WEXITSTATUS", tc_args(1, osref_bool(true)), NULL);
  cr_assert_eq(r->u.i, 0);
  osref_decref(r);
}

/* ---- argument types and ranges ------------------------------------------ */

static const char *const status_fns[] = {
  "WCOREDUMP", "WIFCONTINUED", "WIFSTOPPED", "WIFSIGNALED", "WIFEXITED", "WEXITSTATUS", "WSTOPSIG", "WTERMSIG",
  "waitstatus_to_exitcode",
};

Test(pm_wait, status_arguments_are_c_ints)
{
  for (size_t i = 0; i < sizeof status_fns / sizeof status_fns[0]; i++) {
    const char *fn = status_fns[i];
    cr_assert_str_eq(tc_raises(fn, tc_args(1, osref_str("0")), NULL, "TypeError", 0),
                     "'str' object cannot be interpreted as an integer");
    cr_assert_str_eq(tc_raises(fn, tc_args(1, osref_float(0.0)), NULL, "TypeError", 0),
                     "'float' object cannot be interpreted as an integer");
    tc_raises(fn, tc_args(1, osref_none()), NULL, "TypeError", 0);
    cr_assert_str_eq(tc_raises(fn, tc_args(1, osref_int(INT64_C(1) << 31)), NULL, "OverflowError", 0),
                     "Python int too large to convert to C int");
    cr_assert_str_eq(tc_raises(fn, tc_args(1, osref_int(INT32_MIN - INT64_C(1))), NULL, "OverflowError", 0),
                     "Python int too large to convert to C int");
    tc_raises(fn, NULL, NULL, "TypeError", 0);
    tc_raises(fn, tc_args(2, osref_int(0), osref_int(0)), NULL, "TypeError", 0);
  }
  /* status is positional-only for WCOREDUMP alone. */
  tc_raises("WCOREDUMP", NULL, tc_kw("status", osref_int(0)), "TypeError", 0);
  cr_assert(status_bool("WIFEXITED", 0));
  osref_value *r = tc_ok("WIFEXITED", NULL, tc_kw("status", osref_int(0)));
  cr_assert(r->u.b);
  osref_decref(r);
  r = tc_ok("waitstatus_to_exitcode", NULL, tc_kw("status", osref_int(3 << 8)));
  cr_assert_eq(r->u.i, 3);
  osref_decref(r);
}

Test(pm_wait, wait_arguments_are_checked_before_waiting)
{
  tc_raises("waitpid", tc_args(2, osref_str("1"), osref_int(0)), NULL, "TypeError", 0);
  tc_raises("waitpid", tc_args(2, osref_int(1), osref_float(0.0)), NULL, "TypeError", 0);
  cr_assert_str_eq(tc_raises("waitpid", tc_args(2, osref_int(INT64_C(1) << 31), osref_int(0)), NULL, "OverflowError", 0),
                   "signed integer is greater than maximum");
  cr_assert_str_eq(tc_raises("waitpid", tc_args(2, osref_int(INT32_MIN - INT64_C(1)), osref_int(0)), NULL,
                             "OverflowError", 0),
                   "signed integer is less than minimum");
  cr_assert_str_eq(tc_raises("waitpid", tc_args(2, osref_int(1), osref_int(INT64_C(1) << 31)), NULL, "OverflowError", 0),
                   "signed integer is greater than maximum");
  /* pid and options are positional-only. */
  osref_value *kw = osref_dict();
  osref_dict_set(kw, osref_str("pid"), osref_int(-1));
  osref_dict_set(kw, osref_str("options"), osref_int(0));
  tc_raises("waitpid", NULL, kw, "TypeError", 0);
  tc_raises("waitpid", tc_args(1, osref_int(-1)), NULL, "TypeError", 0);
  tc_raises("wait", tc_args(1, osref_int(0)), NULL, "TypeError", 0);

  tc_raises("wait3", tc_args(1, osref_str("0")), NULL, "TypeError", 0);
  cr_assert_str_eq(tc_raises("wait3", tc_args(1, osref_int(INT64_C(1) << 31)), NULL, "OverflowError", 0),
                   "Python int too large to convert to C int");
  tc_raises("wait3", NULL, NULL, "TypeError", 0);
  tc_raises("wait3", NULL, tc_kw("options", osref_int(0)), "ChildProcessError", ECHILD);

  tc_raises("wait4", tc_args(2, osref_none(), osref_int(0)), NULL, "TypeError", 0);
  cr_assert_str_eq(tc_raises("wait4", tc_args(2, osref_int(INT64_C(1) << 31), osref_int(0)), NULL, "OverflowError", 0),
                   "signed integer is greater than maximum");
  tc_raises("wait4", tc_args(1, osref_int(-1)), NULL, "TypeError", 0);

  for (size_t i = 0; i < 3; i++) {
    osref_value *args = tc_args(3, osref_int(P_ALL), osref_int(0), osref_int(WEXITED));
    osref_seq_set(args, i, osref_str("0"));
    tc_raises("waitid", args, NULL, "TypeError", 0);
    args = tc_args(3, osref_int(P_ALL), osref_int(0), osref_int(WEXITED));
    osref_seq_set(args, i, osref_int(INT64_C(1) << 31));
    cr_assert_str_eq(tc_raises("waitid", args, NULL, "OverflowError", 0), "signed integer is greater than maximum");
  }
  tc_raises("waitid", NULL, tc_kw("idtype", osref_int(P_ALL)), "TypeError", 0);
  /* id -1 is (id_t)-1, which P_ALL ignores. */
  tc_raises("waitid", tc_args(3, osref_int(P_ALL), osref_int(-1), osref_int(WEXITED)), NULL,
            "ChildProcessError", ECHILD);
}

/* ---- constants ----------------------------------------------------------- */

static int64_t constant(const char *name)
{
  osref_value *v = tc_get(name);
  cr_assert_eq(v->type, OSREF_INT, "%s is a %s", name, osref_type_name(v));
  int64_t i = v->u.i;
  osref_decref(v);
  return i;
}

Test(pm_wait, constants_have_the_system_values)
{
  static const struct { const char *name; int64_t value; } consts[] = {
    {"EX_OK", EX_OK}, {"EX_USAGE", EX_USAGE}, {"EX_DATAERR", EX_DATAERR}, {"EX_NOINPUT", EX_NOINPUT},
    {"EX_NOUSER", EX_NOUSER}, {"EX_NOHOST", EX_NOHOST}, {"EX_UNAVAILABLE", EX_UNAVAILABLE},
    {"EX_SOFTWARE", EX_SOFTWARE}, {"EX_OSERR", EX_OSERR}, {"EX_OSFILE", EX_OSFILE},
    {"EX_CANTCREAT", EX_CANTCREAT}, {"EX_IOERR", EX_IOERR}, {"EX_TEMPFAIL", EX_TEMPFAIL},
    {"EX_PROTOCOL", EX_PROTOCOL}, {"EX_NOPERM", EX_NOPERM}, {"EX_CONFIG", EX_CONFIG},
    {"P_PID", P_PID}, {"P_PGID", P_PGID}, {"P_ALL", P_ALL},
    {"WNOHANG", WNOHANG}, {"WCONTINUED", WCONTINUED}, {"WUNTRACED", WUNTRACED}, {"WEXITED", WEXITED},
    {"WSTOPPED", WSTOPPED}, {"WNOWAIT", WNOWAIT},
    {"CLD_EXITED", CLD_EXITED}, {"CLD_KILLED", CLD_KILLED}, {"CLD_DUMPED", CLD_DUMPED},
    {"CLD_TRAPPED", CLD_TRAPPED}, {"CLD_STOPPED", CLD_STOPPED}, {"CLD_CONTINUED", CLD_CONTINUED},
  };
  for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
    cr_assert_eq(constant(consts[i].name), consts[i].value, "%s", consts[i].name);
  cr_assert_eq(constant("EX_OK"), 0);
  cr_assert_eq(constant("EX_USAGE"), 64);
#ifdef HAVE_P_PIDFD
  cr_assert_eq(constant("P_PIDFD"), P_PIDFD);
#endif
}

Test(pm_wait, ex_notfound_follows_sysexits_h)
{
  const osref_entry *e = osref_lookup("EX_NOTFOUND");
  cr_assert_not_null(e, "EX_NOTFOUND is not declared");
#ifdef EX_NOTFOUND
  cr_assert_null(e->absent);
  cr_assert_eq(constant("EX_NOTFOUND"), EX_NOTFOUND);
#else
  cr_assert_not_null(e->absent);
  osref_error err = {0};
  cr_assert_null(osref_getattr("EX_NOTFOUND", &err));
  cr_assert_str_eq(err.type, "AttributeError");
#endif
}
