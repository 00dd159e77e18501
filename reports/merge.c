/* osconform merge: the runs of several results databases (several hosts,
 * several platforms) into one, each run keeping its host and platform, so
 * that one report shows them as one matrix. Every input is untrusted (CI
 * merges artifacts other jobs uploaded): the merged file gets osconform's
 * own schema (runner/results.sql, built into the binary), never SQL text
 * from an input; an input's runs and outcomes must be tables, whose rows
 * are copied as values, column by column of the merged schema. A run
 * already present (same target, host, doc and start) is not copied twice,
 * which makes merging a merged file again harmless. */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>
#include "reports.h"
#include "../runner/diag.h"
#include "../runner/input.h"
#include "results_check.h"

static const char usage[] =
  "usage: osconform merge --out MERGED_DB RESULTS_DB [RESULTS_DB ...]\n"
  "Copies every run and its outcomes into MERGED_DB (replaced atomically).\n"
  "Exit: 0 merged, 2 bad usage, 3 bad input, 4 system error.\n";

struct merge {
  sqlite3 *db;
  const char *input;
  int runs, skipped;
};

static int fail(struct merge *g, const char *what)
{
  osc_error("%s: %s: %s", g->input, what, sqlite3_errmsg(g->db));
  return OSC_EXIT_INPUT;
}

