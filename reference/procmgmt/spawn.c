/* The spawn family (spawnl, spawnle, spawnlp, spawnlpe, spawnv, spawnve,
 * spawnvp, spawnvpe) and the modes P_WAIT, P_NOWAIT, P_NOWAITO, as Lib/os.py
 * supplies them on POSIX: fork (running the at-fork handlers), exec in the
 * child and _exit(127) if that fails; P_NOWAIT returns the pid, any other
 * mode waits and returns the exit code, or -signal. */
#include <errno.h>
#include <sys/wait.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/exec_args.h"
#include "internal/process.h"
#include "osref/exec.h"

#ifdef HAVE_FORK
int osref_spawn_wait(int64_t mode, pid_t pid, int64_t *result, osref_error *err)
{
  *result = pid;
  if (mode == OSREF_P_NOWAIT) return 0;
  int status;
  do {
    long r = OSREF_RETRY(waitpid(pid, &status, 0));
    if (r < 0) return osref_fail(r, err);
  } while (WIFSTOPPED(status));
  *result = WIFSIGNALED(status) ? -WTERMSIG(status) : WEXITSTATUS(status);
  return 0;
}

int osref_spawn(int64_t mode, const char *file, char *const argv[], char *const envp[],
                const char *const dirs[], int64_t *result, osref_error *err)
{
  int64_t pid = osref_fork(err);
  if (pid < 0) return -1;
  if (pid == 0) {
    osref_error ignored = {0};
    if (dirs) osref_exec_search(file, argv, envp, dirs, &ignored);
    else if (envp) osref_execve(file, -1, argv, envp, &ignored);
    else osref_execv(file, argv, &ignored);
    _exit(127);
  }
  return osref_spawn_wait(mode, (pid_t)pid, result, err);
}

/* os.py compares: mode == P_NOWAIT (so True and 1.0 are P_NOWAIT too). */
static int64_t mode_of(const osref_value *v)
{
  bool nowait = (v->type == OSREF_INT && v->u.i == 1) || (v->type == OSREF_BOOL && v->u.b) ||
                (v->type == OSREF_FLOAT && v->u.f == 1.0);
  return nowait ? OSREF_P_NOWAIT : OSREF_P_WAIT;
}

/* The child runs os.EXEC(file, args[, env]) through the call layer, so a
 * bad argument there is an exception in the child, hence its status 127. */
static void run_exec(const char *exec, osref_value *file, osref_value *args, osref_value *env)
{
  bool with_env = env && env->type != OSREF_NONE;
  osref_value *t = osref_tuple(with_env ? 3 : 2);
  if (t) {
    osref_seq_set(t, 0, osref_incref(file));
    osref_seq_set(t, 1, osref_incref(args));
    if (with_env) osref_seq_set(t, 2, osref_incref(env));
    osref_error ignored = {0};
    osref_call(exec, t, NULL, &ignored);
    osref_decref(t);
  }
  _exit(127);
}

static osref_value *spawn_v(osref_value *mode, osref_value *file, osref_value *args, osref_value *env,
                            const char *exec, osref_error *err)
{
  if (args->type != OSREF_TUPLE && args->type != OSREF_LIST)
    return osref_set_error(err, "TypeError", "argv must be a tuple or a list");
  if (args->u.seq.len == 0 || !osref_arg_bool(args->u.seq.items[0], false))
    return osref_set_error(err, "ValueError", "argv first element cannot be empty");
  int64_t pid = osref_fork(err);
  if (pid < 0) return NULL;
  if (pid == 0) run_exec(exec, file, args, env);
  int64_t result;
  return osref_spawn_wait(mode_of(mode), (pid_t)pid, &result, err) < 0 ? NULL : osref_int(result);
}

static osref_value *call_spawnv(osref_value *const *a, osref_error *e) { return spawn_v(a[0], a[1], a[2], NULL, "execv", e); }
static osref_value *call_spawnve(osref_value *const *a, osref_error *e) { return spawn_v(a[0], a[1], a[2], a[3], "execve", e); }
static osref_value *call_spawnvp(osref_value *const *a, osref_error *e) { return spawn_v(a[0], a[1], a[2], NULL, "execvp", e); }
static osref_value *call_spawnvpe(osref_value *const *a, osref_error *e) { return spawn_v(a[0], a[1], a[2], a[3], "execvpe", e); }
static osref_value *call_spawnl(osref_value *const *a, osref_error *e) { return spawn_v(a[0], a[1], a[2], NULL, "execv", e); }
static osref_value *call_spawnle(osref_value *const *a, osref_error *e) { return spawn_v(a[0], a[1], a[2], a[3], "execve", e); }
static osref_value *call_spawnlp(osref_value *const *a, osref_error *e) { return spawn_v(a[0], a[1], a[2], NULL, "execvp", e); }
static osref_value *call_spawnlpe(osref_value *const *a, osref_error *e) { return spawn_v(a[0], a[1], a[2], a[3], "execvpe", e); }

