#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "signals.h"
#include "target.h"
#include "util.h"

void osc_target_init(osc_target *t)
{
  memset(t, 0, sizeof *t);
  t->in_fd = t->out_fd = t->err_fd = -1;
}

static void close_fd(int *fd)
{
  if (*fd >= 0)
    close(*fd);
  *fd = -1;
}

/* Runs in a vfork child: it shares the runner's memory until execv, so it
 * only makes system calls on its own behalf. Signals come back as they were
 * for the target, whose handlers the exec resets anyway. */
static _Noreturn void exec_child(char *const argv[], const char *cwd, int in[2], int out[2], int err[2],
                                 const sigset_t *mask)
{
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL);  /* no orphaned targets if the runner dies */
  signal(SIGPIPE, SIG_DFL);
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  sigprocmask(SIG_SETMASK, mask, NULL);
  if (dup2(in[0], 0) < 0 || dup2(out[1], 1) < 0 || dup2(err[1], 2) < 0 || chdir(cwd) != 0)
    _exit(127);
  execv(argv[0], argv);
  dprintf(2, "cannot execute %s: %s\n", argv[0], strerror(errno));
  _exit(127);
}

/* vfork, not fork: a worker's heap holds every parsed case, and fork would
 * copy its page tables only for the child to exec at once. All signals
 * are blocked meanwhile, so no handler of the runner runs in the child. */
static bool spawn(osc_target *t, char *const argv[], const char *cwd, bool wrapped, char *err, size_t len)
{
  int in[2], out[2], errp[2];
  if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0 || pipe2(errp, O_CLOEXEC) != 0) {
    snprintf(err, len, "cannot create pipes: %s", strerror(errno));
    return false;
  }
  sigset_t all, mask;
  sigfillset(&all);
  sigprocmask(SIG_SETMASK, &all, &mask);
  pid_t pid = vfork();
  if (pid == 0)
    exec_child(argv, cwd, in, out, errp, &mask);
  int fork_errno = errno;
  sigprocmask(SIG_SETMASK, &mask, NULL);
  if (pid < 0) {
    snprintf(err, len, "cannot fork: %s", strerror(fork_errno));
    for (int i = 0; i < 2; i++) {
      close(in[i]);
      close(out[i]);
      close(errp[i]);
    }
    return false;
  }
  setpgid(pid, pid);  /* both sides set it: no window where a kill misses */
  close(in[0]);
  close(out[1]);
  close(errp[1]);
  t->pid = pid;
  t->in_fd = in[1];
  t->out_fd = out[0];
  t->err_fd = errp[0];
  fcntl(t->in_fd, F_SETFL, O_NONBLOCK);
  fcntl(t->out_fd, F_SETFL, O_NONBLOCK);
  fcntl(t->err_fd, F_SETFL, O_NONBLOCK);
  t->len = t->err_len = 0;
  t->err_tail[0] = '\0';
  t->eof = false;
  t->wrapped = wrapped;
  return true;
}

/* Keeps the last bytes of stderr: a crashing target's last words. */
static void drain_stderr(osc_target *t)
{
  char chunk[4096];
  ssize_t n;
  while ((n = read(t->err_fd, chunk, sizeof chunk)) > 0) {
    size_t keep = sizeof t->err_tail - 1;
    if ((size_t)n >= keep) {
      memcpy(t->err_tail, chunk + n - keep, keep);
      t->err_len = keep;
    } else {
      if (t->err_len + n > keep) {
        size_t drop = t->err_len + n - keep;
        memmove(t->err_tail, t->err_tail + drop, t->err_len - drop);
        t->err_len -= drop;
      }
      memcpy(t->err_tail + t->err_len, chunk, n);
      t->err_len += n;
    }
    t->err_tail[t->err_len] = '\0';
  }
  if (n == 0)
    close_fd(&t->err_fd);
}

const char *osc_target_stderr_tail(osc_target *t)
{
  if (t->err_fd >= 0)
    drain_stderr(t);
  char *end = t->err_tail + t->err_len;
  while (end > t->err_tail && (end[-1] == '\n' || end[-1] == '\r'))
    *--end = '\0';
  char *last = strrchr(t->err_tail, '\n');
  return last ? last + 1 : t->err_tail;
}

/* Drops the line handed out last time. */
static void consume_line(osc_target *t)
{
  if (!t->handed)
    return;
  memmove(t->buf, t->buf + t->handed, t->len - t->handed);
  t->len -= t->handed;
  t->handed = 0;
}

