/* Per-function facts the systematic rules need beyond parameter names:
 * what a call relative to a dir_fd returns and changes, what a call with
 * follow_symlinks=False on a symlink does, which functions are never called
 * systematically. */
#ifndef OSC_GEN_SYSTABLES_H
#define OSC_GEN_SYSTABLES_H

typedef struct sys_effect {
  const char *function;
  const char *param;     /* the path parameter */
  const char *path;      /* its value */
  const char *expect;    /* JSON expectation of the call */
  const char *check;     /* JSON check op, or NULL */
  const char *setup;     /* JSON setup op needed beyond the base, or NULL */
  const char *requires;  /* capability, or NULL */
} sys_effect;

/* Calls relative to an open directory d holding f (base setup). */
const sys_effect *dir_fd_effect(const char *function);
/* Calls with follow_symlinks=False on l, a symlink to f; NULL = the
 * platform decides (a speculative case). */
const sys_effect *nofollow_effect(const char *function);

/* Never called by the systematic rules: they replace or end the process,
 * signal, change namespaces, or close fds they did not open. */
int sys_denied(const char *function);
/* Change process-wide state when they succeed: run isolated. */
int sys_isolated(const char *function);
/* The parameter takes an int (a str or float raises TypeError). */
int sys_int_param(const char *function, const char *param);
/* Document their behaviour on a path without touching the disk. */
int sys_no_disk(const char *function);

#endif
