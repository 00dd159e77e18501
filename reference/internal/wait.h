/* Helpers shared by reference/procmgmt/'s wait family. */
#ifndef OSREF_INTERNAL_WAIT_H
#define OSREF_INTERNAL_WAIT_H

#include <stdbool.h>
#include "osref.h"

/* An int argument as CPython's Argument Clinic `int` converter takes it
 * (PyLong_AsInt): TypeError for a non-int, OverflowError "Python int too
 * large to convert to C int" outside the C int range. */
bool osref_arg_c_int(const osref_value *v, int *out, osref_error *err);
/* The same through PyArg_Parse's "i" format, which CPython uses where a
 * pid_t is among the arguments: OverflowError "signed integer is greater
 * than maximum" / "... less than minimum". */
bool osref_arg_format_i(const osref_value *v, int *out, osref_error *err);

/* (pid, status) and (pid, status, rusage): the call layer's results, NULL
 * when pid is -1 (err is set then). */
osref_value *osref_wait_pair(int64_t pid, int status);
struct rusage;
osref_value *osref_wait_triple(int64_t pid, int status, const struct rusage *ru);

/* The call layer of a W* function: the status argument converted as
 * CPython's `int`, then fn(status) as a bool or an int. */
osref_value *osref_status_bool(const osref_value *status, bool (*fn)(int), osref_error *err);
osref_value *osref_status_int(const osref_value *status, int (*fn)(int), osref_error *err);

#endif