static int exec(struct merge *g, const char *sql, const char *what)
{
  return sqlite3_exec(g->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : fail(g, what);
}

extern const char osc_results_schema[];  /* runner/results.sql */

/* An input is data: its runs and outcomes are plain tables whose every row
 * holds what runner/results.sql says (reports/results_check.c). */
static int check_input(struct merge *g)
{
  return rpt_results_check(g->db, "src", g->input);
}

/* "a, b, c": the columns of a merged table but the given one (sqlite3_free it). */
static char *columns(struct merge *g, const char *table, const char *but)
{
  sqlite3_stmt *st;
  char *sql = sqlite3_mprintf("SELECT group_concat('\"' || replace(name, '\"', '\"\"') || '\"', ', ') FROM"
                              " pragma_table_info(%Q, 'main') WHERE name != %Q", table, but);
  char *list = NULL;
  if (sqlite3_prepare_v2(g->db, sql, -1, &st, NULL) == SQLITE_OK) {
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
      list = sqlite3_mprintf("%s", sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
  }
  sqlite3_free(sql);
  if (!list)
    fail(g, "reading the merged schema");
  return list;
}

static int copy_run(struct merge *g, sqlite3_int64 old_id, const char *run_cols,
                    const char *outcome_cols)
{
  char *sql = sqlite3_mprintf("INSERT INTO main.runs (%s) SELECT %s FROM src.runs"
                              " WHERE id = %lld", run_cols, run_cols, old_id);
  int rc = exec(g, sql, "copying a run");
  sqlite3_free(sql);
  if (rc)
    return rc;
  sql = sqlite3_mprintf("INSERT INTO main.outcomes (run_id, %s) SELECT %lld, %s"
                        " FROM src.outcomes WHERE run_id = %lld", outcome_cols,
                        sqlite3_last_insert_rowid(g->db), outcome_cols, old_id);
  rc = exec(g, sql, "copying outcomes");
  sqlite3_free(sql);
  return rc;
}

/* The ids of the runs to copy; a run already merged is left out. */
static sqlite3_int64 *new_runs(struct merge *g, size_t *n)
{
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(g->db, "SELECT s.id, EXISTS (SELECT 1 FROM main.runs m"
                         " WHERE m.target = s.target AND m.host = s.host AND"
                         " m.doc = s.doc AND m.started = s.started)"
                         " FROM src.runs s ORDER BY s.id", -1, &st, NULL)) {
    fail(g, "not a results database");
    return NULL;
  }
  sqlite3_int64 *ids = NULL;
  size_t cap = 0;
  *n = 0;
  while (sqlite3_step(st) == SQLITE_ROW) {
    if (sqlite3_column_int(st, 1)) {
      g->skipped++;
      continue;
    }
    if (*n == cap && !(ids = realloc(ids, (cap = cap ? 2 * cap : 64) * sizeof *ids)))
      osc_die(OSC_EXIT_SYSTEM, "out of memory");
    ids[(*n)++] = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  return ids ? ids : calloc(1, sizeof *ids);
}

static int copy_runs(struct merge *g)
{
  char *run_cols = columns(g, "runs", "id");
  char *outcome_cols = run_cols ? columns(g, "outcomes", "run_id") : NULL;
  size_t n = 0;
  /* Collected first: inserting while a SELECT reads main.runs would see its own rows. */
  sqlite3_int64 *ids = outcome_cols ? new_runs(g, &n) : NULL;
  int rc = ids ? 0 : OSC_EXIT_INPUT;
  for (size_t i = 0; i < n && !rc; i++)
    rc = copy_run(g, ids[i], run_cols, outcome_cols);
  g->runs += rc ? 0 : (int)n;
  free(ids);
  sqlite3_free(run_cols);
  sqlite3_free(outcome_cols);
  return rc;
}

static int merge_one(struct merge *g, const char *input)
{
  g->input = input;
  /* ATTACH would create a missing file (a typo must not merge nothing) and
   * wait on a FIFO. */
  char why[200];
  if (!osc_is_regular(input, why, sizeof why)) {
    osc_error("%s: cannot read the results: %s", input, why);
    return OSC_EXIT_INPUT;
  }
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(g->db, "ATTACH ? AS src", -1, &st, NULL) != SQLITE_OK)
    return fail(g, "attach");
  sqlite3_bind_text(st, 1, input, -1, SQLITE_STATIC);
  int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : fail(g, "cannot open");
  sqlite3_finalize(st);
  if (rc)
    return rc;
  rc = check_input(g);
  /* One transaction per input: SQLite cannot detach inside one, and the
   * merged file is a temporary until every input is in. */
  if (!rc)
    rc = exec(g, "BEGIN", "begin");
  if (!rc)
    rc = copy_runs(g);
  if (!rc)
    rc = exec(g, "COMMIT", "commit");
  else
    sqlite3_exec(g->db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_exec(g->db, "DETACH src", NULL, NULL, NULL);
  return rc;
}

static int merge_all(const char *tmp, char **inputs, int n, struct merge *g)
{
  remove(tmp);
  if (sqlite3_open_v2(tmp, &g->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)) {
    osc_error("%s: cannot create: %s", tmp, sqlite3_errmsg(g->db));
    return OSC_EXIT_SYSTEM;
  }
  /* No function with side effects in an input's schema, and no schema
   * changes through writable_schema. */
  sqlite3_db_config(g->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config(g->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  g->input = tmp;
  int rc = exec(g, osc_results_schema, "creating the merged schema");
  for (int i = 0; i < n && !rc; i++)
    rc = merge_one(g, inputs[i]);
  sqlite3_close(g->db);
  return rc;
}

int osc_cmd_merge(int argc, char **argv)
{
  static const struct option longs[] = {
    { "out", required_argument, NULL, 'o' }, { "help", no_argument, NULL, 'h' },
    { NULL, 0, NULL, 0 }
  };
  const char *out = NULL;
  int ch;
  optind = 1;
  while ((ch = getopt_long(argc, argv, "o:h", longs, NULL)) != -1) {
    if (ch == 'h') {
      fputs(usage, stdout);
      return OSC_EXIT_OK;
    }
    if (ch != 'o') {
      fputs(usage, stderr);
      return OSC_EXIT_USAGE;
    }
    out = optarg;
  }
  if (!out || optind >= argc) {
    osc_error("merge: %s", out ? "no results database to merge" : "--out is required");
    fputs(usage, stderr);
    return OSC_EXIT_USAGE;
  }
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", out);
  struct merge g = { NULL, NULL, 0, 0 };
  int rc = merge_all(tmp, argv + optind, argc - optind, &g);
  if (!rc && rename(tmp, out) != 0) {
    osc_error("%s: cannot write", out);
    rc = OSC_EXIT_SYSTEM;
  }
  if (rc)
    remove(tmp);
  else
    printf("osconform: merge: %d files, %d runs (%d already present) -> %s\n",
           argc - optind, g.runs, g.skipped, out);
  return rc;
}
