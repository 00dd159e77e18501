/* Isolation by fork (cases/FORMAT.md, Additions): an isolated case runs in a
 * child of the shared target, or in a fresh instance of a WebAssembly
 * runtime, so what it does to the process (umask, cwd, uid) is gone for the
 * next case, and its death costs only its own line. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "samples.h"

static json_t *answer(target_proc *t, const char *kase)
{
  json_t *o = target_case(t, kase, SAMPLE_TIMEOUT_MS);
  cr_assert(o, "no outcome line for %s", kase);
  return o;
}

static json_int_t int_step(const json_t *o, size_t i)
{
  const json_t *v = json_object_get(json_array_get(json_object_get(o, "steps"), i), "value");
  cr_assert(json_is_integer(v), "step %zu gave no int: %s", i + 1, json_dumps(o, JSON_COMPACT));
  return json_integer_value(v);
}

static const char *crash_of(const json_t *o)
{
  const char *why = json_string_value(json_object_get(o, "crashed"));
  cr_assert(why, "expected a crashed outcome: %s", json_dumps(o, JSON_COMPACT));
  return why;
}

/* pid and uid of the shared process, with its umask set to 022. */
static void shared_state(target_proc *t, json_int_t *pid, json_int_t *uid, json_int_t *umask_was)
{
  json_t *o = answer(t, "{\"id\": \"iso/shared\", \"steps\": [{\"call\": \"umask\", \"args\": [18]},"
                        " {\"call\": \"getpid\"}, {\"call\": \"getuid\"}]}");
  *umask_was = int_step(o, 0);
  *pid = int_step(o, 1);
  *uid = int_step(o, 2);
  json_decref(o);
}

static void changes_vanish(target_proc *t)
{
  json_int_t pid, uid, mask;
  shared_state(t, &pid, &uid, &mask);
  /* As root the child also gives up its uid; the parent must keep it. */
  char kase[400];
  snprintf(kase, sizeof kase, "{\"id\": \"iso/changes\", \"isolate\": true, \"steps\": [{\"call\": \"umask\", \"args\": [63]},"
           " {\"call\": \"chdir\", \"args\": [\"/\"]}, {\"call\": \"getpid\"}%s]}",
           uid == 0 ? ", {\"call\": \"setuid\", \"args\": [65534]}, {\"call\": \"getuid\"}" : "");
  json_t *o = answer(t, kase);
  cr_assert_null(json_object_get(o, "crashed"), "%s", json_dumps(o, JSON_COMPACT));
  /* The child comes from the shared process (umask 022 now) or from its
   * start-up copy, a zygote (the umask it inherited from this test). */
  mode_t inherited = umask(022);
  umask(inherited);
  json_int_t child_mask = int_step(o, 0);
  cr_assert(child_mask == 18 || child_mask == (json_int_t)inherited,
            "the child starts with the shared process's umask or its start-up one, not %lld", (long long)child_mask);
  cr_assert_neq(int_step(o, 2), pid, "the case ran in another process");
  if (uid == 0)
    cr_assert_eq(int_step(o, 4), 65534);
  json_decref(o);
  json_int_t pid2, uid2, mask2;
  shared_state(t, &pid2, &uid2, &mask2);
  cr_assert_eq(mask2, 18, "the isolated umask(0o77) leaked into the shared process");
  cr_assert_eq(pid2, pid, "the shared process was replaced");
  cr_assert_eq(uid2, uid, "the isolated setuid leaked into the shared process");
  o = answer(t, "{\"id\": \"iso/cwd\", \"steps\": [{\"call\": \"getcwd\"}]}");
  char dir[320];
  target_sandbox(t, t->ncases, dir, sizeof dir);
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(o, "steps"), 0), "value")), dir);
  json_decref(o);
}

