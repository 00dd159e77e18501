/* Process Parameters: ids, groups, priority, sessions, uname, strerror,
 * umask and the constants, through the call layer. Whatever changes the
 * process (umask, priority, session) runs in a forked child. */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>
#include "test_core_util.h"
#include "osref/process.h"

static int64_t int_of(osref_value *v)
{
  cr_assert_eq(v->type, OSREF_INT, "expected an int, got %s", osref_type_name(v));
  int64_t i = v->u.i;
  osref_decref(v);
  return i;
}

Test(process, id_getters_return_the_process_ids)
{
  cr_assert_eq(int_of(tc_ok("getpid", NULL, NULL)), getpid());
  cr_assert_eq(int_of(tc_ok("getppid", NULL, NULL)), getppid());
  cr_assert_eq(int_of(tc_ok("getuid", NULL, NULL)), getuid());
  cr_assert_eq(int_of(tc_ok("geteuid", NULL, NULL)), geteuid());
  cr_assert_eq(int_of(tc_ok("getgid", NULL, NULL)), getgid());
  cr_assert_eq(int_of(tc_ok("getegid", NULL, NULL)), getegid());
  cr_assert_eq(int_of(tc_ok("getpgrp", NULL, NULL)), getpgrp());
}

Test(process, getpgid_zero_is_the_current_process_group)
{
  cr_assert_eq(int_of(tc_ok("getpgid", tc_args(1, osref_int(0)), NULL)), getpgrp());
  cr_assert_eq(int_of(tc_ok("getpgid", NULL, tc_kw("pid", osref_int(getpid())))), getpgrp());
  tc_raises("getpgid", tc_args(1, osref_int(INT32_MAX)), NULL, "ProcessLookupError", ESRCH);
  tc_raises("getpgid", tc_args(1, osref_str("1")), NULL, "TypeError", 0);
  tc_raises("getpgid", tc_args(1, osref_int(INT64_C(1) << 40)), NULL, "OverflowError", 0);
}

Test(process, getsid_of_zero_and_of_a_missing_process)
{
  cr_assert_eq(int_of(tc_ok("getsid", tc_args(1, osref_int(0)), NULL)), getsid(0));
  tc_raises("getsid", tc_args(1, osref_int(INT32_MAX)), NULL, "ProcessLookupError", ESRCH);
  tc_raises("getsid", NULL, tc_kw("pid", osref_int(0)), "TypeError", 0);
}

Test(process, getresuid_and_getresgid_are_real_effective_saved)
{
  uid_t r, e, s;
  gid_t gr, ge, gs;
  getresuid(&r, &e, &s);
  getresgid(&gr, &ge, &gs);
  osref_value *u = tc_ok("getresuid", NULL, NULL), *g = tc_ok("getresgid", NULL, NULL);
  cr_assert_eq(u->type, OSREF_TUPLE);
  cr_assert_eq(u->u.seq.len, 3u);
  cr_assert_eq(u->u.seq.items[0]->u.i, r);
  cr_assert_eq(u->u.seq.items[1]->u.i, e);
  cr_assert_eq(u->u.seq.items[2]->u.i, s);
  cr_assert_eq(g->u.seq.items[0]->u.i, gr);
  cr_assert_eq(g->u.seq.items[1]->u.i, ge);
  cr_assert_eq(g->u.seq.items[2]->u.i, gs);
  osref_decref(u), osref_decref(g);
}

Test(process, getgroups_lists_the_supplementary_groups)
{
  gid_t g[256];
  int n = getgroups(256, g);
  osref_value *l = tc_ok("getgroups", NULL, NULL);
  cr_assert_eq(l->type, OSREF_LIST);
  cr_assert_eq(l->u.seq.len, (size_t)n);
  for (int i = 0; i < n; i++) cr_assert_eq(l->u.seq.items[i]->u.i, g[i]);
  osref_decref(l);
}

