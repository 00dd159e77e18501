/* Isolation by fork (cases/FORMAT.md, Additions): an isolated case runs in a
 * child of the shared target, so what it does to the process (umask, cwd,
 * uid) is gone for the next case, and its death costs only its own line. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
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
  cr_assert_eq(int_step(o, 0), 18, "the child starts with the shared process's umask");
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

void sample_isolation_by_fork(target_proc *t)
{
  changes_vanish(t);
  silent_child(t);
  killed_child(t);
  json_int_t pid, uid, mask;
  shared_state(t, &pid, &uid, &mask);  /* the shared process still answers */
  cr_assert_eq(mask, 18);
}
