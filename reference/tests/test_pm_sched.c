/* Interface to the scheduler: sched_param, the policies, the priority
 * ranges, and the sched_* functions. What could change the scheduling or
 * the affinity (every sched_set* call, even one expected to fail) runs in a
 * forked child, which exits with the number of the first step that failed
 * (0: none); the test process only reads. */
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "osref/sched.h"
#include "test_children.h"
#include "test_core_util.h"

static osref_value *I(int64_t i) { return osref_int(i); }

static osref_value *param(int64_t priority) { return osref_sched_param(osref_int(priority)); }

/* os.name(*args) in a child, where Criterion's assertions cannot be used. */
static osref_value *call(const char *name, osref_value *args, osref_error *err)
{
  osref_value *r = osref_call(name, args, NULL, err);
  osref_decref(args);
  return r;
}

static bool raises(const char *name, osref_value *args, const char *type, int errnum)
{
  osref_error err;
  osref_value *r = call(name, args, &err);
  osref_decref(r);
  return !r && strcmp(err.type, type) == 0 && err.errnum == errnum;
}

/* ---- sched_param ---- */

Test(pm_sched, sched_param_is_a_struct_sequence_of_one_field)
{
  osref_value *p = tc_ok("sched_param", tc_args(1, I(5)), NULL);
  cr_assert_str_eq(osref_type_name(p), "sched_param");
  cr_assert_eq(p->u.st.len, 1);
  cr_assert_eq(p->u.st.n_sequence, 1);
  osref_error err = {0};
  osref_value *v = osref_attr(p, "sched_priority", &err);
  cr_assert_not_null(v);
  cr_assert_eq(v->u.i, 5);
  osref_decref(v);
  cr_assert_null(osref_attr(p, "priority", &err));
  cr_assert_str_eq(err.type, "AttributeError");
  osref_value *same = tc_ok("sched_param", tc_args(0), tc_kw("sched_priority", I(5)));
  cr_assert(osref_equal(p, same), "by keyword, the same value");
  osref_decref(same);
  osref_decref(p);
}

Test(pm_sched, sched_param_holds_any_value_and_needs_exactly_one)
{
  osref_value *p = tc_ok("sched_param", tc_args(1, osref_str("x")), NULL);
  cr_assert_eq(osref_struct_get(p, "sched_priority")->type, OSREF_STR, "checked only where it is used");
  osref_decref(p);
  tc_raises("sched_param", tc_args(0), NULL, "TypeError", 0);
  tc_raises("sched_param", tc_args(2, I(1), I(2)), NULL, "TypeError", 0);
  tc_raises("sched_param", tc_args(0), tc_kw("priority", I(1)), "TypeError", 0);
}

/* ---- the policies and their priority ranges ---- */

Test(pm_sched, policies_are_the_c_constants)
{
  static const struct { const char *name; int value; } policies[] = {
    {"SCHED_OTHER", SCHED_OTHER}, {"SCHED_FIFO", SCHED_FIFO}, {"SCHED_RR", SCHED_RR},
    {"SCHED_BATCH", SCHED_BATCH}, {"SCHED_IDLE", SCHED_IDLE}, {"SCHED_DEADLINE", SCHED_DEADLINE},
    {"SCHED_RESET_ON_FORK", SCHED_RESET_ON_FORK},
  };
  for (size_t i = 0; i < sizeof policies / sizeof policies[0]; i++) {
    osref_value *v = tc_get(policies[i].name);
    cr_assert_eq(v->u.i, policies[i].value, "%s", policies[i].name);
    osref_decref(v);
  }
  osref_value *normal = tc_get("SCHED_NORMAL"), *other = tc_get("SCHED_OTHER");
  cr_assert(osref_equal(normal, other), "SCHED_NORMAL is an alias for SCHED_OTHER");
  osref_decref(normal);
  osref_decref(other);
  const osref_entry *sporadic = osref_lookup("SCHED_SPORADIC");
  cr_assert(sporadic && sporadic->absent, "glibc has no SCHED_SPORADIC");
}

Test(pm_sched, priority_ranges_are_the_systems)
{
  const int policies[] = {SCHED_OTHER, SCHED_FIFO, SCHED_RR, SCHED_BATCH, SCHED_IDLE};
  for (size_t i = 0; i < sizeof policies / sizeof policies[0]; i++) {
    int p = policies[i];
    osref_value *lo = tc_ok("sched_get_priority_min", tc_args(1, I(p)), NULL);
    osref_value *hi = tc_ok("sched_get_priority_max", tc_args(0), tc_kw("policy", I(p)));
    cr_assert_eq(lo->u.i, sched_get_priority_min(p), "policy %d", p);
    cr_assert_eq(hi->u.i, sched_get_priority_max(p), "policy %d", p);
    cr_assert_leq(lo->u.i, hi->u.i);
    osref_decref(lo);
    osref_decref(hi);
  }
  int lo, hi;
  osref_error err = {0};
  cr_assert_eq(osref_sched_get_priority_min(SCHED_FIFO, &lo, &err), 0);
  cr_assert_eq(osref_sched_get_priority_max(SCHED_FIFO, &hi, &err), 0);
  cr_assert_lt(lo, hi, "a real-time policy has a range: %d..%d", lo, hi);
}