/* A child that cannot answer (it closed the protocol) exits non-zero. */
static void silent_child(target_proc *t)
{
  json_t *o = answer(t, "{\"id\": \"iso/closed\", \"isolate\": true,"
                        " \"steps\": [{\"call\": \"closerange\", \"args\": [0, 65536]}]}");
  cr_assert_str_eq(json_string_value(json_object_get(o, "id")), "iso/closed");
  cr_assert(strncmp(crash_of(o), "exited with status ", 19) == 0, "%s", crash_of(o));
  cr_assert_str_neq(crash_of(o), "exited with status 0");
  json_decref(o);
}

/* A child killed by a signal: SIGKILL where the os has kill; the reference
 * (no kill yet) has none to send itself and reports the step missing. */
static void killed_child(target_proc *t)
{
  json_t *o = answer(t, "{\"id\": \"iso/killed\", \"isolate\": true, \"steps\": [{\"call\": \"getpid\", \"bind\": \"p\"},"
                        " {\"call\": \"kill\", \"args\": [{\"ref\": \"p\"}, 9]}]}");
  if (!step_str(o, 1, "missing"))
    cr_assert_str_eq(crash_of(o), "was killed by signal 9");
  json_decref(o);
}

#define ENVIRON "{\"getattr\": \"environ\", \"bind\": \"e\"}"
#define GET_ISOLATED "{\"method\": \"get\", \"on\": {\"ref\": \"e\"}, \"args\": [\"OSC_ISOLATED\"]}"

static const json_t *last_value(const json_t *o)
{
  const json_t *steps = json_object_get(o, "steps");
  return json_object_get(json_array_get(steps, json_array_size(steps) - 1), "value");
}

/* An isolated case's steps; the value of its last step (a new reference),
 * or NULL where the os lacks what its first step calls. */
static json_t *isolated_reads(target_proc *t, const char *id, const char *steps)
{
  char kase[1000];
  snprintf(kase, sizeof kase, "{\"id\": \"%s\", \"isolate\": true, \"steps\": %s}", id, steps);
  json_t *o = answer(t, kase);
  cr_assert(!json_object_get(o, "crashed") && !json_object_get(o, "setup_error"), "%s", json_dumps(o, JSON_COMPACT));
  json_t *v = step_str(o, 0, "missing") ? NULL : json_incref((json_t *)last_value(o));
  json_decref(o);
  return v;
}

/* An isolated case reads, another changes, a third reads again: the same. */
static void changed_then_read(target_proc *t, const char *change, const char *change_steps, const char *read_steps)
{
  json_t *before = isolated_reads(t, "meet/read", read_steps);
  json_decref(isolated_reads(t, "meet/change", change_steps));
  json_t *after = isolated_reads(t, "meet/read-again", read_steps);
  cr_expect(!before || json_equal(before, after), "an isolated %s reached the next isolated case", change);
  json_decref(before);
  json_decref(after);
}

/* An isolated case leads a process group of its own (FORMAT.md, "Processes
 * a case starts"), also after an isolated case that changed its group. */
static void own_process_group(target_proc *t)
{
  json_decref(answer(t, "{\"id\": \"meet/setsid\", \"isolate\": true, \"steps\": [{\"call\": \"setsid\"}]}"));
  json_t *o = answer(t, "{\"id\": \"meet/own-group\", \"isolate\": true, \"steps\": [{\"call\": \"getpgrp\"},"
                        " {\"call\": \"getpid\"}]}");
  if (!step_str(o, 0, "missing"))
    cr_expect_eq(int_step(o, 0), int_step(o, 1), "an isolated case's process group is its own: %s",
                 json_dumps(o, JSON_COMPACT));
  json_decref(o);
}

/* What a case changes in the os module or the interpreter, where the driver
 * compares nothing, never reaches the next isolated case either: a child
 * whose case did so does not serve again, whatever else the case did
 * (here fork and waitpid, after which a child may serve again). */
