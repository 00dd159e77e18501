/* One target process: started in its own process group with pipes on
 * stdin, stdout and stderr, spoken to one JSON line at a time with poll()
 * and a deadline, and killed (its group only) when it misbehaves. */
#ifndef OSC_TARGET_H
#define OSC_TARGET_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <jansson.h>

/* An answer longer than this is an ERROR for that case, never an OOM. */
#define OSC_LINE_LIMIT (8u << 20)
#define OSC_HELLO_TIMEOUT_MS 60000
/* While waiting, idle() is called at least this often. */
#define OSC_IDLE_MS 100

typedef enum osc_io {
  OSC_IO_LINE,         /* one complete line */
  OSC_IO_TIMEOUT,
  OSC_IO_EOF,          /* the target closed its output or exited */
  OSC_IO_TOO_LONG,
  OSC_IO_INTERRUPTED,  /* SIGINT/SIGTERM */
  OSC_IO_SYSTEM        /* poll/read/write failed for a reason of our own */
} osc_io;

typedef struct osc_target {
  pid_t pid;                 /* 0 when not running */
  int in_fd, out_fd, err_fd;
  char *buf;                 /* stdout bytes not yet consumed */
  size_t len, cap;
  size_t handed;             /* bytes of buf given out as the last line, with its end */
  char err_tail[512];        /* the end of stderr, for crash reasons */
  size_t err_len;
  json_t *hello;
  bool eof;                  /* it closed its stdout */
  bool wrapped;              /* started through bubblewrap */
  void (*idle)(void *ctx);   /* called while waiting: the runner commits its batch */
  void *idle_ctx;
} osc_target;

void osc_target_init(osc_target *t);
/* Starts argv (argv[0] a path) with its cwd in `cwd` and reads its hello.
 * `wrapped`: argv[0] is bubblewrap, whose exit status 128 + N means the
 * target died of signal N. On failure err says why in one line and the
 * process is gone. */
bool osc_target_start(osc_target *t, char *const argv[], const char *cwd, bool wrapped, char *err, size_t len);
/* The same in two halves: a process started ahead boots while others work. */
bool osc_target_spawn(osc_target *t, char *const argv[], const char *cwd, bool wrapped, char *err, size_t len);
bool osc_target_await_hello(osc_target *t, char *err, size_t len);
/* Writes a request (one line, with its newline) and returns as soon as it
 * is out, reading what the target says meanwhile. */
osc_io osc_target_send(osc_target *t, const char *request, size_t request_len, int timeout_ms);
/* Reads one line. The line is NUL-terminated in t->buf, valid until the
 * next call; *line_len its length. */
osc_io osc_target_await(osc_target *t, int timeout_ms, size_t *line_len);
/* Closes the target's stdin: the end of its requests. */
void osc_target_close_input(osc_target *t);
/* Unread output after the last line: the target said more than one line. */
bool osc_target_has_more(const osc_target *t);
/* Kills the process group, reaps it, and describes how it ended:
 * "was killed by signal 11 (Segmentation fault)" or "exited with status 3". */
void osc_target_stop(osc_target *t, char *how, size_t len);
/* In a forked worker: lets go of a process that belongs to worker 0,
 * without killing it. */
void osc_target_forget(osc_target *t);
/* The last line of stderr, or "". */
const char *osc_target_stderr_tail(osc_target *t);

#endif
