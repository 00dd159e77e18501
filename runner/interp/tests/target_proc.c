#include <fcntl.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "target_proc.h"

bool target_start(target_proc *t, char *const argv[], char *why, size_t len)
{
  int in[2], out[2];
  memset(t, 0, sizeof *t);
  snprintf(t->root, sizeof t->root, "/tmp/osc-targets-XXXXXX");
  if (!mkdtemp(t->root) || pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC)) {
    snprintf(why, len, "setting up: %s", strerror(errno));
    return false;
  }
  t->pid = fork();
  if (t->pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    setenv("OSCONFORM_SANDBOX_ROOT", t->root, 1);
    execvp(argv[0], argv);
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  t->to = in[1];
  t->from = out[0];
  signal(SIGPIPE, SIG_IGN);
  return t->pid > 0 || (snprintf(why, len, "fork: %s", strerror(errno)), false);
}

static long long now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

json_t *target_read(target_proc *t, int timeout_ms)
{
  long long deadline = now_ms() + timeout_ms;
  for (;;) {
    char *nl = memchr(t->buf, '\n', t->have);
    if (nl) {
      *nl = '\0';
      json_t *j = json_loads(t->buf, 0, NULL);
      if (!j)
        fprintf(stderr, "target printed a non-JSON line: %.200s\n", t->buf);
      size_t used = (size_t)(nl - t->buf) + 1;
      memmove(t->buf, nl + 1, t->have - used);
      t->have -= used;
      return j;
    }
    long long left = deadline - now_ms();
    struct pollfd p = { t->from, POLLIN, 0 };
    if (left <= 0 || t->have == sizeof t->buf || poll(&p, 1, (int)left) <= 0)
      return NULL;
    ssize_t n = read(t->from, t->buf + t->have, sizeof t->buf - t->have);
    if (n <= 0)
      return NULL;
    t->have += (size_t)n;
  }
}

static void send_all(int fd, const char *s, size_t n)
{
  while (n > 0) {
    ssize_t w = write(fd, s, n);
    if (w <= 0)
      return;
    s += w;
    n -= (size_t)w;
  }
}

void target_send_raw(target_proc *t, const char *line)
{
  send_all(t->to, line, strlen(line));
  send_all(t->to, "\n", 1);
}

const char *target_sandbox(const target_proc *t, int n, char *buf, size_t len)
{
  snprintf(buf, len, "%s/case-%d", t->root, n);
  return buf;
}

json_t *target_case(target_proc *t, const char *case_json, int timeout_ms)
{
  char dir[320];
  target_sandbox(t, ++t->ncases, dir, sizeof dir);
  mkdir(dir, 0777);
  json_t *kase = json_loads(case_json, 0, NULL);
  if (!kase) {
    fprintf(stderr, "test bug: a case that is not JSON: %s\n", case_json);
    return NULL;
  }
  json_t *line = json_pack("{s:s,s:o}", "sandbox", dir, "case", kase);
  char *text = json_dumps(line, JSON_COMPACT);
  json_decref(line);
  target_send_raw(t, text);
  free(text);
  return target_read(t, timeout_ms);
}

int target_close(target_proc *t, int timeout_ms)
{
  int status = -1;
  if (t->to > 0)
    close(t->to);
  t->to = -1;
  for (int waited = 0; t->pid > 0; waited += 20) {
    pid_t r = waitpid(t->pid, &status, WNOHANG);
    if (r == t->pid) {
      t->pid = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    if (r < 0 || waited >= timeout_ms)
      break;
    usleep(20000);
  }
  return -1;
}

void target_stop(target_proc *t)
{
  if (t->pid > 0 && target_close(t, 2000) < 0) {
    kill(t->pid, SIGKILL);
    waitpid(t->pid, NULL, 0);
  }
  if (t->to > 0)
    close(t->to);
  if (t->from > 0)
    close(t->from);
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", t->root);
  if (t->root[0] && system(cmd) != 0)
    fprintf(stderr, "could not remove %s\n", t->root);
}

const char *step_str(const json_t *outcome, size_t i, const char *key)
{
  return json_string_value(json_object_get(json_array_get(json_object_get(outcome, "steps"), i), key));
}