static void module_state_does_not_meet(target_proc *t)
{
  json_decref(isolated_reads(t, "meet/at-fork", "[{\"call\": \"register_at_fork\", \"kwargs\": {\"after_in_parent\":"
                                                " {\"callable\": {\"call\": \"putenv\", \"args\": [\"OSC_AT_FORK\", \"1\"]}}}}]"));
  json_t *v = isolated_reads(t, "meet/at-fork-after",
                             "[{\"call\": \"fork\", \"bind\": \"p\", \"child\": [{\"call\": \"_exit\", \"args\": [0]}]},"
                             " {\"call\": \"waitpid\", \"args\": [{\"ref\": \"p\"}, 0]},"
                             " {\"call\": \"system\", \"args\": [\"test -z \\\"$OSC_AT_FORK\\\"\"]}]");
  cr_expect(!v || json_integer_value(v) == 0, "a fork handler an isolated case registered ran in the next isolated case");
  json_decref(v);
  json_decref(isolated_reads(t, "meet/module-set", "[{\"getattr\": \"supports_fd\", \"bind\": \"s\"},"
                                                  " {\"method\": \"add\", \"on\": {\"ref\": \"s\"}, \"args\": [\"osc\"]}]"));
  v = isolated_reads(t, "meet/module-set-after", "[{\"getattr\": \"supports_fd\", \"bind\": \"s\"},"
                                               " {\"method\": \"__contains__\", \"on\": {\"ref\": \"s\"}, \"args\": [\"osc\"]}]");
  cr_expect(!v || json_is_false(v), "what an isolated case added to os.supports_fd reached the next isolated case");
  json_decref(v);
  json_decref(isolated_reads(t, "meet/close-stdin", "[{\"call\": \"close\", \"args\": [0]}]"));
  json_t *o = answer(t, "{\"id\": \"meet/stdin-after\", \"isolate\": true, \"steps\": [{\"call\": \"fstat\", \"args\": [0]}]}");
  cr_expect(!step_str(o, 0, "raises"), "an isolated close(0) reached the next isolated case: %s", json_dumps(o, JSON_COMPACT));
  json_decref(o);
}

/* What one isolated case changes never reaches the next isolated case
 * either, also where the child (or instance) that ran it serves again
 * (driver.py keeps one whose case changed only what it can see and put
 * back). */
static void isolated_cases_do_not_meet(target_proc *t)
{
  json_decref(isolated_reads(t, "meet/umask", "[{\"call\": \"umask\", \"args\": [63]}]"));
  json_t *v = isolated_reads(t, "meet/umask-after", "[{\"call\": \"umask\", \"args\": [18]}]");
  cr_expect(!v || json_integer_value(v) != 63, "an isolated umask(0o77) reached the next isolated case");
  json_decref(v);
  changed_then_read(t, "nice(1)", "[{\"call\": \"nice\", \"args\": [1]}]",
                    "[{\"call\": \"getpriority\", \"args\": [0, 0]}]");
  changed_then_read(t, "setgroups([4242])", "[{\"call\": \"setgroups\", \"args\": [[4242]]}]",
                    "[{\"call\": \"getgroups\"}]");
  own_process_group(t);
  json_decref(isolated_reads(t, "meet/environ", "[" ENVIRON ", {\"method\": \"__setitem__\", \"on\": {\"ref\": \"e\"},"
                                                 " \"args\": [\"OSC_ISOLATED\", \"1\"]}]"));
  v = isolated_reads(t, "meet/environ-after", "[" ENVIRON ", " GET_ISOLATED "]");
  cr_expect(!v || json_is_null(v), "an isolated case's OSC_ISOLATED reached the next isolated case");
  json_decref(v);
  /* The C environment (putenv), as a shell the next case starts sees it. */
  json_decref(isolated_reads(t, "meet/putenv", "[{\"call\": \"putenv\", \"args\": [\"OSC_ISOLATED\", \"1\"]}]"));
  v = isolated_reads(t, "meet/putenv-after", "[{\"call\": \"system\", \"args\": [\"test -z \\\"$OSC_ISOLATED\\\"\"]}]");
  cr_expect(!v || json_integer_value(v) == 0, "an isolated putenv reached the next isolated case");
  json_decref(v);
  /* A child process left running or unreaped (spawnv with P_NOWAIT). */
  json_decref(isolated_reads(t, "meet/spawn", "[{\"call\": \"spawnv\", \"args\": [1, \"/bin/true\", [\"true\"]]}]"));
  json_t *o = answer(t, "{\"id\": \"meet/spawn-after\", \"isolate\": true, \"steps\": [{\"call\": \"waitpid\", \"args\": [-1, 1]}]}");
  cr_expect(step_str(o, 0, "missing") || step_str(o, 0, "raises"),
            "a process an isolated case started reached the next isolated case: %s", json_dumps(o, JSON_COMPACT));
  json_decref(o);
  module_state_does_not_meet(t);
  json_decref(isolated_reads(t, "meet/chdir", "[{\"call\": \"chdir\", \"args\": [\"/\"]}]"));
  v = isolated_reads(t, "meet/cwd-after", "[{\"call\": \"getcwd\"}]");
  char dir[320];
  cr_expect(!v || strcmp(json_string_value(v), target_sandbox(t, t->ncases, dir, sizeof dir)) == 0,
            "an isolated chdir(\"/\") reached the next isolated case: %s", json_string_value(v));
  json_decref(v);
}

