/* The rules are those of runner/results.sql, which a crafted file need not
 * carry: its tables may be declared with no constraint at all. A NULL, a
 * wrong type or an unknown verdict is refused here, once, so the readers
 * after it may rely on every column. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "../runner/diag.h"
#include "model.h"
#include "results_check.h"

typedef struct rule {
  const char *table, *column;
  const char *types;     /* the typeof() values allowed, as an SQL list */
  const char *extra;     /* another condition a value must meet, or NULL */
  const char *what;      /* what the value must be, for the message */
} rule;

static const rule rules[] = {
  {"runs", "id", "'integer'", NULL, "an integer"},
  {"runs", "target", "'text'", NULL, "text"},
  {"runs", "implementation", "'text'", NULL, "text"},
  {"runs", "version", "'text'", NULL, "text"},
  {"runs", "platform", "'text'", "json_valid(platform) AND json_type(platform) = 'object'", "a JSON object"},
  {"runs", "host", "'text'", NULL, "text"},
  {"runs", "doc", "'text'", NULL, "text"},
  {"runs", "cases_file", "'text'", NULL, "text"},
  {"runs", "started", "'text'", "started GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T*'", "an ISO 8601 time"},
  {"runs", "finished", "'text', 'null'",
   "finished IS NULL OR finished GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T*'", "an ISO 8601 time or NULL"},
  {"runs", "total", "'integer'", "total >= 0", "a count"},
  {"outcomes", "run_id", "'integer'", "run_id IN (SELECT id FROM %s.runs)", "the id of a run of the file"},
  {"outcomes", "case_id", "'text'", "length(case_id) > 0", "text"},
  {"outcomes", "object", "'text'", NULL, "text"},
  {"outcomes", "kind", "'text'",
   "kind IN ('existence', 'signature', 'value', 'behaviour', 'speculative')", "a kind of case"},
  {"outcomes", "claim_id", "'text', 'null'", NULL, "text or NULL"},
  {"outcomes", "verdict", "'text'", "verdict IN (%s)", "a verdict"},
  {"outcomes", "expected", "'text', 'null'", "expected IS NULL OR json_valid(expected)", "JSON or NULL"},
  {"outcomes", "observed", "'text', 'null'", NULL, "text or NULL"},
  {"outcomes", "reason", "'text', 'null'", NULL, "text or NULL"},
  {"outcomes", "known", "'text', 'null'", NULL, "text or NULL"},
  {"outcomes", "us", "'integer', 'null'", NULL, "an integer or NULL"},
  {"outcomes", "replay", "'text'", NULL, "text"},
};

static int refuse(const char *path, const char *why)
{
  osc_error("%s: not a results database: %s", path, why);
  return OSC_EXIT_INPUT;
}

/* The first row breaking the rule: "runs row 3: target is null, not text". */
static int check_rule(sqlite3 *db, const char *schema, const char *path, const rule *r, const char *verdicts)
{
  char extra[512] = "1";
  if (r->extra)
    snprintf(extra, sizeof extra, r->extra, strstr(r->extra, "IN (%s)") ? verdicts : schema);
  char *sql = sqlite3_mprintf("SELECT rowid, typeof(\"%w\"), substr(CAST(\"%w\" AS TEXT), 1, 40) FROM \"%w\".\"%w\""
                              " WHERE typeof(\"%w\") NOT IN (%s) OR NOT (%s) LIMIT 1",
                              r->column, r->column, schema, r->table, r->column, r->types, extra);
  sqlite3_stmt *st;
  int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  sqlite3_free(sql);
  char why[300];
  if (rc != SQLITE_OK) {
    snprintf(why, sizeof why, "%s has no column %s (%s)", r->table, r->column, sqlite3_errmsg(db));
    return refuse(path, why);
  }
  rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    const char *type = (const char *)sqlite3_column_text(st, 1), *value = (const char *)sqlite3_column_text(st, 2);
    bool shown = value && strcmp(type, "blob") != 0;  /* a blob may hold anything: its type is enough */
    snprintf(why, sizeof why, "%s row %lld: %s is %s%s%.40s%s, not %s", r->table, sqlite3_column_int64(st, 0),
             r->column, type, shown ? " '" : "", shown ? value : "", shown ? "'" : "", r->what);
  } else if (rc != SQLITE_DONE) {
    snprintf(why, sizeof why, "reading %s: %s", r->table, sqlite3_errmsg(db));
  }
  sqlite3_finalize(st);
  return rc == SQLITE_DONE ? 0 : refuse(path, why);
}

static int tables_are_tables(sqlite3 *db, const char *schema, const char *path)
{
  char *sql = sqlite3_mprintf("SELECT count(*) FROM \"%w\".sqlite_master WHERE type = 'table'"
                              " AND name IN ('runs', 'outcomes')", schema);
  sqlite3_stmt *st;
  int tables = 0;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    tables = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  sqlite3_free(sql);
  return tables == 2 ? 0 : refuse(path, "no runs and outcomes tables");
}

static int one_outcome_per_case(sqlite3 *db, const char *schema, const char *path)
{
  char *sql = sqlite3_mprintf("SELECT run_id, case_id FROM \"%w\".outcomes GROUP BY run_id, case_id"
                              " HAVING count(*) > 1 LIMIT 1", schema);
  sqlite3_stmt *st;
  int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  sqlite3_free(sql);
  char why[300] = "";
  if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    snprintf(why, sizeof why, "run %lld has two outcomes for case %.100s", sqlite3_column_int64(st, 0),
             (const char *)sqlite3_column_text(st, 1));
  sqlite3_finalize(st);
  return why[0] ? refuse(path, why) : 0;
}

int rpt_results_check(sqlite3 *db, const char *schema, const char *path)
{
  char verdicts[256] = "";
  for (int v = 0; v < OSC_NVERDICTS; v++) {
    size_t used = strlen(verdicts);
    snprintf(verdicts + used, sizeof verdicts - used, "%s'%s'", v ? ", " : "", rpt_verdict_name(v));
  }
  int rc = tables_are_tables(db, schema, path);
  for (size_t i = 0; !rc && i < sizeof rules / sizeof *rules; i++)
    rc = check_rule(db, schema, path, &rules[i], verdicts);
  return rc ? rc : one_outcome_per_case(db, schema, path);
}