static osref_value *get_p_wait(osref_error *e) { (void)e; return osref_int(OSREF_P_WAIT); }
static osref_value *get_p_nowait(osref_error *e) { (void)e; return osref_int(OSREF_P_NOWAIT); }

/* The doc's signatures as written: "spawnl(mode, path, ...)", where "..."
 * is *args, and "spawnle(mode, path, ..., env)". */
static const osref_param spawnl_params[] = {
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"...", NULL, OSREF_VAR_POSITIONAL},
};
static const osref_param spawnle_params[] = {
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"...", NULL, OSREF_VAR_POSITIONAL}, {"env", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
static const osref_param spawnlp_params[] = {
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"file", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"...", NULL, OSREF_VAR_POSITIONAL},
};
static const osref_param spawnlpe_params[] = {
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"file", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"...", NULL, OSREF_VAR_POSITIONAL}, {"env", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
static const osref_param spawnv_params[] = {
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"args", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
static const osref_param spawnve_params[] = {
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"args", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"env", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
static const osref_param spawnvp_params[] = {
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"file", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"args", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
static const osref_param spawnvpe_params[] = {
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"file", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"args", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"env", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(spawnl, OSREF_SECT_PROCMGMT, spawnl_params, call_spawnl)
OSREF_FUNCTION(spawnle, OSREF_SECT_PROCMGMT, spawnle_params, call_spawnle)
OSREF_FUNCTION(spawnlp, OSREF_SECT_PROCMGMT, spawnlp_params, call_spawnlp)
OSREF_FUNCTION(spawnlpe, OSREF_SECT_PROCMGMT, spawnlpe_params, call_spawnlpe)
OSREF_FUNCTION(spawnv, OSREF_SECT_PROCMGMT, spawnv_params, call_spawnv)
OSREF_FUNCTION(spawnve, OSREF_SECT_PROCMGMT, spawnve_params, call_spawnve)
OSREF_FUNCTION(spawnvp, OSREF_SECT_PROCMGMT, spawnvp_params, call_spawnvp)
OSREF_FUNCTION(spawnvpe, OSREF_SECT_PROCMGMT, spawnvpe_params, call_spawnvpe)
OSREF_DATA(P_WAIT, OSREF_SECT_PROCMGMT, get_p_wait)
OSREF_DATA(P_NOWAIT, OSREF_SECT_PROCMGMT, get_p_nowait)
OSREF_DATA(P_NOWAITO, OSREF_SECT_PROCMGMT, get_p_nowait)
#else
OSREF_ABSENT(spawnl, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_FORK unset)")
OSREF_ABSENT(spawnle, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_FORK unset)")
OSREF_ABSENT(spawnlp, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_FORK unset)")
OSREF_ABSENT(spawnlpe, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_FORK unset)")
OSREF_ABSENT(spawnv, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_FORK unset)")
OSREF_ABSENT(spawnve, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_FORK unset)")
OSREF_ABSENT(spawnvp, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_FORK unset)")
OSREF_ABSENT(spawnvpe, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_FORK unset)")
OSREF_ABSENT(P_WAIT, OSREF_SECT_PROCMGMT, OSREF_DATA, "not in this libc (HAVE_FORK unset)")
OSREF_ABSENT(P_NOWAIT, OSREF_SECT_PROCMGMT, OSREF_DATA, "not in this libc (HAVE_FORK unset)")
OSREF_ABSENT(P_NOWAITO, OSREF_SECT_PROCMGMT, OSREF_DATA, "not in this libc (HAVE_FORK unset)")
#endif
OSREF_ABSENT(P_DETACH, OSREF_SECT_PROCMGMT, OSREF_DATA, "documented for Windows only")
OSREF_ABSENT(P_OVERLAY, OSREF_SECT_PROCMGMT, OSREF_DATA, "documented for Windows only")