Test(pm_sched, a_bad_policy_is_einval)
{
  tc_raises("sched_get_priority_min", tc_args(1, I(-1)), NULL, "OSError", EINVAL);
  tc_raises("sched_get_priority_max", tc_args(1, I(12345)), NULL, "OSError", EINVAL);
  tc_raises("sched_get_priority_min", tc_args(1, osref_str("0")), NULL, "TypeError", 0);
  tc_raises("sched_get_priority_max", tc_args(1, osref_float(0)), NULL, "TypeError", 0);
  tc_raises("sched_get_priority_max", tc_args(1, I((int64_t)INT_MAX + 1)), NULL, "OverflowError", 0);
}

/* ---- reading the test process's scheduling ---- */

Test(pm_sched, getscheduler_and_getparam_of_the_test_process)
{
  osref_value *policy = tc_ok("sched_getscheduler", tc_args(1, I(0)), NULL);
  cr_assert_eq(policy->u.i, sched_getscheduler(0));
  osref_decref(policy);
  policy = tc_ok("sched_getscheduler", tc_args(1, I(getpid())), NULL);
  cr_assert_eq(policy->u.i, sched_getscheduler(0), "its own pid is the same process");
  osref_decref(policy);

  struct sched_param c;
  cr_assert_eq(sched_getparam(0, &c), 0);
  osref_value *p = tc_ok("sched_getparam", tc_args(1, I(0)), NULL);
  cr_assert_str_eq(osref_type_name(p), "sched_param");
  cr_assert_eq(osref_struct_get(p, "sched_priority")->u.i, c.sched_priority);
  osref_decref(p);
}

Test(pm_sched, a_missing_pid_is_esrch)
{
  tc_raises("sched_getscheduler", tc_args(1, I(INT32_MAX)), NULL, "ProcessLookupError", ESRCH);
  tc_raises("sched_getparam", tc_args(1, I(INT32_MAX)), NULL, "ProcessLookupError", ESRCH);
  tc_raises("sched_rr_get_interval", tc_args(1, I(INT32_MAX)), NULL, "ProcessLookupError", ESRCH);
  tc_raises("sched_getaffinity", tc_args(1, I(INT32_MAX)), NULL, "ProcessLookupError", ESRCH);
  tc_raises("sched_getscheduler", tc_args(1, I(-1)), NULL, "OSError", EINVAL);
}

Test(pm_sched, pids_are_c_ints_passed_by_position)
{
  tc_raises("sched_getscheduler", tc_args(1, osref_str("0")), NULL, "TypeError", 0);
  tc_raises("sched_getparam", tc_args(1, I((int64_t)INT_MAX + 1)), NULL, "OverflowError", 0);
  tc_raises("sched_getaffinity", tc_args(0), tc_kw("pid", I(0)), "TypeError", 0);
  tc_raises("sched_yield", tc_args(1, I(0)), NULL, "TypeError", 0);
}

Test(pm_sched, rr_interval_is_seconds_and_yield_returns_none)
{
  osref_value *t = tc_ok("sched_rr_get_interval", tc_args(1, I(0)), NULL);
  cr_assert_eq(t->type, OSREF_FLOAT);
  cr_assert_geq(t->u.f, 0.0);
  osref_decref(t);
  osref_value *y = tc_ok("sched_yield", tc_args(0), NULL);
  cr_assert_eq(y->type, OSREF_NONE);
  osref_decref(y);
}

Test(pm_sched, getaffinity_is_the_set_the_system_reports)
{
  cpu_set_t c;
  cr_assert_eq(sched_getaffinity(0, sizeof c, &c), 0);
  osref_value *set = tc_ok("sched_getaffinity", tc_args(1, I(0)), NULL);
  cr_assert_eq(set->type, OSREF_SET);
  cr_assert_eq(set->u.seq.len, (size_t)CPU_COUNT(&c));
  for (size_t i = 0; i < set->u.seq.len; i++)
    cr_assert(CPU_ISSET(set->u.seq.items[i]->u.i, &c), "CPU %lld", (long long)set->u.seq.items[i]->u.i);
  osref_error err = {0};
  osref_value *typed = osref_sched_getaffinity(0, &err);
  cr_assert(osref_equal(set, typed));
  osref_decref(typed);
  osref_decref(set);
}

