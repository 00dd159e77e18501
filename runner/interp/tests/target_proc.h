/* Test helper: start a target as the runner does (pipes, a sandbox root in
 * $OSCONFORM_SANDBOX_ROOT), read its hello, feed it cases one at a time and
 * read each outcome line. Shared by the reference and driver tests. */
#ifndef TARGET_PROC_H
#define TARGET_PROC_H

#include <jansson.h>
#include <stdbool.h>
#include <sys/types.h>

typedef struct target_proc {
  pid_t pid;
  int to, from;            /* the target's stdin and stdout */
  char root[256];          /* the sandbox root, removed by target_stop */
  int ncases;
  char buf[1 << 16];       /* bytes read but not yet returned as a line */
  size_t have;
} target_proc;

/* Starts argv[0] with argv; false (and a message in why) if it cannot. */
bool target_start(target_proc *t, char *const argv[], char *why, size_t len);
/* The next stdout line as JSON, or NULL on timeout, EOF or a non-JSON line. */
json_t *target_read(target_proc *t, int timeout_ms);
/* Sends one case (JSON text) in a new sandbox; returns the outcome line. */
json_t *target_case(target_proc *t, const char *case_json, int timeout_ms);
/* Sends a raw line (for malformed input tests). */
void target_send_raw(target_proc *t, const char *line);
/* Closes the target's stdin and waits for it to exit: its exit status, or
 * -1 if it did not exit within timeout_ms (then it is killed). A sanitized
 * target exits non-zero when it leaked. Then target_stop cleans up. */
int target_close(target_proc *t, int timeout_ms);
void target_stop(target_proc *t);

/* The path of a case's sandbox (for checking what it left on the host). */
const char *target_sandbox(const target_proc *t, int n, char *buf, size_t len);

/* outcome.steps[i].key as a string, or NULL. */
const char *step_str(const json_t *outcome, size_t i, const char *key);

#endif