static bool list_has(const osref_value *l, int64_t v)
{
  for (size_t i = 0; i < l->u.seq.len; i++)
    if (l->u.seq.items[i]->u.i == v) return true;
  return false;
}

Test(process, getgrouplist_includes_the_given_group)
{
  osref_value *l = tc_ok("getgrouplist", tc_args(2, osref_str("root"), osref_int(0)), NULL);
  cr_assert(list_has(l, 0));
  osref_decref(l);
  /* "If group is not in the list, it is included." */
  l = tc_ok("getgrouplist", tc_args(2, osref_str("no-such-user-osref"), osref_int(54321)), NULL);
  cr_assert(list_has(l, 54321));
  osref_decref(l);
  cr_assert_str_eq(tc_raises("getgrouplist", tc_args(2, osref_str("root"), osref_str("0")), NULL,
                             "TypeError", 0), "gid should be integer, not str");
  tc_raises("getgrouplist", tc_args(2, osref_bytes("root", 4), osref_int(0)), NULL, "TypeError", 0);
  tc_raises("getgrouplist", tc_args(2, osref_strn("ro\0ot", 5), osref_int(0)), NULL, "ValueError", 0);
  tc_raises("getgrouplist", tc_args(2, osref_str("root"), osref_int(-2)), NULL, "OverflowError", 0);
}

Test(process, many_groups_grow_the_buffer)
{
  /* root is in few groups; 54321 forces the "add the group" path anyway,
   * and the typed layer must cope with any count. */
  osref_error err = {0};
  osref_value *l = osref_getgrouplist("root", 54321, &err);
  cr_assert_not_null(l);
  cr_assert(list_has(l, 54321));
  osref_decref(l);
}

Test(process, uname_is_a_five_field_struct_sequence)
{
  struct utsname u;
  uname(&u);
  osref_value *r = tc_ok("uname", NULL, NULL);
  cr_assert_eq(r->type, OSREF_STRUCT);
  cr_assert_str_eq(osref_type_name(r), "uname_result");
  cr_assert_eq(r->u.st.n_sequence, 5u, "iterable like a five-tuple");
  const char *want[] = {u.sysname, u.nodename, u.release, u.version, u.machine};
  const char *fields[] = {"sysname", "nodename", "release", "version", "machine"};
  for (int i = 0; i < 5; i++) {
    cr_assert_str_eq(r->u.st.items[i]->u.s.data, want[i]);
    cr_assert_str_eq(osref_struct_get(r, fields[i])->u.s.data, want[i]);
  }
  osref_decref(r);
}

Test(process, strerror_returns_the_message)
{
  osref_value *s = tc_ok("strerror", tc_args(1, osref_int(ENOENT)), NULL);
  cr_assert_str_eq(s->u.s.data, strerror(ENOENT));
  osref_decref(s);
  s = tc_ok("strerror", tc_args(1, osref_int(123456)), NULL);
  cr_assert_str_eq(s->u.s.data, strerror(123456), "glibc names unknown numbers");
  osref_decref(s);
  tc_raises("strerror", tc_args(1, osref_int(INT64_C(1) << 40)), NULL, "OverflowError", 0);
  tc_raises("strerror", tc_args(1, osref_float(2.0)), NULL, "TypeError", 0);
}

Test(process, umask_sets_and_returns_the_previous_mask)
{
  mode_t old = umask(022);
  cr_assert_eq(int_of(tc_ok("umask", tc_args(1, osref_int(077)), NULL)), 022);
  cr_assert_eq(int_of(tc_ok("umask", tc_args(1, osref_int(old)), NULL)), 077);
  tc_raises("umask", tc_args(1, osref_float(1.5)), NULL, "TypeError", 0);
  tc_raises("umask", tc_args(1, osref_str("x")), NULL, "TypeError", 0);
}

Test(process, ctermid_names_the_controlling_terminal)
{
  osref_value *s = tc_ok("ctermid", NULL, NULL);
  cr_assert_str_eq(s->u.s.data, ctermid(NULL));
  osref_decref(s);
}