/* ---- changes, each in a child ---- */

/* SCHED_BATCH needs no privilege; SCHED_RESET_ON_FORK is reported with the policy. */
static int set_scheduler(void)
{
  if (!tc_child_returns_none("sched_setscheduler", tc_args(3, I(0), I(SCHED_BATCH), param(0)))) return 1;
  if (sched_getscheduler(0) != SCHED_BATCH) return 2;
  if (!tc_child_returns_int("sched_getscheduler", tc_args(1, I(0)), SCHED_BATCH)) return 3;
  if (!tc_child_returns_none("sched_setscheduler", tc_args(3, I(0), I(SCHED_OTHER | SCHED_RESET_ON_FORK), param(0)))) return 4;
  if (!tc_child_returns_int("sched_getscheduler", tc_args(1, I(0)), SCHED_OTHER | SCHED_RESET_ON_FORK)) return 5;
  if (!raises("sched_setscheduler", tc_args(3, I(0), I(12345), param(0)), "OSError", EINVAL)) return 6;
  if (!raises("sched_setscheduler", tc_args(3, I(0), I(SCHED_OTHER), param(1)), "OSError", EINVAL)) return 7;
  if (!raises("sched_setscheduler", tc_args(3, I(INT32_MAX), I(SCHED_OTHER), param(0)), "ProcessLookupError", ESRCH)) return 8;
  if (!raises("sched_setscheduler", tc_args(3, I(0), I(SCHED_OTHER), I(0)), "TypeError", 0)) return 9;
  return 0;
}

Test(pm_sched, setscheduler_changes_the_policy_in_a_child)
{
  cr_assert_eq(tc_in_child(set_scheduler), 0);
  tc_assert_no_children();
}

static int set_param(void)
{
  if (!tc_child_returns_none("sched_setparam", tc_args(2, I(0), param(0)))) return 1;
  osref_error err = {0};
  int priority = -1;
  if (osref_sched_getparam(0, &priority, &err) < 0 || priority != 0) return 2;
  if (!raises("sched_setparam", tc_args(2, I(0), param(1)), "OSError", EINVAL)) return 3;
  if (!raises("sched_setparam", tc_args(2, I(INT32_MAX), param(0)), "ProcessLookupError", ESRCH)) return 4;
  /* param must be a sched_param whose priority is a C int. */
  if (!raises("sched_setparam", tc_args(2, I(0), tc_args(1, I(0))), "TypeError", 0)) return 5;
  if (!raises("sched_setparam", tc_args(2, I(0), osref_sched_param(osref_str("x"))), "TypeError", 0)) return 6;
  if (!raises("sched_setparam", tc_args(2, I(0), param((int64_t)INT_MAX + 1)), "OverflowError", 0)) return 7;
  if (!raises("sched_setparam", tc_args(2, I(0), param((int64_t)INT_MIN - 1)), "OverflowError", 0)) return 8;
  return 0;
}

Test(pm_sched, setparam_in_a_child)
{
  cr_assert_eq(tc_in_child(set_param), 0);
  tc_assert_no_children();
}

/* The set sched_getaffinity returns now, or NULL. */
static osref_value *affinity(void)
{
  osref_error err;
  return call("sched_getaffinity", tc_args(1, I(0)), &err);
}

static bool affinity_is(const osref_value *expected)
{
  osref_value *now = affinity();
  bool ok = now && osref_equal(now, expected);
  osref_decref(now);
  return ok;
}

/* Restricted to one CPU, then back to all of them, with a list, a tuple,
 * a dict (its keys), bytes (its bytes are ints) and a set as the mask. */
static int affinity_round_trip(void)
{
  osref_value *all = affinity();
  if (!all || all->u.seq.len == 0) return 1;
  int64_t first = all->u.seq.items[0]->u.i;
  osref_value *one = osref_set();
  osref_set_add(one, I(first));
  osref_value *list = osref_list(), *dict = osref_dict();
  osref_list_append(list, I(first));
  osref_dict_set(dict, I(first), osref_none());
  unsigned char byte = (unsigned char)first;
  int step = !tc_child_returns_none("sched_setaffinity", tc_args(2, I(0), list)) ? 2
           : !affinity_is(one) ? 3
           : !tc_child_returns_none("sched_setaffinity", tc_args(2, I(0), tc_args(2, I(first), I(first)))) ? 4
           : !affinity_is(one) ? 5
           : !tc_child_returns_none("sched_setaffinity", tc_args(2, I(0), dict)) ? 6
           : !affinity_is(one) ? 7
           : first < 256 && !tc_child_returns_none("sched_setaffinity", tc_args(2, I(0), osref_bytes(&byte, 1))) ? 8
           : !affinity_is(one) ? 9
           : !tc_child_returns_none("sched_setaffinity", tc_args(2, I(0), osref_incref(all))) ? 10
           : !affinity_is(all) ? 11 : 0;
  osref_decref(one);
  osref_decref(all);
  return step;
}