static bool grow(osc_target *t)
{
  if (t->cap - t->len >= 65536)
    return true;
  size_t cap = t->cap ? t->cap * 2 : 131072;
  char *b = realloc(t->buf, cap + 1);
  if (!b)
    return false;
  t->buf = b;
  t->cap = cap;
  return true;
}

/* A complete line in the buffer: NUL-terminate it in place. */
static bool take_line(osc_target *t, size_t *line_len)
{
  char *nl = t->len ? memchr(t->buf, '\n', t->len) : NULL;
  if (!nl)
    return false;
  *nl = '\0';
  *line_len = nl - t->buf;
  t->handed = *line_len + 1;
  return true;
}

static osc_io read_stdout(osc_target *t)
{
  if (!grow(t))
    return OSC_IO_SYSTEM;
  ssize_t n = read(t->out_fd, t->buf + t->len, t->cap - t->len);
  if (n == 0) {
    t->eof = true;
    return OSC_IO_EOF;
  }
  if (n < 0)
    return errno == EAGAIN || errno == EINTR ? OSC_IO_LINE : OSC_IO_SYSTEM;
  t->len += n;
  return t->len > OSC_LINE_LIMIT && !memchr(t->buf, '\n', t->len) ? OSC_IO_TOO_LONG : OSC_IO_LINE;
}

/* Writes what the pipe takes of the request; false when the target is
 * gone (EPIPE). */
static bool write_some(osc_target *t, const char **req, size_t *req_left)
{
  ssize_t w = write(t->in_fd, *req, *req_left);
  if (w < 0)
    return errno == EAGAIN || errno == EINTR;
  *req += w;
  *req_left -= w;
  return true;
}

/* One round of poll: writes what it can of the request, reads what there is. */
static osc_io pump(osc_target *t, const char **req, size_t *req_left, int wait_ms)
{
  struct pollfd p[4] = {
    {t->out_fd, POLLIN, 0}, {t->err_fd, POLLIN, 0}, {osc_signals_fd(), POLLIN, 0},
    {*req_left ? t->in_fd : -1, POLLOUT, 0}};
  int n = poll(p, 4, wait_ms);
  if (n < 0)
    return errno == EINTR ? OSC_IO_LINE : OSC_IO_SYSTEM;
  if (osc_signals_caught())
    return OSC_IO_INTERRUPTED;
  if (p[3].revents & (POLLOUT | POLLERR | POLLHUP) && !write_some(t, req, req_left))
    return OSC_IO_EOF;
  if (p[1].revents)
    drain_stderr(t);
  return p[0].revents ? read_stdout(t) : OSC_IO_LINE;
}

osc_io osc_target_await(osc_target *t, int timeout_ms, size_t *line_len)
{
  consume_line(t);
  long long deadline = osc_now_ms() + timeout_ms;
  const char *nothing = "";
  size_t nothing_len = 0;
  for (;;) {
    if (take_line(t, line_len))
      return OSC_IO_LINE;
    long long left = deadline - osc_now_ms();
    if (left <= 0)
      return OSC_IO_TIMEOUT;
    if (t->idle && left > OSC_IDLE_MS)
      left = OSC_IDLE_MS;
    osc_io io = pump(t, &nothing, &nothing_len, (int)left);
    if (io != OSC_IO_LINE)
      return io;
    if (t->idle)
      t->idle(t->idle_ctx);
  }
}

osc_io osc_target_send(osc_target *t, const char *request, size_t request_len, int timeout_ms)
{
  consume_line(t);
  /* The pipe has room for a request almost always: no poll for it. */
  if (!write_some(t, &request, &request_len))
    return OSC_IO_EOF;
  long long deadline = osc_now_ms() + timeout_ms;
  while (request_len) {
    long long left = deadline - osc_now_ms();
    if (left <= 0)
      return OSC_IO_TIMEOUT;
    osc_io io = pump(t, &request, &request_len, (int)left);
    if (io != OSC_IO_LINE)
      return io;
  }
  return OSC_IO_LINE;
}

void osc_target_close_input(osc_target *t)
{
  close_fd(&t->in_fd);
}

bool osc_target_has_more(const osc_target *t)
{
  return t->handed && t->handed < t->len;
}

/* Lets go of the pipes, the hello and the output buffer; the stderr tail
 * stays, for the reason of a crash. */