void sample_isolation_by_fork(target_proc *t)
{
  isolated_cases_do_not_meet(t);
  changes_vanish(t);
  silent_child(t);
  killed_child(t);
  json_int_t pid, uid, mask;
  shared_state(t, &pid, &uid, &mask);  /* the shared process still answers */
  cr_assert_eq(mask, 18);
}

/* driver.py forks isolated cases from a zygote made at start-up: what a
 * shared case changed (here, against the rules, the umask) does not reach
 * an isolated case. */
void sample_isolation_from_startup(target_proc *t)
{
  mode_t inherited = umask(022);
  umask(inherited);
  int shared = inherited == 027 ? 037 : 027;
  char kase[200];
  snprintf(kase, sizeof kase, "{\"id\": \"zyg/shared\", \"steps\": [{\"call\": \"umask\", \"args\": [%d]}]}", shared);
  json_decref(answer(t, kase));
  json_t *o = answer(t, "{\"id\": \"zyg/isolated\", \"isolate\": true, \"steps\": [{\"call\": \"umask\", \"args\": [18]}]}");
  cr_expect_eq(int_step(o, 0), (json_int_t)inherited, "the isolated case saw the umask a shared case set");
  json_decref(o);
  json_decref(answer(t, "{\"id\": \"zyg/restore\", \"steps\": [{\"call\": \"umask\", \"args\": [18]}]}"));
}

/* Isolation by a fresh instance: a WebAssembly target (Pyodide, MicroPython
 * under Node) runs an isolated case in a new instance of its runtime in the
 * same Node process. getpid() is the same in every instance, so what is
 * checked is that the case's changes stay in its instance. A step the
 * runtime's os lacks is reported missing, and that change is not tried. */

/* What the shared instance's last step answers (a new reference), or NULL
 * where its os lacks the first. A leaked umount("/") would leave it no
 * sandbox to enter: a setup_error. */
static json_t *shared_reads(target_proc *t, const char *steps)
{
  char kase[300];
  snprintf(kase, sizeof kase, "{\"id\": \"inst/shared\", \"steps\": %s}", steps);
  json_t *o = answer(t, kase);
  cr_assert_null(json_object_get(o, "setup_error"), "the shared instance cannot run a case"
                 " (did an isolated umount(\"/\") reach it?): %s", json_dumps(o, JSON_COMPACT));
  const char *missing = step_str(o, 0, "missing");
  json_t *v = missing ? NULL : json_incref((json_t *)last_value(o));
  cr_assert(missing || v, "no value: %s", json_dumps(o, JSON_COMPACT));
  json_decref(o);
  return v;
}

/* The shared instance is as it was: its umask 022 (set the first time), no
 * OSC_ISOLATED in its environment, its cwd the case's sandbox. */
