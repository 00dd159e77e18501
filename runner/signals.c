#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "signals.h"

static int pipe_fds[2] = {-1, -1};
static volatile sig_atomic_t caught;

static void on_signal(int sig)
{
  int saved = errno;
  caught = sig;
  if (write(pipe_fds[1], "!", 1) < 0) {
    /* the pipe is full: a signal is already pending there */
  }
  errno = saved;
}

bool osc_signals_install(void)
{
  if (pipe_fds[0] < 0 && pipe2(pipe_fds, O_CLOEXEC | O_NONBLOCK) != 0)
    return false;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  /* SIGPIPE is a write to a target that died: write() then says EPIPE. */
  signal(SIGPIPE, SIG_IGN);
  return sigaction(SIGINT, &sa, NULL) == 0 && sigaction(SIGTERM, &sa, NULL) == 0;
}

bool osc_signals_after_fork(void)
{
  close(pipe_fds[0]);
  close(pipe_fds[1]);
  pipe_fds[0] = pipe_fds[1] = -1;
  caught = 0;
  return osc_signals_install();
}

int osc_signals_fd(void)
{
  return pipe_fds[0];
}

bool osc_signals_caught(void)
{
  return caught != 0;
}
