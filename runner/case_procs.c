/* Which processes a case may touch. A case runs as root in CI: the kernel
 * keeps it in its pid namespace (runner/confine.c), and this check keeps it
 * to the processes it started, before anything runs. A step that signals or
 * reschedules a process must name it by a ref bound by a step that started
 * one (fork, spawn*, posix_spawn*), by 0 ("this process" or, for kill, its
 * group) only where that cannot harm (signal 0; the scheduler calls run in
 * an isolated process), or by a number no process can have. */
#include <string.h>
#include <stdio.h>
#include "case_procs.h"

/* Linux's PID_MAX_LIMIT: no pid reaches it, so a larger number names no
 * process anywhere (the cases use it to ask for ESRCH). */
#define NO_SUCH_PID_FLOOR 4194304

static bool in(const char *name, const char *const *list)
{
  for (; name && *list; list++)
    if (strcmp(name, *list) == 0)
      return true;
  return false;
}

static const char *const starters[] = {
  "fork", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe",
  "posix_spawn", "posix_spawnp", NULL};

bool osc_step_manages_processes(const json_t *step)
{
  static const char *const managing[] = {
    "forkpty", "system", "popen", "execl", "execle", "execlp", "execlpe", "execv", "execve",
    "execvp", "execvpe", "kill", "killpg", "abort", "_exit", "register_at_fork", "wait",
    "waitpid", "waitid", "wait3", "wait4", "pidfd_open", NULL};
  const char *fn = json_string_value(json_object_get(step, "call"));
  return in(fn, starters) || in(fn, managing) || json_object_get(step, "child");
}

typedef struct pid_names {
  const char *names[64];
  size_t n;
  const char *nowait[8];  /* refs bound by getattr of P_NOWAIT or P_NOWAITO */
  size_t nnowait;
} pid_names;

/* A step that binds a name again ends what the name meant before. */
static void remove_name(const char **names, size_t *n, const char *name)
{
  for (size_t i = 0; name && i < *n; i++)
    if (strcmp(names[i], name) == 0) {
      names[i--] = names[--*n];
    }
}

static void forget(pid_names *p, const char *name)
{
  remove_name(p->names, &p->n, name);
  remove_name(p->nowait, &p->nnowait, name);
}

static bool bound_to_nowait(const pid_names *p, const json_t *mode)
{
  const char *ref = json_string_value(json_object_get(mode, "ref"));
  for (size_t i = 0; ref && i < p->nnowait; i++)
    if (strcmp(p->nowait[i], ref) == 0)
      return true;
  return false;
}

/* Whether the step binds a started process's pid: fork's and posix_spawn's
 * result, a spawn*'s only with P_NOWAIT (with P_WAIT it is an exit code,
 * which a case could make any small number). */
static bool binds_a_pid(const json_t *step, const pid_names *p)
{
  const char *fn = json_string_value(json_object_get(step, "call"));
  if (!in(fn, starters) || !json_is_string(json_object_get(step, "bind")))
    return false;
  return strncmp(fn, "spawn", 5) != 0 || bound_to_nowait(p, json_array_get(json_object_get(step, "args"), 0));
}

static void note_nowait(const json_t *step, pid_names *p)
{
  const char *name = json_string_value(json_object_get(step, "getattr"));
  const char *bind = json_string_value(json_object_get(step, "bind"));
  if (name && bind && (strcmp(name, "P_NOWAIT") == 0 || strcmp(name, "P_NOWAITO") == 0)
      && p->nnowait < sizeof p->nowait / sizeof p->nowait[0])
    p->nowait[p->nnowait++] = bind;
}

static bool named_pid(const pid_names *p, const char *ref)
{
  for (size_t i = 0; ref && i < p->n; i++)
    if (strcmp(p->names[i], ref) == 0)
      return true;
  return false;
}

/* Where a step names a process: its positional slot and keyword (an
 * implementation may take a positional-only parameter by keyword), and
 * whether 0 may stand for it. False when the step names none. */
typedef struct pid_slot {
  size_t index;
  const char *keyword;
  bool zero_ok;
} pid_slot;

static bool pid_slot_of(const json_t *step, pid_slot *slot)
{
  static const struct { const char *fn; size_t index; const char *keyword; } table[] = {
    {"kill", 0, "pid"}, {"killpg", 0, "pgid"}, {"setpriority", 1, "who"},
    {"sched_setaffinity", 0, "pid"}, {"sched_setparam", 0, "pid"}, {"sched_setscheduler", 0, "pid"},
  };
  const char *fn = json_string_value(json_object_get(step, "call"));
  for (size_t i = 0; fn && i < sizeof table / sizeof table[0]; i++)
    if (strcmp(fn, table[i].fn) == 0) {
      slot->index = table[i].index;
      slot->keyword = table[i].keyword;
      /* kill(0, 0) sends nothing; the scheduler calls run isolated */
      const json_t *sig = json_array_get(json_object_get(step, "args"), 1);
      slot->zero_ok = i >= 2 || (json_is_integer(sig) && json_integer_value(sig) == 0);
      return true;
    }
  return false;
}

/* A number (an int, a bool, a float an implementation might truncate)
 * must name no process, or be a harmless 0; a ref, a started process. A
 * value of another type names none (None, a str: the call's TypeError). */
static bool pid_ok(const json_t *v, bool zero_ok, const pid_names *started)
{
  if (json_is_number(v) || json_is_boolean(v)) {
    double n = json_is_boolean(v) ? json_is_true(v) : json_number_value(v);
    return n >= NO_SUCH_PID_FLOOR || (zero_ok && n > -1 && n < 1);
  }
  const json_t *ref = json_object_get(v, "ref");
  return !ref || named_pid(started, json_string_value(ref));
}

static bool names_only_started(const json_t *step, const pid_names *started)
{
  pid_slot slot;
  if (!pid_slot_of(step, &slot))
    return true;
  return pid_ok(json_array_get(json_object_get(step, "args"), slot.index), slot.zero_ok, started)
         && pid_ok(json_object_get(json_object_get(step, "kwargs"), slot.keyword), slot.zero_ok, started);
}

static bool steps_ok(const json_t *steps, const char *field, pid_names *started, char *why, size_t len)
{
  size_t i;
  const json_t *step;
  json_array_foreach(steps, i, step) {
    if (!names_only_started(step, started)) {
      snprintf(why, len, "field %s[%zu]: %s names a process the case did not start (name one by a "
               "ref bound by fork, spawn* or posix_spawn*, by 0 where it is harmless, or by a "
               "number >= %d)", field, i, json_string_value(json_object_get(step, "call")),
               NO_SUCH_PID_FLOOR);
      return false;
    }
    char inner[64];
    snprintf(inner, sizeof inner, "%s[%zu].child", field, i);
    pid_names child = *started;  /* the child sees what was bound before its fork */
    if (json_object_get(step, "child") && !steps_ok(json_object_get(step, "child"), inner, &child, why, len))
      return false;
    bool pid = binds_a_pid(step, started);
    forget(started, json_string_value(json_object_get(step, "bind")));  /* a name bound again */
    note_nowait(step, started);
    if (pid && started->n < sizeof started->names / sizeof started->names[0])
      started->names[started->n++] = json_string_value(json_object_get(step, "bind"));
  }
  return true;
}

bool osc_case_pids_check(const json_t *kase, char *why, size_t len)
{
  pid_names started = { {0}, 0, {0}, 0 };
  return steps_ok(json_object_get(kase, "steps"), "steps", &started, why, len);
}