static void shared_unchanged(target_proc *t, bool first)
{
  json_t *v = shared_reads(t, "[{\"call\": \"umask\", \"args\": [18]}]");
  cr_assert(first || !v || json_integer_value(v) == 18, "an isolated umask(0o77) reached the shared instance");
  json_decref(v);
  v = shared_reads(t, "[" ENVIRON ", " GET_ISOLATED "]");
  cr_assert(!v || json_is_null(v), "an isolated case's OSC_ISOLATED reached the shared instance");
  json_decref(v);
  v = shared_reads(t, "[{\"call\": \"getcwd\"}]");
  char dir[320];
  cr_assert_str_eq(json_string_value(v), target_sandbox(t, t->ncases, dir, sizeof dir));
  json_decref(v);
}

/* An isolated case makes a change and reads it back (its last step answers
 * made, JSON text), so the change is known to have happened. */
static void isolated_change(target_proc *t, const char *id, const char *steps, const char *made)
{
  char kase[1000];
  snprintf(kase, sizeof kase, "{\"id\": \"%s\", \"isolate\": true, \"steps\": %s}", id, steps);
  json_t *o = answer(t, kase);
  cr_assert_null(json_object_get(o, "crashed"), "%s", json_dumps(o, JSON_COMPACT));
  if (!step_str(o, 0, "missing")) {
    json_t *want = json_loads(made, JSON_DECODE_ANY, NULL);
    cr_assert(json_equal(last_value(o), want), "%s: expected %s: %s", id, made, json_dumps(o, JSON_COMPACT));
    json_decref(want);
  }
  json_decref(o);
}

/* The target's fds open on files under its sandbox root: the host fds its
 * runtime's file system opened (none counted where /proc cannot tell). */
static int host_fds_in_sandboxes(const target_proc *t)
{
  char dir[64], path[512];
  snprintf(dir, sizeof dir, "/proc/%d/fd", (int)t->pid);
  DIR *d = opendir(dir);
  if (!d)
    return 0;
  int n = 0;
  size_t len = strlen(t->root);
  for (struct dirent *e; (e = readdir(d));) {
    ssize_t got = readlinkat(dirfd(d), e->d_name, path, sizeof path - 1);
    if (got > (ssize_t)len && strncmp(path, t->root, len) == 0 && path[len] == '/')
      n++;
  }
  closedir(d);
  return n;
}

/* An isolated case whose instance dies answers for itself, with why:
 * os._exit(3) with a file left open (closed on the host with the
 * instance), then abort(). */
static void instance_dies(target_proc *t)
{
  json_t *o = answer(t, "{\"id\": \"inst/exit\", \"isolate\": true, \"setup\": [{\"op\": \"write\", \"path\": \"f\", \"data\": \"x\"},"
                        " {\"op\": \"open\", \"path\": \"f\", \"flags\": \"O_RDONLY\", \"as\": \"h\"}],"
                        " \"steps\": [{\"call\": \"_exit\", \"args\": [3]}]}");
  cr_assert_str_eq(json_string_value(json_object_get(o, "id")), "inst/exit");
  if (!step_str(o, 0, "missing"))
    cr_assert_str_eq(crash_of(o), "exited with status 3");
  json_decref(o);
  cr_assert_eq(host_fds_in_sandboxes(t), 0, "the dead instance's open file is still open on the host");
  o = answer(t, "{\"id\": \"inst/abort\", \"isolate\": true, \"steps\": [{\"call\": \"abort\"}]}");
  if (!step_str(o, 0, "missing"))
    cr_assert(strncmp(crash_of(o), "was aborted (WebAssembly trap: ", 31) == 0, "%s", crash_of(o));
  json_decref(o);
}

