/* For the tests of Process Management: a test that starts processes must
 * leave none behind, neither a zombie nor a running child, and none in
 * another process group. Call tc_assert_no_children() at the end of such a
 * test (Criterion runs each test in a process of its own, so the test's
 * children are exactly that process's children). */
#ifndef TEST_CHILDREN_H
#define TEST_CHILDREN_H

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include "osref.h"

/* The pids /proc lists as this process's children (running or zombie),
 * written into buf; -1 where /proc cannot tell. */
static inline int tc_children_listed(char *buf, size_t len)
{
  char path[64];
  snprintf(path, sizeof path, "/proc/self/task/%ld/children", (long)getpid());
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  size_t n = fread(buf, 1, len - 1, f);
  fclose(f);
  buf[n] = '\0';
  return (int)n;
}

static inline void tc_assert_no_children(void)
{
  int status;
  errno = 0;
  pid_t p = waitpid(-1, &status, WNOHANG);
  char listed[256] = "";
  tc_children_listed(listed, sizeof listed);
  cr_assert(p == -1 && errno == ECHILD,
            "the test left a child behind (waitpid: %ld; children: '%s')", (long)p, listed);
}

/* ---- running a body in a forked child ---------------------------------- */

static uid_t tc_parent_euid;

/* The coverage build needs exit() (gcov writes its data then), unless the
 * child gave up the identity that may write those files. Under ASan, exit()
 * would run LeakSanitizer in a fork of a threaded process, which reports
 * the parent's live objects, so leave with _exit() there too. */
static inline _Noreturn void tc_child_exit(int code)
{
#if defined(__SANITIZE_ADDRESS__)
  _exit(code);
#else
  if (geteuid() != tc_parent_euid) _exit(code);
  exit(code);
#endif
}

static inline pid_t tc_fork_child(void)
{
  fflush(NULL);
  tc_parent_euid = geteuid();
  pid_t pid = fork();
  cr_assert_neq(pid, -1, "fork: %s", strerror(errno));
  return pid;
}

static inline int tc_wait_status(pid_t pid)
{
  int status;
  pid_t r;
  do r = waitpid(pid, &status, 0); while (r == -1 && errno == EINTR);
  cr_assert_eq(r, pid, "waitpid: %s", strerror(errno));
  return status;
}

/* Runs body in a child (where Criterion's assertions cannot be used); its
 * exit code: 0, or the number of the check that failed. */
static inline int tc_in_child(int (*body)(void))
{
  pid_t pid = tc_fork_child();
  if (pid == 0) tc_child_exit(body());
  int status = tc_wait_status(pid);
  cr_assert(WIFEXITED(status), "child killed by signal %d", WTERMSIG(status));
  return WEXITSTATUS(status);
}

/* In a child: whether os.name(*args) returns None / the int want (args stolen). */
static inline bool tc_child_returns_none(const char *name, osref_value *args)
{
  osref_error err;
  osref_value *r = osref_call(name, args, NULL, &err);
  osref_decref(args);
  bool ok = r && r->type == OSREF_NONE;
  osref_decref(r);
  return ok;
}

static inline bool tc_child_returns_int(const char *name, osref_value *args, int64_t want)
{
  osref_error err;
  osref_value *r = osref_call(name, args, NULL, &err);
  osref_decref(args);
  bool ok = r && r->type == OSREF_INT && r->u.i == want;
  osref_decref(r);
  return ok;
}

#endif
