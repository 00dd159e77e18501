#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "case.h"
#include "children.h"
#include "ops.h"
#include "state.h"
#include "steps.h"

/* Open fds as a bitmap of the first FD_SPAN numbers, from /proc/self/fd. */
#define FD_SPAN 4096
typedef struct fd_set_snapshot {
  bool known;
  unsigned char open[FD_SPAN / 8];
} fd_snapshot;

static void snapshot_fds(fd_snapshot *s)
{
  memset(s, 0, sizeof *s);
  DIR *d = opendir("/proc/self/fd");
  if (!d)
    return;
  int self = dirfd(d);
  for (struct dirent *e; (e = readdir(d));) {
    int fd = atoi(e->d_name);
    if (e->d_name[0] != '.' && fd != self && fd < FD_SPAN)
      s->open[fd / 8] |= (unsigned char)(1u << (fd % 8));
  }
  closedir(d);
  s->known = true;
}

static bool kept(const interp_keep *keep, int fd)
{
  for (int i = 0; i < keep->n; i++)
    if (keep->fds[i] == fd)
      return true;
  return false;
}

/* Closes what the steps opened and left open (os.open, os.pipe, ...), after
 * the bindings are released so objects that own an fd close it first. */
static void close_leftovers(const fd_snapshot *before, const interp_keep *keep)
{
  fd_snapshot after;
  snapshot_fds(&after);
  if (!before->known || !after.known)
    return;
  for (int fd = 0; fd < FD_SPAN; fd++) {
    bool was = before->open[fd / 8] & (1u << (fd % 8)), is = after.open[fd / 8] & (1u << (fd % 8));
    if (is && !was && !kept(keep, fd))
      close(fd);
  }
}

/* Whether the reference provides the documented name (a class member too). */
static bool object_provided(const char *name)
{
  const osref_entry *e = osref_lookup(name);
  return e && !e->absent;
}

static long long now_us(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long long)t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

static json_t *setup_error(json_t *out, const char *fmt, const char *what)
{
  char msg[600];
  snprintf(msg, sizeof msg, fmt, what);
  json_t *text = json_string(msg);
  json_object_set_new(out, "setup_error", text ? text : json_string("(the message is not UTF-8)"));
  return out;
}

static bool run_setup(const json_t *kase, interp_case *c, char *why, size_t len)
{
  size_t i;
  const json_t *op;
  json_array_foreach(json_object_get(kase, "setup"), i, op)
    if (!interp_setup_op(op, c, why, len))
      return false;
  return true;
}

/* Steps after one that raised (or found a name missing) are not run, but
 * after one marked "continue" (INTERP_STEP_GOES_ON): the runner judges its
 * raise against its expectation. */
static json_t *run_steps(const json_t *kase, interp_case *c, bool *object_missing_seen, char *why, size_t len)
{
  json_t *steps = json_array();
  size_t i, failed = 0;
  const json_t *step;
  pid_t self = getpid();
  json_array_foreach(json_object_get(kase, "steps"), i, step) {
    json_t *outcome;
    char reason[64];
    if (failed) {
      snprintf(reason, sizeof reason, "step %zu did not complete", failed);
      json_array_append_new(steps, json_pack("{s:s}", "skipped", reason));
      continue;
    }
    interp_step_result r = interp_run_step(step, c, &outcome, why, len);
    if (getpid() != self)
      interp_be_fork_child(step, outcome, c);  /* only the parent answers */
    if (r == INTERP_STEP_BAD_CASE) {
      json_decref(steps);
      return NULL;
    }
    bool step_missing = json_object_get(outcome, "missing") != NULL;
    json_array_append_new(steps, outcome);
    if (r == INTERP_STEP_FAILED)
      failed = i + 1;
    if (step_missing)
      *object_missing_seen = true;  /* a step named what the target lacks */
  }
  return steps;
}

static json_t *run_checks(const json_t *kase, char *why, size_t len)
{
  json_t *checks = json_array();
  size_t i;
  const json_t *op;
  json_array_foreach(json_object_get(kase, "check"), i, op) {
    json_t *r = interp_check_op(op, why, len);
    if (!r) {
      json_decref(checks);
      return NULL;
    }
    json_array_append_new(checks, r);
  }
  return checks;
}

static json_t *run_case(const char *sandbox, const json_t *kase, interp_case *c)
{
  json_t *out = json_pack("{s:O?}", "id", json_object_get(kase, "id"));
  char why[512] = "";
  long long start = now_us();
  if (chdir(sandbox) != 0) {
    snprintf(why, sizeof why, "%s: %s", sandbox, strerror(errno));
    return setup_error(out, "cannot enter the sandbox %s", why);
  }
  if (!run_setup(kase, c, why, sizeof why))
    return setup_error(out, "setup: %s", why);
  bool some_missing = false;
  json_t *steps = run_steps(kase, c, &some_missing, why, sizeof why);
  if (!steps)
    return setup_error(out, "bad case: %s", why);
  json_object_set_new(out, "steps", steps);
  const char *object = json_string_value(json_object_get(kase, "object"));
  if (some_missing && object)  /* the runner tells a missing helper from a missing object */
    json_object_set_new(out, "object_present", json_boolean(object_provided(object)));
  json_t *checks = run_checks(kase, why, sizeof why);
  if (!checks)
    return setup_error(out, "bad case: %s", why);
  json_object_set_new(out, "checks", checks);
  json_object_set_new(out, "us", json_integer(now_us() - start));
  return out;
}

json_t *interp_run_request(const json_t *msg, const char *parse_error, const interp_keep *keep)
{
  const char *sandbox = json_string_value(json_object_get(msg, "sandbox"));
  const json_t *kase = json_object_get(msg, "case");
  if (!sandbox || !json_is_object(kase)) {
    json_t *out = json_pack("{s:n}", "id");
    setup_error(out, "bad input line: %s", msg ? "it needs \"sandbox\" and \"case\"" : parse_error);
    return out;
  }
  int home = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  fd_snapshot before;
  snapshot_fds(&before);
  interp_case c;
  interp_case_init(&c);
  json_t *out = run_case(sandbox, kase, &c);
  interp_case_release(&c);
  if (home >= 0 && fchdir(home) != 0)
    perror("osref-target: cannot return to the start directory");
  if (home >= 0)
    close(home);
  close_leftovers(&before, keep);
  return out;
}
