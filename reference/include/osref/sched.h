/* libosref typed layer: "Interface to the scheduler".
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

#endif
