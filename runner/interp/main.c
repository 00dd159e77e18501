/* osref-target: the reference target. Speaks the target protocol of
 * cases/FORMAT.md on stdin/stdout, running each case over libosref's call
 * layer. Only protocol lines reach stdout. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "case.h"
#include "hello.h"
#include "isolate.h"

/* The pipes move far above what cases open, so a case that reads, writes or
 * closes fds 0..2 (or low numbers) cannot touch the protocol. */
static int move_high(int fd)
{
  int high = interp_dup_high(fd);
  if (high < 0) {
    perror("osref-target: cannot move the protocol pipes");
    exit(4);
  }
  return high;
}

/* fd 0 reads /dev/null and fd 1 writes to stderr while cases run. */
static void protect_std_fds(int *in, int *out)
{
  *in = move_high(0);
  *out = move_high(1);
  int null = open("/dev/null", O_RDWR);
  if (null < 0 || dup2(null, 0) < 0 || dup2(2, 1) < 0) {
    perror("osref-target: cannot redirect the standard fds");
    exit(4);
  }
  close(null);
}

static void send_line(FILE *out, json_t *obj)
{
  char *text = json_dumps(obj, JSON_COMPACT | JSON_ENCODE_ANY);
  json_decref(obj);
  if (!text) {
    fputs("osref-target: cannot encode an outcome\n", stderr);
    exit(4);
  }
  fputs(text, out);
  fputc('\n', out);
  fflush(out);
  free(text);
}

static bool blank(const char *s)
{
  return s[strspn(s, " \t\r\n")] == '\0';
}

int main(int argc, char **argv)
{
  (void)argv;
  if (argc > 1) {
    fputs("usage: osref-target (speaks the target protocol of cases/FORMAT.md on stdin/stdout)\n", stderr);
    return 2;
  }
  /* As CPython's start-up does: a write to a broken pipe raises
   * BrokenPipeError instead of killing the process. */
  signal(SIGPIPE, SIG_IGN);
  int in_fd, out_fd;
  protect_std_fds(&in_fd, &out_fd);
  FILE *in = fdopen(in_fd, "r"), *out = fdopen(out_fd, "w");
  if (!in || !out) {
    perror("osref-target: fdopen");
    return 4;
  }
  interp_keep keep = {{in_fd, out_fd}, 2};
  send_line(out, interp_hello());
  char *line = NULL;
  size_t cap = 0;
  while (getline(&line, &cap, in) > 0) {
    if (blank(line))
      continue;
    json_error_t jerr;
    json_t *msg = json_loads(line, 0, &jerr);
    json_t *outcome = interp_request_isolated(msg) ? interp_run_forked(msg, &keep, out, out_fd)
                                                   : interp_run_request(msg, jerr.text, &keep);
    json_decref(msg);
    if (outcome)  /* NULL: the child forked for the case answered */
      send_line(out, outcome);
  }
  free(line);
  return 0;
}
