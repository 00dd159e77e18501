/* libosref typed layer: the wait family and wait statuses, from "Process
 * Management".
 *
 * Conventions (as osref/process.h): a function that yields a pid returns it
 * (> 0), 0 where WNOHANG found no child in the requested state, and -1 with
 * *err set on failure (ChildProcessError for ECHILD, as Python); a function
 * that yields a Python object returns a new reference, or NULL with *err
 * set. EINTR is retried (PEP 475). */
#ifndef OSREF_WAIT_H
#define OSREF_WAIT_H

#include <stdbool.h>
#include <stdint.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/types.h>
#include "osref.h"

int64_t osref_wait(int *status, osref_error *err);
int64_t osref_waitpid(pid_t pid, int options, int *status, osref_error *err);
/* *ru is zeroed when no child was reported (WNOHANG), as CPython does. */
int64_t osref_wait3(int options, int *status, struct rusage *ru, osref_error *err);
int64_t osref_wait4(pid_t pid, int options, int *status, struct rusage *ru, osref_error *err);
/* 0, or -1 with *err; si->si_pid is 0 where WNOHANG found no child. */
int osref_waitid(int idtype, id_t id, int options, siginfo_t *si, osref_error *err);

/* resource.struct_rusage: ru_utime and ru_stime as float seconds, then the
 * fourteen counters. */
osref_value *osref_rusage_value(const struct rusage *ru);
/* waitid_result (si_pid, si_uid, si_signo, si_status, si_code), or None
 * where si_pid is 0. */
osref_value *osref_waitid_value(const siginfo_t *si);

/* WEXITSTATUS for an exit, -WTERMSIG for a signal; -1 with ValueError for a
 * stopped process or a status that is neither. */
int osref_waitstatus_to_exitcode(int status, int *exitcode, osref_error *err);

bool osref_WCOREDUMP(int status);
bool osref_WIFCONTINUED(int status);
bool osref_WIFSTOPPED(int status);
bool osref_WIFSIGNALED(int status);
bool osref_WIFEXITED(int status);
int osref_WEXITSTATUS(int status);
int osref_WSTOPSIG(int status);
int osref_WTERMSIG(int status);

#endif
