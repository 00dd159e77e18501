/* The processes a case starts. A case that forks, spawns or opens a pipe
 * to a command must wait for what it started before it ends; what it left
 * is a FAIL of the case (runner/verdict.c), and is killed here so that
 * nothing outlives it. */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "children.h"
#include "steps.h"

/* Whether the fork step's value, as the child got it, is 0. */
static bool forked_as_child(const json_t *outcome)
{
  const json_t *v = json_object_get(outcome, "value");
  const json_t *pair = json_object_get(v, "tuple");
  if (pair)
    v = json_array_get(pair, 0);
  return json_is_integer(v) && json_integer_value(v) == 0;
}

_Noreturn void interp_be_fork_child(const json_t *step, const json_t *outcome, interp_case *c)
{
  if (!forked_as_child(outcome))
    _exit(70);
  size_t i;
  const json_t *child_step;
  char why[256];
  json_array_foreach(json_object_get(step, "child"), i, child_step) {
    json_t *out = NULL;
    interp_step_result r = interp_run_step(child_step, c, &out, why, sizeof why);
    json_decref(out);
    if (r != INTERP_STEP_OK && r != INTERP_STEP_GOES_ON)
      _exit(1);
  }
  _exit(0);
}

void interp_own_processes(void)
{
  setpgid(0, 0);
#ifdef PR_SET_CHILD_SUBREAPER
  prctl(PR_SET_CHILD_SUBREAPER, 1);  /* a grandchild left behind comes back to us */
#endif
}

typedef struct pid_set {
  pid_t pids[256];
  size_t n;
} pid_set;

static void note(pid_set *seen, pid_t pid)
{
  for (size_t i = 0; i < seen->n; i++)
    if (seen->pids[i] == pid)
      return;
  if (seen->n < sizeof seen->pids / sizeof seen->pids[0])
    seen->pids[seen->n++] = pid;
}

/* Whether /proc/PID/stat says the process is our child or in our group. */
static bool ours(const char *pid, pid_t self, pid_t group)
{
  char path[300], stat[512];
  snprintf(path, sizeof path, "/proc/%s/stat", pid);
  FILE *f = fopen(path, "r");
  size_t got = f ? fread(stat, 1, sizeof stat - 1, f) : 0;
  if (f)
    fclose(f);
  stat[got] = '\0';
  const char *end = strrchr(stat, ')');  /* the command name may hold spaces */
  long ppid = 0, pgrp = 0;
  char state;
  return end && sscanf(end + 1, " %c %ld %ld", &state, &ppid, &pgrp) == 3
         && (pgrp == group || ppid == self);
}

/* SIGKILLs what /proc lists as our children or our group; how many. */
static size_t kill_listed(pid_set *seen)
{
  size_t n = 0;
  pid_t self = getpid(), group = getpgrp();
  DIR *d = opendir("/proc");
  struct dirent *e;
  while (d && (e = readdir(d))) {
    pid_t pid = (pid_t)atol(e->d_name);
    if (pid > 0 && pid != self && ours(e->d_name, self, group)) {
      kill(pid, SIGKILL);
      note(seen, pid);
      n++;
    }
  }
  if (d)
    closedir(d);
  return n;
}

/* Reaps every child that has ended; false once there is no child at all. */
static bool reap_ended(pid_set *seen)
{
  int status;
  for (;;) {
    pid_t p = waitpid(-1, &status, WNOHANG);
    if (p > 0)
      note(seen, p);
    else if (p == 0)
      return true;
    else if (errno != EINTR)
      return false;
  }
}

int interp_reap_leftovers(void)
{
  pid_set seen = { {0}, 0 };
  /* A killed process takes a moment to end, and its orphans come back to
   * us (the subreaper) only then; a second at most, the runner's timeout
   * and its pid namespace cover anything slower. */
  for (int round = 0; round < 200; round++) {
    size_t listed = kill_listed(&seen);
    if (!reap_ended(&seen) && listed == 0)
      break;
    struct timespec pause = { 0, 5 * 1000 * 1000 };
    nanosleep(&pause, NULL);
  }
  return (int)seen.n;
}
