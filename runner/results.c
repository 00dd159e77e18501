#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "diag.h"
#include "results.h"
#include "util.h"

static bool db_error(osc_results *r, const char *doing)
{
  osc_error("%s: %s: %s", r->path, doing, sqlite3_errmsg(r->db));
  return false;
}

static bool exec(osc_results *r, const char *sql)
{
  return sqlite3_exec(r->db, sql, NULL, NULL, NULL) == SQLITE_OK || db_error(r, sql);
}

static void iso_now(char *buf, size_t len)
{
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static bool prepare(osc_results *r, const char *sql, sqlite3_stmt **st)
{
  return sqlite3_prepare_v2(r->db, sql, -1, st, NULL) == SQLITE_OK || db_error(r, "prepare");
}

bool osc_results_open(osc_results *r, const char *path)
{
  memset(r, 0, sizeof *r);
  r->path = strdup(path);
  if (sqlite3_open(path, &r->db) != SQLITE_OK)
    return db_error(r, "cannot open");
  sqlite3_busy_timeout(r->db, 10000);
  /* WAL while running: a commit needs no fsync, and a crash keeps what was
   * committed. The file goes back to a rollback journal at close, so readers
   * and copies see one plain file. */
  return exec(r, osc_results_schema) && exec(r, "PRAGMA journal_mode = WAL") &&
         exec(r, "PRAGMA synchronous = NORMAL") &&
         prepare(r, "INSERT OR REPLACE INTO outcomes (run_id, case_id, object, kind, claim_id, verdict,"
                    " expected, observed, reason, known, us, replay)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", &r->insert);
}

void osc_results_close(osc_results *r)
{
  sqlite3_finalize(r->insert);
  sqlite3_finalize(r->reference);
  /* Fails harmlessly while another process has the file open. */
  sqlite3_exec(r->db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  sqlite3_close(r->db);
  free(r->path);
  memset(r, 0, sizeof *r);
}

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
  if (s)
    sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null(st, i);
}

bool osc_results_new_run(osc_results *r, const osc_run_info *in)
{
  sqlite3_stmt *st;
  if (!prepare(r, "INSERT INTO runs (target, implementation, version, platform, host, doc,"
                  " cases_file, started, total) VALUES (?,?,?,?,?,?,?,?,?)", &st))
    return false;
  char started[32], *facts = json_dumps(in->facts, JSON_COMPACT | JSON_SORT_KEYS);
  iso_now(started, sizeof started);
  const char *texts[] = {in->target, in->implementation, in->version, facts ? facts : "{}",
                         in->host, in->doc, in->cases_file, started};
  for (int i = 0; i < 8; i++)
    bind_text(st, i + 1, texts[i]);
  sqlite3_bind_int64(st, 9, in->total);
  bool ok = sqlite3_step(st) == SQLITE_DONE || db_error(r, "cannot record the run");
  sqlite3_finalize(st);
  free(facts);
  r->run_id = sqlite3_last_insert_rowid(r->db);
  return ok;
}

int64_t osc_results_unfinished(osc_results *r, const char *target)
{
  sqlite3_stmt *st;
  if (!prepare(r, "SELECT id FROM runs WHERE target = ? AND finished IS NULL ORDER BY id DESC LIMIT 1", &st))
    return 0;
  bind_text(st, 1, target);
  int64_t id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
  sqlite3_finalize(st);
  r->run_id = id;
  return id;
}

bool osc_results_each_done(osc_results *r, int64_t run_id, void (*seen)(const char *, void *), void *ctx)
{
  sqlite3_stmt *st;
  if (!prepare(r, "SELECT case_id FROM outcomes WHERE run_id = ?", &st))
    return false;
  sqlite3_bind_int64(st, 1, run_id);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW)
    seen((const char *)sqlite3_column_text(st, 0), ctx);
  sqlite3_finalize(st);
  return rc == SQLITE_DONE || db_error(r, "cannot read the finished outcomes");
}

bool osc_results_flush(osc_results *r)
{
  if (!r->pending)
    return true;
  r->pending = 0;
  return exec(r, "COMMIT");
}

bool osc_results_add(osc_results *r, const osc_row *row)
{
  if (!r->pending) {
    if (!exec(r, "BEGIN"))
      return false;
    r->batch_started_ms = osc_now_ms();
  }
  sqlite3_stmt *st = r->insert;
  sqlite3_reset(st);
  sqlite3_bind_int64(st, 1, r->run_id);
  const char *texts[] = {row->case_id, row->object, row->kind, row->claim_id, row->verdict,
                         row->expected, row->observed, row->reason, row->known};
  for (int i = 0; i < 9; i++)
    bind_text(st, i + 2, texts[i]);
  if (row->us >= 0)
    sqlite3_bind_int64(st, 11, row->us);
  else
    sqlite3_bind_null(st, 11);
  bind_text(st, 12, row->replay);
  if (sqlite3_step(st) != SQLITE_DONE)
    return db_error(r, "cannot record an outcome");
  r->pending++;
  return r->pending >= OSC_BATCH_CASES ? osc_results_flush(r) : osc_results_tick(r);
}

bool osc_results_tick(osc_results *r)
{
  return !r->pending || osc_now_ms() - r->batch_started_ms < OSC_BATCH_MS || osc_results_flush(r);
}

bool osc_results_amend(osc_results *r, const char *case_id, const char *verdict, const char *reason)
{
  sqlite3_stmt *st;
  if (!prepare(r, "UPDATE outcomes SET verdict = ?, reason = ?, known = NULL WHERE run_id = ? AND case_id = ?", &st))
    return false;
  bind_text(st, 1, verdict);
  bind_text(st, 2, reason);
  sqlite3_bind_int64(st, 3, r->run_id);
  bind_text(st, 4, case_id);
  bool ok = sqlite3_step(st) == SQLITE_DONE || db_error(r, "cannot amend an outcome");
  sqlite3_finalize(st);
  return ok;
}

bool osc_results_finish(osc_results *r)
{
  if (!osc_results_flush(r))
    return false;
  sqlite3_stmt *st;
  if (!prepare(r, "UPDATE runs SET finished = ? WHERE id = ?", &st))
    return false;
  char finished[32];
  iso_now(finished, sizeof finished);
  bind_text(st, 1, finished);
  sqlite3_bind_int64(st, 2, r->run_id);
  bool ok = sqlite3_step(st) == SQLITE_DONE || db_error(r, "cannot mark the run finished");
  sqlite3_finalize(st);
  return ok;
}

bool osc_results_pick_reference(osc_results *r, const char *host)
{
  sqlite3_stmt *st;
  if (!prepare(r, "SELECT id FROM runs WHERE target = 'reference' AND host = ? AND id <> ?"
                  " ORDER BY finished IS NOT NULL DESC, id DESC LIMIT 1", &st))
    return false;
  bind_text(st, 1, host);
  sqlite3_bind_int64(st, 2, r->run_id);
  r->reference_run = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
  sqlite3_finalize(st);
  return prepare(r, "SELECT observed FROM outcomes WHERE run_id = ? AND case_id = ?", &r->reference);
}

json_t *osc_results_reference_outcome(osc_results *r, const char *case_id)
{
  if (!r->reference_run)
    return NULL;
  sqlite3_reset(r->reference);
  sqlite3_bind_int64(r->reference, 1, r->reference_run);
  bind_text(r->reference, 2, case_id);
  if (sqlite3_step(r->reference) != SQLITE_ROW)
    return NULL;
  const char *text = (const char *)sqlite3_column_text(r->reference, 0);
  return text ? json_loads(text, JSON_ALLOW_NUL, NULL) : NULL;
}
