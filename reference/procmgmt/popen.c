/* os.popen(cmd, mode='r', buffering=-1): a text file object over a pipe
 * to or from `/bin/sh -c cmd`. As Lib/os.py's _wrap_close, the object is a
 * proxy for the file: close(), __enter__() and __exit__() are its own,
 * everything else is the file's; close() closes the file, waits for the
 * shell and returns its status. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/fd.h"
#include "osref/exec.h"

typedef struct wrap_close {
  osref_value *stream;   /* the file object over our end of the pipe */
  osref_value *self;     /* the handle, returned by __enter__ (not a reference) */
  pid_t pid;             /* the shell; 0 once reaped */
  osref_value *status;   /* close()'s result, once the shell is reaped */
} wrap_close;

/* close()'s result for a wait status, as os.rst documents it: None for a
 * successful exit, the exit status shifted left by one byte for another,
 * -signum for a signal. (CPython returns -signum << 8 for a signal.) */
static osref_value *close_status(int status)
{
  if (WIFSIGNALED(status)) return osref_int(-WTERMSIG(status));
  int code = WEXITSTATUS(status);
  return code == 0 ? osref_none() : osref_int((int64_t)code << 8);
}

/* Waits for the shell: 0, or -errno. Someone else reaped it (ECHILD):
 * its status is lost, and reads as a success, as subprocess does. */
static int reap(wrap_close *w)
{
  int status = 0;
  long r = OSREF_RETRY(waitpid(w->pid, &status, 0));
  if (r < 0 && r != -ECHILD) return (int)r;
  w->pid = 0;
  w->status = close_status(status);
  return w->status ? 0 : -ENOMEM;
}

static osref_value *wrap_close_close(wrap_close *w, osref_error *err)
{
  osref_value *r = osref_method(w->stream, "close", NULL, NULL, err);
  if (!r) return NULL;
  osref_decref(r);
  int e = w->pid ? reap(w) : 0;
  return e < 0 ? osref_set_errno(err, e) : osref_incref(w->status);
}

static const osref_param exit_params[] = {{"args", NULL, OSREF_VAR_POSITIONAL}};

static osref_value *call_method(void *self, const char *method, osref_value *args, osref_value *kwargs,
                                osref_error *err)
{
  wrap_close *w = self;
  osref_value *argv[1];
  if (strcmp(method, "close") == 0)
    return osref_bind(method, NULL, 0, args, kwargs, argv, err) ? wrap_close_close(w, err) : NULL;
  if (strcmp(method, "__enter__") == 0)
    return osref_bind(method, NULL, 0, args, kwargs, argv, err) ? osref_incref(w->self) : NULL;
  if (strcmp(method, "__exit__") != 0) return osref_method(w->stream, method, args, kwargs, err);
  if (!osref_bind(method, exit_params, 1, args, kwargs, argv, err)) return NULL;
  osref_bind_release(exit_params, 1, argv);
  osref_value *r = wrap_close_close(w, err);
  osref_decref(r);
  return r ? osref_none() : NULL;   /* None: an exception in the with block goes on */
}

static osref_value *getattr(void *self, const char *attr, osref_error *err)
{
  return osref_attr(((wrap_close *)self)->stream, attr, err);
}

/* Released without close(): the pipe is closed (the shell sees the end of
 * its input, or EPIPE on its output) and the shell waited for, so that no
 * child is left behind. */
static void release(void *self)
{
  wrap_close *w = self;
  osref_decref(w->stream);
  if (w->pid) reap(w);
  osref_decref(w->status);
  free(w);
}

static const char *const wrap_close_methods[] = {"close", "__enter__", "__exit__", NULL};
static const osref_handle_ops wrap_close_ops = {"_wrap_close", getattr, call_method, NULL, release,
                                                wrap_close_methods};

/* The shell, with its end of the pipe as its fd target (0 or 1). As
 * subprocess's close_fds, it inherits no other fd; as its restore_signals,
 * SIGPIPE and SIGXFSZ are back to their default action even if this
 * process ignores them (a shell writing to a closed pipe must die). */
static pid_t spawn_shell(const char *cmd, int child_end, int target)
{
  pid_t pid = fork();
  if (pid != 0) return pid;
  /* The child: only async-signal-safe calls until exec. dup2 onto itself
   * would keep close-on-exec set. */
  if (child_end == target ? fcntl(target, F_SETFD, 0) < 0 : dup2(child_end, target) < 0) _exit(127);
  signal(SIGPIPE, SIG_DFL);
  signal(SIGXFSZ, SIG_DFL);
  osref_closerange(3, INT_MAX);
  execl("/bin/sh", "/bin/sh", "-c", cmd, (char *)NULL);
  _exit(127);
}

