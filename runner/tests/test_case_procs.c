/* runner/case_procs.c: which cases run isolated because they manage
 * processes, and which processes a case may signal or reschedule. */
#include <criterion/criterion.h>
#include <string.h>
#include "../case_procs.h"

static bool pids_ok(const char *steps, char *why, size_t len)
{
  char text[4096];
  snprintf(text, sizeof text, "{\"id\": \"t\", \"steps\": %s}", steps);
  json_error_t e;
  json_t *kase = json_loads(text, 0, &e);
  cr_assert_not_null(kase, "%s: %s", text, e.text);
  bool ok = osc_case_pids_check(kase, why, len);
  json_decref(kase);
  return ok;
}

static void allowed(const char *steps)
{
  char why[400] = "";
  cr_expect(pids_ok(steps, why, sizeof why), "refused %s: %s", steps, why);
}

static void refused(const char *steps, const char *field)
{
  char why[400] = "";
  cr_expect(!pids_ok(steps, why, sizeof why), "allowed %s", steps);
  cr_expect(strstr(why, field) != NULL, "%s: the message names %s: %s", steps, field, why);
}

Test(case_procs, a_case_signals_what_it_started)
{
  allowed("[{\"call\": \"fork\", \"bind\": \"p\"}, {\"call\": \"kill\", \"args\": [{\"ref\": \"p\"}, 9]}]");
  allowed("[{\"call\": \"posix_spawn\", \"args\": [\"./a\", [\"a\"], null], \"bind\": \"p\"},"
          " {\"call\": \"killpg\", \"args\": [{\"ref\": \"p\"}, 15]}]");
  allowed("[{\"getattr\": \"P_NOWAIT\", \"bind\": \"m\"},"
          " {\"call\": \"spawnv\", \"args\": [{\"ref\": \"m\"}, \"./a\", [\"a\"]], \"bind\": \"p\"},"
          " {\"call\": \"kill\", \"args\": [{\"ref\": \"p\"}, 15]}]");
}

Test(case_procs, a_number_that_names_no_process_or_a_harmless_zero)
{
  allowed("[{\"call\": \"kill\", \"args\": [2147483647, 0]}]");
  allowed("[{\"call\": \"kill\", \"args\": [4194304, 9]}]");
  allowed("[{\"call\": \"kill\", \"args\": [0, 0]}]");
  allowed("[{\"call\": \"sched_setaffinity\", \"args\": [0, [0]]}]");
  allowed("[{\"call\": \"setpriority\", \"args\": [0, 0, 5]}]");
  allowed("[{\"call\": \"kill\", \"args\": [4194304.5, 9]}]");
  allowed("[{\"call\": \"kill\", \"args\": [null, null, null]}]");
  allowed("[{\"call\": \"setpriority\", \"args\": [0, \"x\", 5]}]");
}

Test(case_procs, any_other_process_is_refused)
{
  refused("[{\"call\": \"kill\", \"args\": [1, 9]}]", "steps[0]");
  refused("[{\"call\": \"kill\", \"args\": [-1, 9]}]", "steps[0]");
  refused("[{\"call\": \"kill\", \"args\": [0, 9]}]", "steps[0]");
  refused("[{\"call\": \"killpg\", \"args\": [4194303, 9]}]", "steps[0]");
  refused("[{\"call\": \"getppid\", \"bind\": \"p\"}, {\"call\": \"kill\", \"args\": [{\"ref\": \"p\"}, 9]}]",
          "steps[1]");
  refused("[{\"call\": \"kill\", \"kwargs\": {\"pid\": 1, \"signal\": 9}}]", "steps[0]");
  /* A name a starter bound, bound again by another step, names no started process. */
  refused("[{\"call\": \"fork\", \"bind\": \"p\"}, {\"call\": \"getppid\", \"bind\": \"p\"},"
          " {\"call\": \"kill\", \"args\": [{\"ref\": \"p\"}, 9]}]", "steps[2]");
  refused("[{\"getattr\": \"P_NOWAIT\", \"bind\": \"m\"}, {\"getattr\": \"P_WAIT\", \"bind\": \"m\"},"
          " {\"call\": \"spawnv\", \"args\": [{\"ref\": \"m\"}, \"./a\", [\"a\"]], \"bind\": \"p\"},"
          " {\"call\": \"kill\", \"args\": [{\"ref\": \"p\"}, 9]}]", "steps[3]");
  refused("[{\"call\": \"sched_setscheduler\", \"args\": [1, 1, null]}]", "steps[0]");
  refused("[{\"call\": \"setpriority\", \"args\": [0, 1, 19]}]", "steps[0]");
  refused("[{\"call\": \"setpriority\", \"args\": [0, 1.5, 19]}]", "steps[0]");
  refused("[{\"call\": \"kill\", \"args\": [true, 9]}]", "steps[0]");
}

Test(case_procs, spawn_with_p_wait_returns_an_exit_code_not_a_pid)
{
  refused("[{\"getattr\": \"P_WAIT\", \"bind\": \"m\"},"
          " {\"call\": \"spawnv\", \"args\": [{\"ref\": \"m\"}, \"./a\", [\"a\"]], \"bind\": \"p\"},"
          " {\"call\": \"kill\", \"args\": [{\"ref\": \"p\"}, 9]}]", "steps[2]");
  refused("[{\"call\": \"spawnv\", \"args\": [1, \"./a\", [\"a\"]], \"bind\": \"p\"},"
          " {\"call\": \"kill\", \"args\": [{\"ref\": \"p\"}, 9]}]", "steps[1]");
}

Test(case_procs, fork_children_are_held_to_the_same_rule)
{
  allowed("[{\"call\": \"fork\", \"bind\": \"p\", \"child\": [{\"call\": \"_exit\", \"args\": [3]}]}]");
  refused("[{\"call\": \"fork\", \"bind\": \"p\", \"child\": [{\"call\": \"getppid\", \"bind\": \"pp\"},"
          " {\"call\": \"kill\", \"args\": [{\"ref\": \"pp\"}, 9]}]}]", "steps[0].child[1]");
}

Test(case_procs, steps_that_manage_processes)
{
  const char *managing[] = {"{\"call\": \"fork\"}", "{\"call\": \"system\", \"args\": [\"true\"]}",
                            "{\"call\": \"waitpid\", \"args\": [-1, 0]}", "{\"call\": \"execv\"}",
                            "{\"call\": \"register_at_fork\"}", "{\"call\": \"kill\"}"};
  const char *not_managing[] = {"{\"call\": \"getpid\"}", "{\"getattr\": \"P_WAIT\"}", "{\"call\": \"times\"}"};
  for (size_t i = 0; i < sizeof managing / sizeof *managing; i++) {
    json_t *s = json_loads(managing[i], 0, NULL);
    cr_expect(osc_step_manages_processes(s), "%s", managing[i]);
    json_decref(s);
  }
  for (size_t i = 0; i < sizeof not_managing / sizeof *not_managing; i++) {
    json_t *s = json_loads(not_managing[i], 0, NULL);
    cr_expect(!osc_step_manages_processes(s), "%s", not_managing[i]);
    json_decref(s);
  }
}
