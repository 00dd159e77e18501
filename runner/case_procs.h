/* The processes a case may start and name (cases/FORMAT.md, "Processes a
 * case starts"). Checked by the runner when it loads cases and by the
 * generator for every case it makes. */
#ifndef OSC_CASE_PROCS_H
#define OSC_CASE_PROCS_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

/* Whether the step calls an os function that starts, replaces, signals,
 * waits for or ends a process, or registers fork handlers: such a case
 * runs isolated, in a process of its own. */
bool osc_step_manages_processes(const json_t *step);

/* Whether every process the case's steps (and its fork children's steps)
 * signal or reschedule is one the case started; if not, fills why with the
 * field and the reason. */
bool osc_case_pids_check(const json_t *kase, char *why, size_t len);

#endif
