/* --jobs N: the cases of one run shared by N worker processes. The run's
 * own process is worker 0; the others are forked once the run is open, each
 * with its own target process, its own results.db connection and its own
 * case directories under the shared sandbox root. A counter in shared
 * memory hands out the next case, so a slow case never holds the others. */
#ifndef OSC_WORKERS_H
#define OSC_WORKERS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include "verdict.h"

#define OSC_MAX_JOBS 64

typedef struct osc_shared {
  atomic_size_t next;          /* index in the run's selection of the next case */
  atomic_size_t done, failing; /* for the progress line */
  size_t counts[OSC_MAX_JOBS][OSC_VERDICT_COUNT];  /* each worker's, left as it exits */
} osc_shared;

struct osc_run;

/* The number of workers when --jobs is not given: one per online CPU. */
int osc_workers_default(void);
/* Maps the shared state; false (with a message) if the system refuses. */
bool osc_workers_init(struct osc_run *r);
/* Forks workers 1..jobs-1. Returns in the run's process (r->worker 0) and
 * in every worker. A fork the system refuses only means fewer workers. */
void osc_workers_fork(struct osc_run *r);
/* In a forked worker, after its cases: leaves its counts for worker 0, and
 * exits with status (its exit status is worker 0's news of how it ended). */
_Noreturn void osc_workers_exit(struct osc_run *r, int status);
/* In worker 0, after its own cases: waits for the others (passing on a
 * SIGINT/SIGTERM it gets), adds their counts to its own, and returns the
 * run's exit status given its own. */
int osc_workers_wait(struct osc_run *r, int status);

#endif
