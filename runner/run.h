/* `osconform run`: the state of one run, shared by its parts. */
#ifndef OSC_RUN_H
#define OSC_RUN_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>
#include "avail.h"
#include "cases.h"
#include "errnos.h"
#include "expectations.h"
#include "progress.h"
#include "results.h"
#include "run_options.h"
#include "sandbox.h"
#include "target.h"
#include "target_command.h"
#include "verdict.h"
#include "workers.h"

/* Processes started ahead for isolated cases. */
#define OSC_SPARES 4
/* After this many failed starts in a row the target is given up. */
#define OSC_MAX_START_FAILURES 3
/* A target that crashes on this many cases in a row is broken, not failing
 * them: the run stops rather than restart it for every case left. */
#define OSC_MAX_CRASHES_IN_A_ROW 25

typedef struct osc_run {
  osc_run_options opt;
  char cases_path[4096], results_path[4096], expectations_dir[4096], platforms_path[4096];
  char host[256];
  osc_target_command command;
  osc_cases cases;
  osc_case **selected;
  size_t nselected;
  osc_platforms *platforms;
  osc_expectations expectations;
  osc_results results;
  osc_sandbox sandbox;
  osc_target target;           /* the process shared by the cases that are not isolated */
  osc_target spares[OSC_SPARES];
  size_t nspares, next_spare, isolated_left;
  json_t *hello;               /* the first hello: facts and capabilities of the run */
  const char *implementation;  /* names the expectations: osref, cpython, pypy, pyodide, micropython */
  bool on_reference;
  bool on_this_platform;       /* the target runs on this machine's platform: its errno numbers and file system are ours */
  osc_errnos errnos;         /* how to name an errno the target gives as a number */
  const osc_case *previous;    /* the last case the shared target answered */
  osc_verdict previous_verdict;
  int start_failures;          /* consecutive */
  int crashes_in_a_row;        /* of this worker's cases */
  bool gave_up, interrupted;
  size_t counts[OSC_VERDICT_COUNT];  /* this worker's */
  osc_progress progress;
  osc_shared *shared;          /* --jobs: the next case, the progress, the workers' counts */
  int worker;                  /* 0 in the run's own process */
  pid_t worker_pids[OSC_MAX_JOBS];
  size_t nworkers;             /* forked and not yet reaped */
} osc_run;

/* What became of one case. */
typedef struct osc_case_result {
  osc_verdict verdict;
  char reason[512];
  char *expected;              /* owned JSON text, may be NULL */
  char *observed;              /* owned JSON text, may be NULL */
  long long us;                /* -1 when unknown */
} osc_case_result;

/* A case on its way through the shared target. Each worker keeps up to two
 * in flight: the target starts the next as soon as it has answered one,
 * instead of waiting, idle, while the runner judges the answer and sends
 * another. */
typedef struct osc_flight {
  const osc_case *c;
  size_t number;               /* the case's index: its sandbox is c<number> */
  osc_case_dir dir;
  bool resend;                 /* sent to a target that went down before it could start it */
  char *raw;                   /* the case as sent when the runner did part of its setup, or NULL */
} osc_flight;

typedef enum osc_begun {
  OSC_BEGUN_DONE,              /* the result is there: a SKIP, an isolated case on a spare, an ERROR */
  OSC_BEGUN_SENT,              /* in flight: osc_case_end awaits its answer */
  OSC_BEGUN_STOP               /* interrupted, or the target cannot be started any more: no result */
} osc_begun;

/* Enters the case's sandbox and sends the case to the shared target; a case
 * that does not go there is run to its end. */
osc_begun osc_case_begin(osc_run *r, osc_flight *f, osc_case_result *out);
/* Awaits the answer of a case in flight and judges it; next_in_flight: a
 * later case was sent behind it. False when the run must stop (interrupted):
 * the case then has no result. */
bool osc_case_end(osc_run *r, osc_flight *f, bool next_in_flight, osc_case_result *out);
/* After a worker's last case: reads the shared target's last words (a late
 * second answer) until it closes its output, OSC_FINISH_MS at most. */
#define OSC_FINISH_MS 1000
void osc_case_finish_shared(osc_run *r);
/* Sends a case again (f->resend) in its sandbox made anew, to the shared
 * target started anew. */
osc_begun osc_case_resend(osc_run *r, osc_flight *f, osc_case_result *out);
void osc_case_result_free(osc_case_result *res);

/* Starts (or restarts) the shared target; false with err when it fails. */
bool osc_run_start_target(osc_run *r, osc_target *t, char *err, size_t len);
/* The target isolates a case in a child it forks (capability "fork-isolation",
 * cases/FORMAT.md Additions): isolated cases go to the shared process. */
bool osc_forks_for_isolation(const osc_run *r);
/* The requirement of the case the target does not meet, or NULL. */
const char *osc_unmet_requirement(const osc_run *r, const osc_case *c);

void osc_spares_start(osc_run *r);
/* A booted process for an isolated case, or NULL with err. */
osc_target *osc_spares_take(osc_run *r, char *err, size_t len);
void osc_spares_release(osc_run *r, osc_target *t);
void osc_spares_stop(osc_run *r);

int osc_cmd_run(int argc, char **argv);

#endif
