/* build/results.db (runner/results.sql): one row per run, one per outcome,
 * written a batch per transaction so an interrupted run keeps what it did. */
#ifndef OSC_RESULTS_H
#define OSC_RESULTS_H

#include <stdbool.h>
#include <stdint.h>
#include <sqlite3.h>
#include <jansson.h>

#define OSC_BATCH_CASES 64
#define OSC_BATCH_MS 250

typedef struct osc_results {
  sqlite3 *db;
  sqlite3_stmt *insert, *reference;
  char *path;
  int64_t run_id;
  int64_t reference_run;     /* 0 when results.db has no reference run */
  char reference_platform[64];  /* its sys_platform: what it can witness */
  struct osc_pending *batch; /* rows not written yet */
  int pending;
  long long batch_started_ms;
  bool worker;               /* a connection of a --jobs worker process */
} osc_results;

typedef struct osc_run_info {
  const char *target, *implementation, *version, *host, *doc, *cases_file;
  const json_t *facts;
  long long total;
} osc_run_info;

typedef struct osc_row {
  const char *case_id, *object, *kind, *claim_id, *verdict;
  const char *expected, *observed, *reason, *known, *replay;  /* NULL = SQL NULL */
  long long us;                                               /* < 0 = NULL */
} osc_row;

/* Each prints its error (naming the file) and returns false on failure. */
/* PRAGMA user_version of runner/results.sql (2: the XFAIL verdict). */
#define OSC_RESULTS_VERSION 2

bool osc_results_open(osc_results *r, const char *path);
/* Drops unwritten rows: flush first. */
void osc_results_close(osc_results *r);
/* In a worker forked by --jobs: a connection of its own for the same run
 * and reference run. */
bool osc_results_reopen(osc_results *r);
bool osc_results_new_run(osc_results *r, const osc_run_info *info);
/* The latest unfinished run of this target, or 0; its cases file and how
 * many cases it selected. */
int64_t osc_results_unfinished(osc_results *r, const char *target, char *cases_file, size_t len,
                               long long *total);
/* Calls seen(id) for every case that run already has an outcome for. */
bool osc_results_each_done(osc_results *r, int64_t run_id, void (*seen)(const char *id, void *ctx), void *ctx);
/* Rows are kept and written a batch at a time (OSC_BATCH_CASES rows, or
 * OSC_BATCH_MS), each batch in one short transaction. */
bool osc_results_add(osc_results *r, const osc_row *row);
/* Every outcome of a run, as seen(case id, verdict, reason, known, ctx);
 * reason and known may be NULL. */
bool osc_results_each_outcome(osc_results *r, int64_t run_id,
                              void (*seen)(const char *id, const char *verdict, const char *reason,
                                           const char *known, void *ctx),
                              void *ctx);
/* Sets platform.KEY of the current run to value (what the run found out
 * about its inputs: the stale expectations). */
bool osc_results_note_run(osc_results *r, const char *key, const json_t *value);
bool osc_results_flush(osc_results *r);
/* Writes a batch older than OSC_BATCH_MS: called while a case runs, so
 * what finished before a slow case is safe meanwhile. */
bool osc_results_tick(osc_results *r);
/* Changes the verdict of a case already recorded in this run. */
bool osc_results_amend(osc_results *r, const char *case_id, const char *verdict, const char *reason);
bool osc_results_finish(osc_results *r);

/* The reference's outcome line for a case, from the newest reference run of
 * this host (other than the current run); NULL if none. New reference. */
bool osc_results_pick_reference(osc_results *r, const char *host);
json_t *osc_results_reference_outcome(osc_results *r, const char *case_id);

extern const char osc_results_schema[];  /* runner/results.sql, embedded at build time */

#endif
