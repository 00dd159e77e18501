/* The exec family: execl, execle, execlp, execlpe, execv, execve, execvp,
 * execvpe. They replace the process and return only on failure. The "l"
 * forms and the "p" search are Lib/os.py's: execl(path, *args) is
 * execv(path, args), execle's last argument is env, and execvp(e) tries
 * each directory of get_exec_path(env). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/exec_args.h"
#include "internal/process.h"
#include "osref/exec.h"
#include "osref/process.h"

extern char **environ;

/* execve's path may be an fd where fexecve exists (supports_fd lists it). */
#ifdef HAVE_FEXECVE
#define EXECVE_TAKES_FD true
#else
#define EXECVE_TAKES_FD false
#endif

int osref_execv(const char *path, char *const argv[], osref_error *err)
{
  execv(path, argv);
  osref_set_errno(err, errno);
  return -1;
}

int osref_execve(const char *path, int fd, char *const argv[], char *const envp[], osref_error *err)
{
#ifdef HAVE_FEXECVE
  if (fd >= 0)
    fexecve(fd, argv, envp ? envp : environ);
  else
#endif
    execve(path, argv, envp ? envp : environ);
#ifndef HAVE_FEXECVE
  (void)fd;
#endif
  osref_set_errno(err, errno);
  return -1;
}

/* os.path.join(dir, file) for a file without '/'. */
static char *join(const char *dir, const char *file)
{
  size_t d = strlen(dir), f = strlen(file);
  char *s = malloc(d + f + 2);
  if (!s) return NULL;
  memcpy(s, dir, d);
  if (d && dir[d - 1] != '/') s[d++] = '/';
  memcpy(s + d, file, f + 1);
  return s;
}

int osref_exec_search(const char *file, char *const argv[], char *const envp[],
                      const char *const dirs[], osref_error *err)
{
  if (strchr(file, '/'))
    return envp ? osref_execve(file, -1, argv, envp, err) : osref_execv(file, argv, err);
  int saved = 0, last = ENOENT;
  for (size_t i = 0; dirs[i]; i++) {
    char *full = join(dirs[i], file);
    if (!full) {
      osref_set_error(err, "MemoryError", "out of memory");
      return -1;
    }
    if (envp) execve(full, argv, envp);
    else execv(full, argv);
    last = errno;
    free(full);
    if (last != ENOENT && last != ENOTDIR && !saved) saved = last;
  }
  osref_set_errno(err, saved ? saved : last);
  return -1;
}

/* ---- the call layer ---- */

/* execv's and execve's own checks, in CPython's order: argv's shape, env's,
 * then argv's items, then env's. */
static bool convert(const char *what, const char *env_error, const osref_value *args,
                    const osref_value *env, osref_strv *argv, osref_strv *envp, osref_error *err)
{
  *envp = (osref_strv){NULL, 0};
  if (!osref_exec_argv_check(what, args, err)) return false;
  if (env && !osref_exec_is_mapping(env))
    return osref_set_error(err, "TypeError", "%s", env_error), false;
  if (!osref_exec_argv(what, args, argv, err)) return false;
  if (env && !osref_exec_envp(env, envp, err)) {
    osref_strv_free(argv);
    return false;
  }
  return true;
}

static osref_value *exec_v(const osref_value *path_v, const osref_value *args, const osref_value *env,
                           osref_error *err)
{
  const char *fn = env ? "execve" : "execv";
  osref_path path;
  osref_strv argv, envp;
  if (!osref_arg_path(fn, "path", path_v, false, env && EXECVE_TAKES_FD, &path, err)) return NULL;
  if (convert(env ? "execve: argv" : "execv() arg 2", "execve: environment must be a mapping object",
              args, env, &argv, &envp, err)) {
    if (env) osref_execve(path.name, path.fd, argv.items, envp.items, err);
    else osref_execv(path.name, argv.items, err);
    osref_strv_free(&argv);
    osref_strv_free(&envp);
  }
  osref_path_release(&path);
  return NULL;
}

/* get_exec_path(env) as a NULL-terminated array borrowing the list's strings. */
static const char **exec_dirs(const osref_value *env, osref_value **list, osref_error *err)
{
  *list = osref_get_exec_path(env, err);
  if (!*list) return NULL;
  const char **dirs = calloc((*list)->u.seq.len + 1, sizeof *dirs);
  if (!dirs) return osref_set_error(err, "MemoryError", "out of memory"), NULL;
  for (size_t i = 0; i < (*list)->u.seq.len; i++) dirs[i] = (*list)->u.seq.items[i]->u.s.data;
  return dirs;
}

/* os.py's _execvpe: a file with a directory part is exec'd as it is; env
 * None is no env (execv, PATH from os.environ). */
