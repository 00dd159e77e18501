/* libosref typed layer: "Process Management", the functions that signal,
 * end or measure a process: kill, killpg, nice, times, pidfd_open, abort,
 * _exit, plock.
 *
 * Conventions (as osref/process.h): a function that yields an fd or nothing
 * returns it (>= 0) and returns -1 with *err set on failure; a function that
 * yields a Python object returns a new reference, or NULL with *err set. */
#ifndef OSREF_PROCSIG_H
#define OSREF_PROCSIG_H

#include <sys/types.h>
#include "osref.h"

int osref_kill(pid_t pid, int sig, osref_error *err);
int osref_killpg(pid_t pgid, int sig, osref_error *err);
/* -1 is a valid niceness: the new one is stored in *niceness. */
int osref_nice(int increment, int *niceness, osref_error *err);
osref_value *osref_times(osref_error *err);                      /* times_result */
/* A pidfd: close-on-exec, so non-inheritable. */
int osref_pidfd_open(pid_t pid, unsigned flags, osref_error *err);
/* System V only (HAVE_PLOCK): not in glibc. */
int osref_plock(int op, osref_error *err);

/* C's abort(): SIGABRT, whatever its handler does. */
_Noreturn void osref_abort(void);
/* Exit with status at once: no atexit handlers, no stdio flush. */
_Noreturn void osref__exit(int status);

#endif