Test(pm_sched, affinity_round_trip_in_a_child)
{
  cr_assert_eq(tc_in_child(affinity_round_trip), 0);
  tc_assert_no_children();
}

/* Every call fails, so none changes anything; still, in a child. */
static int affinity_errors(void)
{
  if (!raises("sched_setaffinity", tc_args(2, I(0), osref_list()), "OSError", EINVAL)) return 1;
  if (!raises("sched_setaffinity", tc_args(2, I(0), osref_str("")), "OSError", EINVAL)) return 2;
  if (!raises("sched_setaffinity", tc_args(2, I(0), tc_args(1, I(-1))), "ValueError", 0)) return 3;
  if (!raises("sched_setaffinity", tc_args(2, I(0), tc_args(1, I(INT_MAX))), "OverflowError", 0)) return 4;
  if (!raises("sched_setaffinity", tc_args(2, I(0), tc_args(1, osref_str("0"))), "TypeError", 0)) return 5;
  if (!raises("sched_setaffinity", tc_args(2, I(0), I(0)), "TypeError", 0)) return 6;
  if (!raises("sched_setaffinity", tc_args(2, I(0), tc_args(2, I(-1), osref_float(0))), "ValueError", 0)) return 7;
  /* No CPU that exists: the kernel refuses the mask. */
  if (!raises("sched_setaffinity", tc_args(2, I(0), tc_args(1, I(100000))), "OSError", EINVAL)) return 8;
  if (!raises("sched_setaffinity", tc_args(2, I(INT32_MAX), tc_args(1, I(0))), "ProcessLookupError", ESRCH)) return 9;
  osref_error err = {0};
  const int64_t negative[] = {0, -5};
  if (osref_sched_setaffinity(0, negative, 2, &err) != -1 || strcmp(err.type, "ValueError") != 0) return 10;
  return 0;
}

Test(pm_sched, affinity_errors_in_a_child)
{
  cr_assert_eq(tc_in_child(affinity_errors), 0);
  tc_assert_no_children();
}

/* Another process, by pid: a child that waits for the end of a pipe (it
 * also ends when the test process does, should an assertion fail). */
Test(pm_sched, a_childs_scheduling_and_affinity_by_pid)
{
  int fds[2], my_policy = sched_getscheduler(0);
  cr_assert_eq(pipe(fds), 0);
  fflush(NULL);
  pid_t pid = fork();
  cr_assert_neq(pid, -1);
  if (pid == 0) {
    char c;
    close(fds[1]);
    _exit(read(fds[0], &c, 1) == 0 ? 0 : 1);
  }
  close(fds[0]);
  osref_value *none = tc_ok("sched_setscheduler", tc_args(3, I(pid), I(SCHED_BATCH), param(0)), NULL);
  osref_value *policy = tc_ok("sched_getscheduler", tc_args(1, I(pid)), NULL);
  cr_assert_eq(policy->u.i, SCHED_BATCH);
  cr_assert_eq(sched_getscheduler(0), my_policy, "the test process keeps its policy");
  osref_value *p = tc_ok("sched_getparam", tc_args(1, I(pid)), NULL);
  cr_assert_eq(osref_struct_get(p, "sched_priority")->u.i, 0);
  osref_value *all = tc_ok("sched_getaffinity", tc_args(1, I(0)), NULL);
  osref_value *one = osref_set();
  osref_set_add(one, osref_incref(all->u.seq.items[0]));
  osref_value *none2 = tc_ok("sched_setaffinity", tc_args(2, I(pid), osref_incref(one)), NULL);
  osref_value *now = tc_ok("sched_getaffinity", tc_args(1, I(pid)), NULL);
  cr_assert(osref_equal(now, one), "the child is restricted to one CPU");
  osref_value *mine = tc_ok("sched_getaffinity", tc_args(1, I(0)), NULL);
  cr_assert(osref_equal(mine, all), "the test process keeps its CPUs");
  close(fds[1]);
  int status;
  cr_assert_eq(waitpid(pid, &status, 0), pid);
  cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  for (osref_value **v = (osref_value *[]){none, policy, p, all, one, none2, now, mine, NULL}; *v; v++)
    osref_decref(*v);
  tc_assert_no_children();
}
