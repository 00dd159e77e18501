/* libosref typed layer: "Interface to the scheduler", and os.popen from
 * "Process Management".
 *
 * Conventions (as osref/process.h): a function that yields a number or
 * nothing returns it (>= 0) and returns -1 with *err set on failure; a
 * function that yields a Python object returns a new reference, or NULL
 * with *err set. A pid of 0 means the calling process. */
#ifndef OSREF_SCHED_H
#define OSREF_SCHED_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include "osref.h"

/* sched_param(sched_priority): a struct sequence that holds any value, as
 * Python's; the functions taking one need an int in C int range. Steals
 * priority. */
osref_value *osref_sched_param(osref_value *priority);

int osref_sched_get_priority_min(int policy, int *priority, osref_error *err);
int osref_sched_get_priority_max(int policy, int *priority, osref_error *err);
int osref_sched_setscheduler(pid_t pid, int policy, int priority, osref_error *err);
int osref_sched_getscheduler(pid_t pid, osref_error *err);            /* the policy */
int osref_sched_setparam(pid_t pid, int priority, osref_error *err);
int osref_sched_getparam(pid_t pid, int *priority, osref_error *err);
int osref_sched_rr_get_interval(pid_t pid, double *seconds, osref_error *err);
int osref_sched_yield(osref_error *err);
/* cpus[0..n): CPU numbers, duplicates allowed; ValueError for a negative
 * one, OverflowError above INT_MAX - 1 (as CPython). */
int osref_sched_setaffinity(pid_t pid, const int64_t *cpus, size_t n, osref_error *err);
osref_value *osref_sched_getaffinity(pid_t pid, osref_error *err);   /* SET of int */

/* os.popen: a text file object over a pipe to ('w') or from ('r') the
 * standard input or output of `/bin/sh -c cmd`. Its close() closes the pipe,
 * waits for the shell and returns None for exit status 0, the status
 * shifted left by 8 bits for another one, and -signum when a signal killed
 * it (as os.rst says). Released without close(), it closes the pipe and
 * waits for the shell too. buffering as open()'s (0 is refused). */
osref_value *osref_popen(const char *cmd, const char *mode, int64_t buffering, osref_error *err);

#endif
