#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "isolate.h"
#include "children.h"

/* Far above the fds cases open, below any sane fd limit. */
#define FD_FLOOR 900

int interp_dup_high(int fd)
{
  int high = fcntl(fd, F_DUPFD_CLOEXEC, FD_FLOOR);
  if (high < 0 && errno == EINVAL)  /* a low fd limit: the lowest free fd above 2 */
    high = fcntl(fd, F_DUPFD_CLOEXEC, 3);
  return high;
}

bool interp_request_isolated(const json_t *msg)
{
  const json_t *kase = json_object_get(msg, "case");
  return json_is_string(json_object_get(msg, "sandbox")) && json_is_object(kase) &&
         json_is_true(json_object_get(kase, "isolate"));
}

static bool write_all(int fd, const char *p, size_t n)
{
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return false;
    p += w, n -= (size_t)w;
  }
  return true;
}

/* In the child: run the case, answer, tell the parent on done. _exit, so
 * nothing the parent buffered is flushed twice and no atexit handler runs. */
static _Noreturn void child_answers(const json_t *msg, const interp_keep *keep, int out_fd, int done)
{
  interp_keep mine = *keep;
  if (mine.n < (int)(sizeof mine.fds / sizeof mine.fds[0]))
    mine.fds[mine.n++] = done;
  interp_own_processes();
  json_t *outcome = interp_run_request(msg, NULL, &mine);
  int left = interp_reap_leftovers();
  if (left && json_is_object(outcome))
    json_object_set_new(outcome, "left_processes", json_integer(left));
  char *text = json_dumps(outcome, JSON_COMPACT | JSON_ENCODE_ANY);
  fflush(stdout);
  fflush(stderr);
  bool sent = text && write_all(out_fd, text, strlen(text)) && write_all(out_fd, "\n", 1);
  _exit(sent && write_all(done, "!", 1) ? 0 : 70);
}

static void describe_death(int status, char *buf, size_t len)
{
  if (WIFSIGNALED(status))
    snprintf(buf, len, "was killed by signal %d", WTERMSIG(status));
  else
    snprintf(buf, len, "exited with status %d", WIFEXITED(status) ? WEXITSTATUS(status) : status);
}

static json_t *crashed(const json_t *msg, const char *why)
{
  return json_pack("{s:O?,s:s}", "id", json_object_get(json_object_get(msg, "case"), "id"), "crashed", why);
}

/* Whether the child said it answered; non-blocking, since a process the
 * case left behind may still hold the write end. */
static bool child_answered(int done)
{
  char c = 0;
  int flags = fcntl(done, F_GETFL);
  if (flags >= 0)
    fcntl(done, F_SETFL, flags | O_NONBLOCK);
  return read(done, &c, 1) == 1 && c == '!';
}

json_t *interp_run_forked(const json_t *msg, const interp_keep *keep, FILE *out, int out_fd)
{
  int ends[2];
  char why[200];
  fflush(out);
  fflush(stdout);
  fflush(stderr);
  if (pipe2(ends, O_CLOEXEC) != 0) {
    snprintf(why, sizeof why, "could not be forked: pipe: %s", strerror(errno));
    return crashed(msg, why);
  }
  int done = interp_dup_high(ends[1]);
  close(ends[1]);
  pid_t pid = done < 0 ? -1 : fork();
  if (pid == 0) {
    close(ends[0]);
    child_answers(msg, keep, out_fd, done);
  }
  int status = 0, saved = errno;
  if (done >= 0)
    close(done);
  if (pid < 0) {
    close(ends[0]);
    snprintf(why, sizeof why, "could not be forked: %s", strerror(saved));
    return crashed(msg, why);
  }
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  bool answered = child_answered(ends[0]);
  close(ends[0]);
  if (answered)
    return NULL;
  describe_death(status, why, sizeof why);
  return crashed(msg, why);
}