void sample_isolation_by_instance(target_proc *t)
{
  shared_unchanged(t, true);
  char root[300];
  snprintf(root, sizeof root, "\"%s\"", t->root);
  isolated_change(t, "inst/umask", "[{\"call\": \"umask\", \"args\": [63]}, {\"call\": \"umask\", \"args\": [63]}]", "63");
  isolated_change(t, "inst/environ", "[" ENVIRON ", {\"method\": \"__setitem__\", \"on\": {\"ref\": \"e\"},"
                  " \"args\": [\"OSC_ISOLATED\", \"leaked\"]}, " GET_ISOLATED "]", "\"leaked\"");
  isolated_change(t, "inst/cwd", "[{\"call\": \"chdir\", \"args\": [\"..\"]}, {\"call\": \"getcwd\"}]", root);
  isolated_change(t, "inst/mounts", "[{\"call\": \"umount\", \"args\": [\"/\"]}]", "null");
  shared_unchanged(t, false);
  isolated_cases_do_not_meet(t);  /* an instance serves on only when left as it was */
  instance_dies(t);
  shared_unchanged(t, false);  /* and the shared instance still answers */
}

/* The status waitpid gives for a fork child whose steps are FIRST, then
 * _exit(7). */
static json_int_t child_status(target_proc *t, const char *id, const char *first)
{
  char kase[600];
  snprintf(kase, sizeof kase, "{\"id\": \"%s\", \"isolate\": true, \"steps\": [{\"call\": \"fork\", \"bind\": \"pid\","
           " \"child\": [%s, {\"call\": \"_exit\", \"args\": [7]}]}, {\"call\": \"waitpid\", \"args\": [{\"ref\": \"pid\"}, 0]}]}",
           id, first);
  json_t *o = answer(t, kase);
  const json_t *waited = json_object_get(json_array_get(json_object_get(o, "steps"), 1), "value");
  const json_t *status = json_array_get(json_object_get(waited, "tuple"), 1);
  cr_assert(json_is_integer(status), "%s: no status: %s", id, json_dumps(o, JSON_COMPACT));
  json_int_t got = json_integer_value(status);
  json_decref(o);
  return got;
}

/* Processes a case starts (cases/FORMAT.md): a fork step's child runs its
 * "child" steps and exits 0, or 1 at the first that raises; what the case
 * did not wait for is killed and counted in "left_processes". */
void sample_fork_children(target_proc *t)
{
  json_t *o = answer(t, "{\"id\": \"proc/child-steps\", \"isolate\": true, \"steps\": ["
                        "{\"call\": \"fork\", \"bind\": \"pid\", \"child\": [{\"call\": \"_exit\", \"args\": [7]}]},"
                        " {\"call\": \"waitpid\", \"args\": [{\"ref\": \"pid\"}, 0]}]}");
  const json_t *fork_step = json_array_get(json_object_get(o, "steps"), 0);
  if (json_object_get(fork_step, "missing")) {
    json_decref(o);
    return;  /* the target does not provide fork */
  }
  json_int_t pid = int_step(o, 0);
  const json_t *waited = json_object_get(json_array_get(json_object_get(o, "steps"), 1), "value");
  json_t *expected = json_pack("{s:[I,i]}", "tuple", pid, 7 << 8);
  bool equal = json_equal(waited, expected);
  json_decref(expected);
  cr_assert(equal, "waitpid: %s", json_dumps(o, JSON_COMPACT));
  cr_assert_null(json_object_get(o, "left_processes"), "%s", json_dumps(o, JSON_COMPACT));
  json_decref(o);

  cr_assert_eq(child_status(t, "proc/child-raises", "{\"call\": \"rmdir\", \"args\": [\"missing\"]}"), 1 << 8,
               "a child step that raises ends the child with status 1");
  cr_assert_eq(child_status(t, "proc/child-continues", "{\"call\": \"rmdir\", \"args\": [\"missing\"], \"continue\": true}"),
               7 << 8, "a child step marked \"continue\" that raises ends nothing");

  o = answer(t, "{\"id\": \"proc/left\", \"isolate\": true, \"steps\": [{\"call\": \"fork\", \"bind\": \"pid\"}]}");
  cr_assert_eq(json_integer_value(json_object_get(o, "left_processes")), 1,
               "the child the case did not wait for is counted: %s", json_dumps(o, JSON_COMPACT));
  json_decref(o);
}