static void release(osc_target *t)
{
  close_fd(&t->in_fd);
  close_fd(&t->out_fd);
  close_fd(&t->err_fd);
  json_decref(t->hello);
  t->hello = NULL;
  t->pid = 0;
  free(t->buf);  /* after a huge line, do not keep megabytes for the next process */
  t->buf = NULL;
  t->len = t->cap = t->handed = 0;
}

void osc_target_forget(osc_target *t)
{
  release(t);
  osc_target_init(t);
}

/* bubblewrap exits with 128 + N when the target it watches dies of signal N. */
static void describe_status(int status, bool wrapped, char *how, size_t len)
{
  if (wrapped && WIFEXITED(status) && WEXITSTATUS(status) > 128 && WEXITSTATUS(status) < 128 + NSIG) {
    int sig = WEXITSTATUS(status) - 128;
    snprintf(how, len, "was killed by signal %d (%s)", sig, strsignal(sig));
  } else if (WIFSIGNALED(status))
    snprintf(how, len, "was killed by signal %d (%s)", WTERMSIG(status), strsignal(WTERMSIG(status)));
  else
    snprintf(how, len, "exited with status %d", WEXITSTATUS(status));
}

/* Gives a target that closed its output a moment to exit by itself, so its
 * own exit status (a segfault, say) is what gets reported. */
static bool reap_within(pid_t pid, int ms, int *status)
{
  for (int waited = 0;; waited++) {
    pid_t r = waitpid(pid, status, WNOHANG);
    if (r == pid || (r < 0 && errno == ECHILD))
      return r == pid;
    if (waited >= ms)
      return false;
    struct timespec ts = {0, 1000000};
    nanosleep(&ts, NULL);
  }
}

void osc_target_stop(osc_target *t, char *how, size_t len)
{
  if (how && len)
    how[0] = '\0';
  if (t->pid > 0) {
    int status = 0;
    /* Only a target that closed its output is let go in its own time: its
     * exit status is the news. Any other is killed at once. */
    bool exited = reap_within(t->pid, t->eof ? 100 : 0, &status);
    kill(-t->pid, SIGKILL);
    if (!exited && waitpid(t->pid, &status, 0) < 0)
      status = 0;
    if (how && len)
      describe_status(status, t->wrapped, how, len);
  }
  if (t->err_fd >= 0)
    drain_stderr(t);
  release(t);
}

static bool check_hello(osc_target *t, size_t line_len, char *err, size_t len)
{
  json_error_t jerr;
  t->hello = json_loadb(t->buf, line_len, 0, &jerr);
  const char *tag = json_string_value(json_object_get(t->hello, "hello"));
  if (!tag || strcmp(tag, "osconform-target") != 0) {
    snprintf(err, len, "its first line is not an osconform-target hello: %.80s", t->buf);
    return false;
  }
  if (json_integer_value(json_object_get(t->hello, "version")) != 1) {
    snprintf(err, len, "it speaks protocol version %lld; this runner speaks 1",
             (long long)json_integer_value(json_object_get(t->hello, "version")));
    return false;
  }
  return true;
}

bool osc_target_spawn(osc_target *t, char *const argv[], const char *cwd, bool wrapped, char *err, size_t len)
{
  return spawn(t, argv, cwd, wrapped, err, len);
}

bool osc_target_await_hello(osc_target *t, char *err, size_t len)
{
  size_t line_len;
  osc_io io = osc_target_await(t, OSC_HELLO_TIMEOUT_MS, &line_len);
  if (io == OSC_IO_LINE && check_hello(t, line_len, err, len))
    return true;
  char how[120];
  osc_target_stop(t, how, sizeof how);
  if (io == OSC_IO_TIMEOUT)
    snprintf(err, len, "no hello within %d ms", OSC_HELLO_TIMEOUT_MS);
  else if (io == OSC_IO_INTERRUPTED)
    snprintf(err, len, "interrupted");
  else if (io != OSC_IO_LINE)
    snprintf(err, len, "it %s before its hello%s%s", how,
             *osc_target_stderr_tail(t) ? ": " : "", osc_target_stderr_tail(t));
  return false;
}

bool osc_target_start(osc_target *t, char *const argv[], const char *cwd, bool wrapped, char *err, size_t len)
{
  return spawn(t, argv, cwd, wrapped, err, len) && osc_target_await_hello(t, err, len);
}
