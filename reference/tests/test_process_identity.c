/* Functions that change the process's identity, session or priority. Each
 * runs in a forked child, so the test process keeps its identity; the
 * child exits with the number of the first step that failed (0: none).
 * CI runs as root: the set*id tests take the privileged path there and the
 * EPERM path otherwise. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include "test_core_util.h"

static uid_t parent_euid;

/* The coverage build needs exit() (gcov writes its data then), unless the
 * child gave up the identity that may write those files. Under ASan, exit()
 * would run LeakSanitizer in a fork of a threaded process, which reports
 * the parent's live objects, so leave with _exit() there too. */
static _Noreturn void child_exit(int code)
{
#if defined(__SANITIZE_ADDRESS__)
  _exit(code);
#else
  if (geteuid() != parent_euid) _exit(code);
  exit(code);
#endif
}

static int in_child(int (*body)(void))
{
  fflush(NULL);
  parent_euid = geteuid();
  pid_t pid = fork();
  cr_assert_neq(pid, -1);
  if (pid == 0) child_exit(body());
  int status;
  cr_assert_eq(waitpid(pid, &status, 0), pid);
  cr_assert(WIFEXITED(status), "child killed by signal %d", WTERMSIG(status));
  return WEXITSTATUS(status);
}

/* os.name(args...) in the child: the result, or NULL with *err. */
static osref_value *call(const char *name, osref_value *args, osref_error *err)
{
  osref_value *r = osref_call(name, args, NULL, err);
  osref_decref(args);
  return r;
}

static bool returns_none(const char *name, osref_value *args)
{
  osref_error err;
  osref_value *r = call(name, args, &err);
  bool ok = r && r->type == OSREF_NONE;
  osref_decref(r);
  return ok;
}

static bool raises(const char *name, osref_value *args, const char *type, int errnum)
{
  osref_error err;
  osref_value *r = call(name, args, &err);
  osref_decref(r);
  return !r && strcmp(err.type, type) == 0 && err.errnum == errnum;
}

static bool triple_is(const char *name, int64_t a, int64_t b, int64_t c)
{
  osref_error err;
  osref_value *r = call(name, NULL, &err);
  bool ok = r && r->u.seq.items[0]->u.i == a && r->u.seq.items[1]->u.i == b && r->u.seq.items[2]->u.i == c;
  osref_decref(r);
  return ok;
}

static int session(void)
{
  if (!returns_none("setsid", NULL)) return 1;
  if (getsid(0) != getpid()) return 2;
  /* Now a process group leader: a second setsid() must fail. */
  if (!raises("setsid", NULL, "PermissionError", EPERM)) return 3;
  return 0;
}

Test(process_identity, setsid_makes_a_new_session)
{
  cr_assert_eq(in_child(session), 0);
}

static int process_group(void)
{
  if (!returns_none("setpgrp", NULL)) return 1;
  if (getpgrp() != getpid()) return 2;
  if (!returns_none("setpgid", tc_args(2, osref_int(0), osref_int(0)))) return 3;
  if (!raises("setpgid", tc_args(2, osref_int(INT32_MAX), osref_int(0)), "ProcessLookupError", ESRCH)) return 4;
  if (!raises("setpgid", tc_args(1, osref_int(0)), "TypeError", 0)) return 5;
  return 0;
}

Test(process_identity, setpgrp_and_setpgid_make_a_process_group)
{
  cr_assert_eq(in_child(process_group), 0);
}

static int priority(void)
{
  int p = getpriority(PRIO_PROCESS, 0);
  if (p >= 19) return 0;   /* already the lowest priority: nothing to lower */
  if (!returns_none("setpriority", tc_args(3, osref_int(PRIO_PROCESS), osref_int(0), osref_int(p + 1)))) return 1;
  errno = 0;
  if (getpriority(PRIO_PROCESS, 0) != p + 1) return 2;
  return 0;
}

Test(process_identity, setpriority_lowers_the_priority)
{
  cr_assert_eq(in_child(priority), 0);
}

static int groups_as_root(void)
{
  if (!returns_none("setgroups", tc_args(1, tc_args(2, osref_int(11), osref_int(12))))) return 1;
  gid_t g[4];
  if (getgroups(4, g) != 2 || g[0] != 11 || g[1] != 12) return 2;
  if (!returns_none("setgroups", tc_args(1, osref_list()))) return 3;
  if (getgroups(0, NULL) != 0) return 4;
  if (!returns_none("initgroups", tc_args(2, osref_str("root"), osref_int(77)))) return 5;
  if (getgroups(4, g) < 1) return 6;
  if (!returns_none("setresgid", tc_args(3, osref_int(5), osref_int(6), osref_int(7)))) return 7;
  if (!triple_is("getresgid", 5, 6, 7)) return 8;
  if (!returns_none("setresgid", tc_args(3, osref_int(-1), osref_int(-1), osref_int(-1)))) return 9;
  if (!triple_is("getresgid", 5, 6, 7)) return 10;
  if (!returns_none("setregid", tc_args(2, osref_int(3), osref_int(4)))) return 11;
  if (getgid() != 3 || getegid() != 4) return 12;
  if (!returns_none("setegid", tc_args(1, osref_int(2)))) return 13;
  if (getegid() != 2) return 14;
  if (!returns_none("setgid", tc_args(1, osref_int(1)))) return 15;
  if (getgid() != 1 || getegid() != 1) return 16;
  return 0;
}