static osref_value *exec_vp(const osref_value *file_v, const osref_value *args, const osref_value *env,
                            osref_error *err)
{
  if (env && env->type == OSREF_NONE) env = NULL;
  osref_path file;
  if (!osref_arg_fsconvert(file_v, &file, err)) return NULL;
  if (memchr(file.name, '/', file.len)) return exec_v(file_v, args, env, err);
  osref_value *list;
  const char **dirs = exec_dirs(env, &list, err);
  osref_strv argv, envp;
  if (dirs && convert(env ? "execve: argv" : "execv() arg 2", "execve: environment must be a mapping object",
                      args, env, &argv, &envp, err)) {
    osref_exec_search(file.name, argv.items, env ? envp.items : NULL, dirs, err);
    osref_strv_free(&argv);
    osref_strv_free(&envp);
  }
  free(dirs);
  osref_decref(list);
  return NULL;
}

/* execl(path, arg0, arg1, ...): the argument list as one tuple; arg1 is
 * the list's second item, which a call may leave out. */
static osref_value *arg_list(osref_value *const *argv)
{
  const osref_value *rest = argv[3];
  size_t first = argv[2] ? 2 : 1;
  osref_value *t = osref_tuple(first + rest->u.seq.len);
  if (!t) return NULL;
  osref_seq_set(t, 0, osref_incref(argv[1]));
  if (argv[2]) osref_seq_set(t, 1, osref_incref(argv[2]));
  for (size_t i = 0; i < rest->u.seq.len; i++) osref_seq_set(t, first + i, osref_incref(rest->u.seq.items[i]));
  return t;
}

typedef osref_value *(*exec_fn)(const osref_value *, const osref_value *, const osref_value *, osref_error *);

static osref_value *exec_l(osref_value *const *argv, const osref_value *env, exec_fn fn, osref_error *err)
{
  osref_value *args = arg_list(argv);
  if (!args) return osref_set_error(err, "MemoryError", "out of memory");
  fn(argv[0], args, env, err);
  osref_decref(args);
  return NULL;
}

static osref_value *call_execv(osref_value *const *a, osref_error *e) { return exec_v(a[0], a[1], NULL, e); }
static osref_value *call_execve(osref_value *const *a, osref_error *e) { return exec_v(a[0], a[1], a[2], e); }
static osref_value *call_execvp(osref_value *const *a, osref_error *e) { return exec_vp(a[0], a[1], NULL, e); }
static osref_value *call_execvpe(osref_value *const *a, osref_error *e) { return exec_vp(a[0], a[1], a[2], e); }
static osref_value *call_execl(osref_value *const *a, osref_error *e) { return exec_l(a, NULL, exec_v, e); }
static osref_value *call_execle(osref_value *const *a, osref_error *e) { return exec_l(a, a[4], exec_v, e); }
static osref_value *call_execlp(osref_value *const *a, osref_error *e) { return exec_l(a, NULL, exec_vp, e); }
static osref_value *call_execlpe(osref_value *const *a, osref_error *e) { return exec_l(a, a[4], exec_vp, e); }

/* The doc's signatures as written: "execl(path, arg0, arg1, ...)" and
 * "execle(path, arg0, arg1, ..., env)", where "..." is *args and arg1,
 * the list's second item, is optional ("..." as default). */
static const osref_param execl_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"arg0", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"arg1", "...", OSREF_POSITIONAL_OR_KEYWORD}, {"...", NULL, OSREF_VAR_POSITIONAL},
};
static const osref_param execle_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"arg0", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"arg1", "...", OSREF_POSITIONAL_OR_KEYWORD}, {"...", NULL, OSREF_VAR_POSITIONAL},
  {"env", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
static const osref_param execlp_params[] = {
  {"file", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"arg0", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"arg1", "...", OSREF_POSITIONAL_OR_KEYWORD}, {"...", NULL, OSREF_VAR_POSITIONAL},
};
static const osref_param execlpe_params[] = {
  {"file", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"arg0", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"arg1", "...", OSREF_POSITIONAL_OR_KEYWORD}, {"...", NULL, OSREF_VAR_POSITIONAL},
  {"env", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
static const osref_param execv_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"args", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
static const osref_param execve_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"args", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"env", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
static const osref_param execvp_params[] = {
  {"file", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"args", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
static const osref_param execvpe_params[] = {
  {"file", NULL, OSREF_POSITIONAL_OR_KEYWORD}, {"args", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"env", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(execl, OSREF_SECT_PROCMGMT, execl_params, call_execl)
OSREF_FUNCTION(execle, OSREF_SECT_PROCMGMT, execle_params, call_execle)
OSREF_FUNCTION(execlp, OSREF_SECT_PROCMGMT, execlp_params, call_execlp)
OSREF_FUNCTION(execlpe, OSREF_SECT_PROCMGMT, execlpe_params, call_execlpe)
OSREF_FUNCTION(execv, OSREF_SECT_PROCMGMT, execv_params, call_execv)
OSREF_FUNCTION(execve, OSREF_SECT_PROCMGMT, execve_params, call_execve)
OSREF_FUNCTION(execvp, OSREF_SECT_PROCMGMT, execvp_params, call_execvp)
OSREF_FUNCTION(execvpe, OSREF_SECT_PROCMGMT, execvpe_params, call_execvpe)
