/* Argument conversion shared by reference/sched/. */
#ifndef OSREF_INTERNAL_SCHED_H
#define OSREF_INTERNAL_SCHED_H

#include <stdbool.h>
#include <sys/types.h>
#include "osref.h"
#include "osref/sched.h"
#include "args.h"
#include "process.h"

/* A pid, a C int as CPython's _Py_PARSE_PID. */
bool osref_sched_arg_pid(const char *fn, const osref_value *v, pid_t *out, osref_error *err);
/* A policy, a C int. */
bool osref_sched_arg_policy(const char *fn, const osref_value *v, int *out, osref_error *err);
/* param as CPython's convert_sched_param: a sched_param (TypeError "must
 * have a sched_param object" otherwise) whose sched_priority is an int in C
 * int range (OverflowError "sched_priority out of range"). */
bool osref_sched_arg_param(const osref_value *v, int *priority, osref_error *err);

#endif