static int users_as_root(void)
{
  if (!returns_none("setresuid", tc_args(3, osref_int(0), osref_int(1000), osref_int(0)))) return 1;
  if (!triple_is("getresuid", 0, 1000, 0)) return 2;
  if (!returns_none("seteuid", tc_args(1, osref_int(0)))) return 3;
  if (!returns_none("setreuid", tc_args(2, osref_int(-1), osref_int(1001)))) return 4;
  if (geteuid() != 1001) return 5;
  if (!returns_none("setreuid", tc_args(2, osref_int(0), osref_int(0)))) return 6;
  if (!returns_none("setuid", tc_args(1, osref_int(0)))) return 14;   /* its own uid: allowed */
  return 0;
}

/* Apart, because a process that gave up root cannot write coverage data. */
static int drop_root(void)
{
  if (!returns_none("setuid", tc_args(1, osref_int(65534)))) return 7;
  if (!triple_is("getresuid", 65534, 65534, 65534)) return 8;
  /* Root's privilege is gone for good: every way back is refused. */
  if (!raises("setuid", tc_args(1, osref_int(0)), "PermissionError", EPERM)) return 9;
  if (!raises("seteuid", tc_args(1, osref_int(0)), "PermissionError", EPERM)) return 10;
  if (!raises("setgroups", tc_args(1, osref_list()), "PermissionError", EPERM)) return 11;
  if (!raises("setgid", tc_args(1, osref_int(12345)), "PermissionError", EPERM)) return 12;
  if (!raises("initgroups", tc_args(2, osref_str("root"), osref_int(0)), "PermissionError", EPERM)) return 13;
  return 0;
}

static int as_unprivileged(void)
{
  if (!raises("setuid", tc_args(1, osref_int(0)), "PermissionError", EPERM)) return 1;
  if (!raises("setgroups", tc_args(1, osref_list()), "PermissionError", EPERM)) return 2;
  return 0;
}

Test(process_identity, group_ids_change_as_set)
{
  if (geteuid() != 0) cr_skip_test("needs root (CI runs as root)");
  cr_assert_eq(in_child(groups_as_root), 0);
}

Test(process_identity, user_ids_change_and_root_cannot_come_back)
{
  if (geteuid() != 0) {
    cr_assert_eq(in_child(as_unprivileged), 0);
    return;
  }
  cr_assert_eq(in_child(users_as_root), 0);
  cr_assert_eq(in_child(drop_root), 0);
}

Test(process_identity, id_arguments_follow_cpythons_converters)
{
  cr_assert_str_eq(tc_raises("setuid", tc_args(1, osref_int(-5)), NULL, "OverflowError", 0),
                   "uid is less than minimum");
  cr_assert_str_eq(tc_raises("setuid", tc_args(1, osref_int(INT64_C(1) << 32)), NULL, "OverflowError", 0),
                   "uid is greater than maximum");
  cr_assert_str_eq(tc_raises("setuid", tc_args(1, osref_str("0")), NULL, "TypeError", 0),
                   "uid should be integer, not str");
  cr_assert_str_eq(tc_raises("setgid", tc_args(1, osref_float(0)), NULL, "TypeError", 0),
                   "gid should be integer, not float");
  tc_raises("setresuid", tc_args(3, osref_int(0), osref_int(0), osref_str("x")), NULL, "TypeError", 0);
  cr_assert_str_eq(tc_raises("setgroups", tc_args(1, osref_int(5)), NULL, "TypeError", 0),
                   "setgroups argument must be a sequence");
  cr_assert_str_eq(tc_raises("setgroups", tc_args(1, tc_args(1, osref_float(1.5))), NULL, "TypeError", 0),
                   "groups must be integers");
  tc_raises("setgroups", tc_args(1, tc_args(1, osref_int(-7))), NULL, "OverflowError", 0);
  osref_value *many = osref_list();
  for (int i = 0; i <= NGROUPS_MAX; i++) osref_list_append(many, osref_int(0));
  cr_assert_str_eq(tc_raises("setgroups", tc_args(1, many), NULL, "ValueError", 0), "too many groups");
  tc_raises("initgroups", tc_args(2, osref_int(0), osref_int(0)), NULL, "TypeError", 0);
}
