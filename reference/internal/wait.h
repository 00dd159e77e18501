/* Helpers shared by reference/procmgmt/'s wait family. */
#ifndef OSREF_INTERNAL_WAIT_H
#define OSREF_INTERNAL_WAIT_H

#include <stdbool.h>
#include "osref.h"

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
