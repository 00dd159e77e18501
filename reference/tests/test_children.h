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
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

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

#endif