/* The file object over fd, which it then owns; on failure fd is closed. */
static osref_value *pipe_file(int fd, const char *mode, int64_t buffering, osref_error *err)
{
  osref_open_options opts = {.mode = mode, .buffering = buffering < 0 ? -1 : buffering, .closefd = true};
  osref_value *f = osref_fdopen(fd, &opts, err);
  /* fdopen closes the fd on some failures (as open()), not on others. */
  if (!f && fcntl(fd, F_GETFD) >= 0) close(fd);
  return f;
}

osref_value *osref_popen(const char *cmd, const char *mode, int64_t buffering, osref_error *err)
{
  bool reading = strcmp(mode, "r") == 0;
  if (!reading && strcmp(mode, "w") != 0) return osref_set_error(err, "ValueError", "invalid mode '%s'", mode);
  if (buffering == 0) return osref_set_error(err, "ValueError", "popen() does not support unbuffered streams");
  wrap_close *w = calloc(1, sizeof *w);
  if (!w) return osref_set_error(err, "MemoryError", "out of memory");
  int fds[2];
  if (osref_pipe(fds, err) < 0) {
    free(w);
    return NULL;
  }
  int ours = fds[reading ? 0 : 1], theirs = fds[reading ? 1 : 0];
  w->pid = spawn_shell(cmd, theirs, reading ? STDOUT_FILENO : STDIN_FILENO);
  int fork_errno = errno;
  close(theirs);
  if (w->pid < 0) {
    close(ours);
    free(w);
    return osref_set_errno(err, fork_errno);
  }
  w->stream = pipe_file(ours, mode, buffering, err);
  osref_value *h = w->stream ? osref_handle(&wrap_close_ops, w) : NULL;
  if (!w->stream) release(w);   /* osref_handle releases w itself when it fails */
  if (h) w->self = h;
  return h;
}

/* repr(v) for the message of an invalid mode, as far as the values go. */
static void mode_repr(const osref_value *v, char *buf, size_t len)
{
  if (v->type == OSREF_STR || v->type == OSREF_BYTES)
    snprintf(buf, len, "%s'%.*s'", v->type == OSREF_BYTES ? "b" : "", (int)v->u.s.len, v->u.s.data);
  else if (v->type == OSREF_INT)
    snprintf(buf, len, "%lld", (long long)v->u.i);
  else if (v->type == OSREF_BOOL)
    snprintf(buf, len, "%s", v->u.b ? "True" : "False");
  else if (v->type == OSREF_NONE)
    snprintf(buf, len, "None");
  else
    snprintf(buf, len, "<%s object>", osref_type_name(v));
}

/* Lib/os.py's checks, in its order: cmd, mode, buffering. */
static bool check_cmd(const osref_value *cmd, osref_error *err)
{
  if (cmd->type != OSREF_STR)
    osref_set_error(err, "TypeError", "invalid cmd type (<class '%s'>, expected string)", osref_type_name(cmd));
  else if (memchr(cmd->u.s.data, '\0', cmd->u.s.len))
    osref_set_error(err, "ValueError", "embedded null byte");
  return !err->type;
}

static bool arg_mode(const osref_value *v, const char **mode, osref_error *err)
{
  *mode = "r";
  if (!v) return true;
  if (v->type == OSREF_STR && (strcmp(v->u.s.data, "r") == 0 || strcmp(v->u.s.data, "w") == 0)
      && strlen(v->u.s.data) == v->u.s.len) {
    *mode = v->u.s.data;
    return true;
  }
  char repr[64];
  mode_repr(v, repr, sizeof repr);
  osref_set_error(err, "ValueError", "invalid mode %s", repr);
  return false;
}

/* buffering == 0 or buffering is None: refused; then subprocess wants an int. */
static bool arg_buffering(const osref_value *v, int64_t *out, osref_error *err)
{
  *out = -1;
  if (!v) return true;
  bool zero = v->type == OSREF_NONE || (v->type == OSREF_INT && v->u.i == 0)
              || (v->type == OSREF_BOOL && !v->u.b) || (v->type == OSREF_FLOAT && v->u.f == 0.0);
  if (zero) osref_set_error(err, "ValueError", "popen() does not support unbuffered streams");
  else if (v->type != OSREF_INT && v->type != OSREF_BOOL) osref_set_error(err, "TypeError", "bufsize must be an integer");
  else *out = v->type == OSREF_BOOL ? v->u.b : v->u.i;
  return !err->type;
}

static osref_value *call_popen(osref_value *const *argv, osref_error *err)
{
  const char *mode;
  int64_t buffering;
  if (!check_cmd(argv[0], err) || !arg_mode(argv[1], &mode, err) || !arg_buffering(argv[2], &buffering, err))
    return NULL;
  return osref_popen(argv[0]->u.s.data, mode, buffering, err);
}

static const osref_param popen_params[] = {
  {"cmd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"mode", "'r'", OSREF_POSITIONAL_OR_KEYWORD},
  {"buffering", "-1", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(popen, OSREF_SECT_PROCMGMT, popen_params, call_popen)
