/* os.register_at_fork(*, before=None, after_in_parent=None, after_in_child=None)
 * and os.fork(): the handlers registered run around every fork the library
 * makes (fork, forkpty, the spawn family). */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/exec_args.h"
#include "internal/process.h"
#include "osref/exec.h"

#ifdef HAVE_FORK
enum { BEFORE, AFTER_IN_PARENT, AFTER_IN_CHILD, N_HOOKS };

/* LISTs of callables, created on first registration, never freed: as in
 * CPython, a registration lasts as long as the process. */
static osref_value *hooks[N_HOOKS];

int osref_register_at_fork(osref_value *before, osref_value *after_in_parent,
                           osref_value *after_in_child, osref_error *err)
{
  osref_value *given[N_HOOKS] = {before, after_in_parent, after_in_child};
  for (int h = 0; h < N_HOOKS; h++) {
    if (!given[h]) continue;
    if (!hooks[h] && !(hooks[h] = osref_list())) {
      osref_set_error(err, "MemoryError", "out of memory");
      return -1;
    }
    osref_list_append(hooks[h], osref_incref(given[h]));
  }
  return 0;
}

/* A handler's exception is reported as unraisable by CPython and ignored. */
static void run_hooks(int h, bool reverse)
{
  size_t n = hooks[h] ? hooks[h]->u.seq.len : 0;
  for (size_t i = 0; i < n; i++) {
    osref_error ignored = {0};
    osref_decref(osref_invoke(hooks[h]->u.seq.items[reverse ? n - 1 - i : i], &ignored));
  }
}

void osref_before_fork(void)
{
  run_hooks(BEFORE, true);
}

/* CPython runs the parent's handlers also when fork failed. */
void osref_after_fork(pid_t pid)
{
  run_hooks(pid == 0 ? AFTER_IN_CHILD : AFTER_IN_PARENT, false);
}

int64_t osref_fork(osref_error *err)
{
  osref_before_fork();
  pid_t pid = fork();
  int saved = errno;
  osref_after_fork(pid);
  if (pid < 0) {
    osref_set_errno(err, saved);
    return -1;
  }
  return pid;
}

static osref_value *call_fork(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_int_result(osref_fork(err));
}

/* The doc's default is None, so None is taken as not given (CPython refuses
 * an explicit None: "'before' must be callable, not NoneType"). */
static osref_value *given(osref_value *v)
{
  return v && v->type != OSREF_NONE ? v : NULL;
}

static bool check_callable(const osref_value *v, const char *name, osref_error *err)
{
  if (!v || osref_is_callable(v)) return true;
  osref_set_error(err, "TypeError", "'%s' must be callable, not %s", name, osref_type_name(v));
  return false;
}

static osref_value *call_register_at_fork(osref_value *const *argv, osref_error *err)
{
  osref_value *before = given(argv[0]), *parent = given(argv[1]), *child = given(argv[2]);
  if (!before && !parent && !child)
    return osref_set_error(err, "TypeError", "At least one argument is required.");
  if (!check_callable(before, "before", err) || !check_callable(child, "after_in_child", err) ||
      !check_callable(parent, "after_in_parent", err))
    return NULL;
  return osref_none_result(osref_register_at_fork(before, parent, child, err));
}

static const osref_param register_at_fork_params[] = {
  {"before", "None", OSREF_KEYWORD_ONLY},
  {"after_in_parent", "None", OSREF_KEYWORD_ONLY},
  {"after_in_child", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(register_at_fork, OSREF_SECT_PROCMGMT, register_at_fork_params, call_register_at_fork)
OSREF_FUNCTION0(fork, OSREF_SECT_PROCMGMT, call_fork)
#else
OSREF_ABSENT(register_at_fork, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_FORK unset)")
OSREF_ABSENT(fork, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_FORK unset)")
#endif