Test(process, getlogin_agrees_with_the_libc)
{
  errno = 0;
  const char *name = getlogin();
  int e = errno;
  osref_error err;
  osref_value *r = tc_call("getlogin", NULL, NULL, &err);
  if (name) {
    cr_assert_not_null(r);
    cr_assert_str_eq(r->u.s.data, name);
  } else {
    cr_assert_null(r, "no controlling terminal here: the libc fails, so must getlogin()");
    cr_assert_eq(err.errnum, e);
  }
  osref_decref(r);
}

Test(process, getpriority_of_this_process)
{
  errno = 0;
  int p = getpriority(PRIO_PROCESS, 0);
  osref_value *which = tc_get("PRIO_PROCESS");
  cr_assert_eq(int_of(tc_ok("getpriority", tc_args(2, which, osref_int(0)), NULL)), p);
  tc_raises("getpriority", tc_args(2, osref_int(12345), osref_int(0)), NULL, "OSError", EINVAL);
  tc_raises("getpriority", tc_args(2, osref_int(PRIO_PROCESS), osref_int(INT32_MAX)), NULL,
            "ProcessLookupError", ESRCH);
  tc_raises("setpriority", tc_args(3, osref_int(12345), osref_int(0), osref_int(0)), NULL, "OSError", EINVAL);
  tc_raises("setpriority", tc_args(3, osref_int(0), osref_int(0), osref_str("x")), NULL, "TypeError", 0);
}

Test(process, constants_equal_the_c_headers)
{
  static const struct { const char *name; int64_t value; } table[] = {
    {"PRIO_PROCESS", PRIO_PROCESS}, {"PRIO_PGRP", PRIO_PGRP}, {"PRIO_USER", PRIO_USER},
    {"CLONE_FILES", CLONE_FILES}, {"CLONE_FS", CLONE_FS}, {"CLONE_NEWCGROUP", CLONE_NEWCGROUP},
    {"CLONE_NEWIPC", CLONE_NEWIPC}, {"CLONE_NEWNET", CLONE_NEWNET}, {"CLONE_NEWNS", CLONE_NEWNS},
    {"CLONE_NEWPID", CLONE_NEWPID}, {"CLONE_NEWTIME", CLONE_NEWTIME}, {"CLONE_NEWUSER", CLONE_NEWUSER},
    {"CLONE_NEWUTS", CLONE_NEWUTS}, {"CLONE_SIGHAND", CLONE_SIGHAND}, {"CLONE_SYSVSEM", CLONE_SYSVSEM},
    {"CLONE_THREAD", CLONE_THREAD}, {"CLONE_VM", CLONE_VM},
  };
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    cr_assert_eq(int_of(tc_get(table[i].name)), table[i].value, "%s", table[i].name);
}

Test(process, unshare_zero_changes_nothing)
{
  osref_value *r = tc_ok("unshare", tc_args(1, osref_int(0)), NULL);
  cr_assert_eq(r->type, OSREF_NONE);
  osref_decref(r);
  tc_raises("unshare", tc_args(1, osref_int(-1)), NULL, "OSError", EINVAL);
  tc_raises("unshare", tc_args(1, osref_none()), NULL, "TypeError", 0);
}

Test(process, setns_checks_its_descriptor)
{
  tc_raises("setns", tc_args(1, osref_int(-1)), NULL, "ValueError", 0);
  int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  close(fd);
  tc_raises("setns", tc_args(1, osref_int(fd)), NULL, "OSError", EBADF);
  fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  tc_raises("setns", tc_args(2, osref_int(fd), osref_int(0)), NULL, "OSError", EINVAL);
  close(fd);
  cr_assert_str_eq(tc_raises("setns", tc_args(1, osref_str("x")), NULL, "TypeError", 0),
                   "argument must be an int, or have a fileno() method.");
}
