#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include "diag.h"
#include "run.h"
#include "signals.h"
#include "workers.h"

int osc_workers_default(void)
{
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > OSC_MAX_JOBS ? OSC_MAX_JOBS : (int)n;
}

bool osc_workers_init(osc_run *r)
{
  void *p = mmap(NULL, sizeof *r->shared, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    osc_error("cannot map memory shared by the workers: %s", strerror(errno));
    return false;
  }
  r->shared = p;
  return true;
}

static void block_stop_signals(int how)
{
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigprocmask(how, &set, NULL);
}

/* The new worker drops what belongs to worker 0: its target's pipes, its
 * results.db connection, its signal pipe, its progress line. */
static void become_worker(osc_run *r, int index, pid_t parent)
{
  r->worker = index;
  char name[32];  /* in ps and /proc/PID/comm: osconform-w1, ... (the kernel keeps 15 bytes) */
  snprintf(name, sizeof name, "osconform-w%d", index);
  prctl(PR_SET_NAME, name);
  prctl(PR_SET_PDEATHSIG, SIGTERM);  /* worker 0 gone: stop, keeping what finished */
  if (getppid() != parent)
    _exit(OSC_EXIT_INTERRUPTED);
  if (!osc_signals_after_fork())
    osc_workers_exit(r, OSC_EXIT_SYSTEM);
  block_stop_signals(SIG_UNBLOCK);
  osc_target_forget(&r->target);
  osc_sandbox_after_fork(&r->sandbox);
  r->progress.on = false;
  if (!osc_results_reopen(&r->results))
    osc_workers_exit(r, OSC_EXIT_INPUT);
}

void osc_workers_fork(osc_run *r)
{
  pid_t parent = getpid();
  block_stop_signals(SIG_BLOCK);
  for (int i = 1; i < r->opt.jobs; i++) {
    pid_t pid = fork();
    if (pid == 0) {
      become_worker(r, i, parent);
      return;
    }
    if (pid < 0) {
      osc_warn("cannot fork worker %d of %d: %s; the run goes on with %d", i + 1, r->opt.jobs,
               strerror(errno), i);
      break;
    }
    r->worker_pids[r->nworkers++] = pid;
  }
  block_stop_signals(SIG_UNBLOCK);
}

_Noreturn void osc_workers_exit(osc_run *r, int status)
{
  if (r->results.db && !osc_results_flush(&r->results) && !status)
    status = OSC_EXIT_SYSTEM;
  osc_target_stop(&r->target, NULL, 0);
  osc_spares_stop(r);
  osc_sandbox_drain(&r->sandbox);
  memcpy(r->shared->counts[r->worker], r->counts, sizeof r->counts);
  _exit(status);
}

static void pass_on_stop(osc_run *r, bool *passed)
{
  if (*passed || !osc_signals_caught())
    return;
  for (size_t i = 0; i < r->nworkers; i++)
    kill(r->worker_pids[i], SIGTERM);
  *passed = true;
}

/* A worker that did not exit through osc_workers_exit left no counts. */
static int reap(osc_run *r, size_t i, bool *passed)
{
  int wstatus;
  pid_t pid = r->worker_pids[i];
  while (waitpid(pid, &wstatus, 0) < 0) {
    if (errno != EINTR)
      return OSC_EXIT_SYSTEM;
    pass_on_stop(r, passed);
  }
  if (WIFEXITED(wstatus))
    return WEXITSTATUS(wstatus);
  osc_error("worker %zu was killed by signal %d: the case it was running and its outcomes not yet written"
            " (up to %d) are lost, and the summary leaves out its cases; --resume runs what is missing",
            i + 1, WTERMSIG(wstatus), OSC_BATCH_CASES);
  return OSC_EXIT_SYSTEM;
}

int osc_workers_wait(osc_run *r, int status)
{
  bool passed = false;
  pass_on_stop(r, &passed);
  for (size_t i = 0; i < r->nworkers; i++) {
    int worker_status = reap(r, i, &passed);
    for (int v = 0; v < OSC_VERDICT_COUNT; v++)
      r->counts[v] += r->shared->counts[i + 1][v];
    if (!status)
      status = worker_status;
  }
  r->nworkers = 0;
  return status;
}
