/* Messages and exit codes shared by every osconform subcommand.
 * Every message is one line: "osconform: error: FILE:LINE: what" where a
 * file is involved, so a user can go straight to the cause. */
#ifndef OSCONFORM_DIAG_H
#define OSCONFORM_DIAG_H

enum osc_exit {
  OSC_EXIT_OK = 0,        /* done; for run: every case got a verdict */
  OSC_EXIT_FAIL = 1,      /* gate: regression or score under the threshold */
  OSC_EXIT_USAGE = 2,     /* bad command line */
  OSC_EXIT_INPUT = 3,     /* a bad input file: spec.db, cases, results, baseline */
  OSC_EXIT_SYSTEM = 4,    /* the system refused: out of memory, fork failed, disk full */
  OSC_EXIT_TARGET = 5,    /* run: the target could not be started, or not restarted */
  OSC_EXIT_INTERRUPTED = 130
};

void osc_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void osc_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void osc_die(enum osc_exit code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
