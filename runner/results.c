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

/* A row waits in memory until its batch is written, in one short
 * transaction: parallel workers share the file, and none may hold its write
 * lock while a case runs. */
enum { F_CASE, F_OBJECT, F_KIND, F_CLAIM, F_VERDICT, F_EXPECTED, F_OBSERVED, F_REASON, F_KNOWN,
       F_REPLAY, F_COUNT };

struct osc_pending {
  const char *text[F_COUNT];  /* NULL = SQL NULL; all in `block` */
  char *block;                /* one allocation for the row's texts */
  long long us;
};

static void free_pending(struct osc_pending *p)
{
  free(p->block);
}

static bool prepare_reference(osc_results *r)
{
  return prepare(r, "SELECT observed FROM outcomes WHERE run_id = ? AND case_id = ?", &r->reference);
}

/* A new file, or one with osconform's runs and outcomes tables; anything
 * else (--results build/spec.db) is refused before it is changed. */
static bool ours_or_empty(osc_results *r)
{
  sqlite3_stmt *st;
  int tables = -1, ours = 0, version = -1;
  if (sqlite3_prepare_v2(r->db, "SELECT count(*), count(CASE WHEN name IN ('runs', 'outcomes') THEN 1 END),"
                         " (SELECT user_version FROM pragma_user_version)"
                         " FROM sqlite_master WHERE type = 'table'", -1, &st, NULL) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    tables = sqlite3_column_int(st, 0);
    ours = sqlite3_column_int(st, 1);
    version = sqlite3_column_int(st, 2);
  }
  sqlite3_finalize(st);
  if (tables < 0)
    return db_error(r, "cannot read");
  if (tables == 0)
    return true;
  /* Its CHECK would refuse a newer verdict: new runs go to a new file
   * (osconform merge reads both into one). */
  if (ours == 2 && version != OSC_RESULTS_VERSION) {
    osc_error("%s: results of another osconform (schema %d, this one writes %d); nothing was changed: "
              "use a new --results file", r->path, version, OSC_RESULTS_VERSION);
    return false;
  }
  if (ours == 2)
    return true;
  osc_error("%s: not an osconform results database (it has other tables); nothing was changed", r->path);
  return false;
}

static bool connect(osc_results *r)
{
  if (sqlite3_open(r->path, &r->db) != SQLITE_OK)
    return db_error(r, "cannot open");
  sqlite3_db_config(r->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_busy_timeout(r->db, 10000);
  if (!ours_or_empty(r))
    return false;
  /* WAL while running: a commit needs no fsync, a crash keeps what was
   * committed, and readers never wait. The file goes back to a rollback
   * journal at close, so readers and copies see one plain file. */
  return exec(r, osc_results_schema) && exec(r, "PRAGMA journal_mode = WAL") &&
         exec(r, "PRAGMA synchronous = NORMAL") &&
         prepare(r, "INSERT OR REPLACE INTO outcomes (run_id, case_id, object, kind, claim_id, verdict,"
                    " expected, observed, reason, known, us, replay)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", &r->insert);
}

bool osc_results_open(osc_results *r, const char *path)
{
  memset(r, 0, sizeof *r);
  r->path = strdup(path);
  r->batch = calloc(OSC_BATCH_CASES, sizeof *r->batch);
  if (!r->path || !r->batch)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  return connect(r);
}

bool osc_results_reopen(osc_results *r)
{
  /* The inherited connection is left alone, never used nor closed: SQLite
   * connections must not cross a fork. */
  r->db = NULL;
  r->insert = r->reference = NULL;
  r->worker = true;
  return connect(r) && (!r->reference_run || prepare_reference(r));
}

void osc_results_close(osc_results *r)
{
  for (int i = 0; i < r->pending; i++)
    free_pending(&r->batch[i]);
  free(r->batch);
  sqlite3_finalize(r->insert);
  sqlite3_finalize(r->reference);
  /* The last connection turns WAL off; the parent closes after its workers. */
  if (!r->worker)
    sqlite3_exec(r->db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  sqlite3_close(r->db);
  free(r->path);
  memset(r, 0, sizeof *r);
}

/* Every statement here is stepped while the texts bound to it live (a
 * batch's rows keep theirs until it is written), and bound anew before its
 * next step: SQLite need not copy them. */
static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
  if (s)
    sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
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

int64_t osc_results_unfinished(osc_results *r, const char *target, char *cases_file, size_t len,
                               long long *total)
{
  sqlite3_stmt *st;
  if (!prepare(r, "SELECT id, cases_file, total FROM runs WHERE target = ? AND finished IS NULL"
                  " ORDER BY id DESC LIMIT 1", &st))
    return 0;
  bind_text(st, 1, target);
  int64_t id = 0;
  if (sqlite3_step(st) == SQLITE_ROW) {
    id = sqlite3_column_int64(st, 0);
    const unsigned char *f = sqlite3_column_text(st, 1);
    snprintf(cases_file, len, "%s", f ? (const char *)f : "");
    *total = sqlite3_column_int64(st, 2);
  }
  sqlite3_finalize(st);
  r->run_id = id;
  return id;
}

typedef struct done_seen {
  void (*seen)(const char *id, void *ctx);
  void *ctx;
} done_seen;

static void pass_id(const char *id, const char *verdict, const char *reason, const char *known, void *ctx)
{
  (void)verdict, (void)reason, (void)known;
  ((done_seen *)ctx)->seen(id, ((done_seen *)ctx)->ctx);
}

bool osc_results_each_done(osc_results *r, int64_t run_id, void (*seen)(const char *, void *), void *ctx)
{
  return osc_results_each_outcome(r, run_id, pass_id, &(done_seen){seen, ctx});
}

static bool insert(osc_results *r, const struct osc_pending *p)
{
  sqlite3_stmt *st = r->insert;
  sqlite3_reset(st);
  sqlite3_bind_int64(st, 1, r->run_id);
  for (int f = F_CASE; f <= F_KNOWN; f++)
    bind_text(st, f + 2, p->text[f]);
  if (p->us >= 0)
    sqlite3_bind_int64(st, 11, p->us);
  else
    sqlite3_bind_null(st, 11);
  bind_text(st, 12, p->text[F_REPLAY]);
  return sqlite3_step(st) == SQLITE_DONE || db_error(r, "cannot record an outcome");
}

/* On failure the batch stays, to be written by a later flush. */
bool osc_results_flush(osc_results *r)
{
  if (!r->pending)
    return true;
  bool ok = exec(r, "BEGIN IMMEDIATE");
  for (int i = 0; ok && i < r->pending; i++)
    ok = insert(r, &r->batch[i]);
  if (ok)
    ok = exec(r, "COMMIT");
  if (!ok) {
    sqlite3_exec(r->db, "ROLLBACK", NULL, NULL, NULL);
    return false;
  }
  for (int i = 0; i < r->pending; i++)
    free_pending(&r->batch[i]);
  r->pending = 0;
  return true;
}

/* The row's texts, copied into one block (a row outlives the caller's). */
static void keep_texts(struct osc_pending *p, const char *const texts[F_COUNT])
{
  size_t len[F_COUNT], total = 0;
  for (int f = 0; f < F_COUNT; f++)
    total += len[f] = texts[f] ? strlen(texts[f]) + 1 : 0;
  char *o = p->block = malloc(total ? total : 1);
  if (!o)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  for (int f = 0; f < F_COUNT; f++) {
    p->text[f] = texts[f] ? memcpy(o, texts[f], len[f]) : NULL;
    o += len[f];
  }
}

bool osc_results_add(osc_results *r, const osc_row *row)
{
  if (r->pending == OSC_BATCH_CASES && !osc_results_flush(r))
    return false;
  if (!r->pending)
    r->batch_started_ms = osc_now_ms();
  const char *texts[F_COUNT] = {row->case_id, row->object, row->kind, row->claim_id, row->verdict,
                                row->expected, row->observed, row->reason, row->known, row->replay};
  struct osc_pending *p = &r->batch[r->pending++];
  keep_texts(p, texts);
  p->us = row->us;
  return r->pending == OSC_BATCH_CASES ? osc_results_flush(r) : osc_results_tick(r);
}

bool osc_results_tick(osc_results *r)
{
  return !r->pending || osc_now_ms() - r->batch_started_ms < OSC_BATCH_MS || osc_results_flush(r);
}

bool osc_results_amend(osc_results *r, const char *case_id, const char *verdict, const char *reason)
{
  for (int i = 0; i < r->pending; i++) {
    struct osc_pending *p = &r->batch[i];
    if (strcmp(p->text[F_CASE], case_id) == 0) {
      const char *texts[F_COUNT];
      memcpy(texts, p->text, sizeof texts);
      texts[F_VERDICT] = verdict;
      texts[F_REASON] = reason;
      texts[F_KNOWN] = NULL;
      char *old = p->block;
      keep_texts(p, texts);
      free(old);
      return true;
    }
  }
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
  if (!prepare(r, "SELECT id, json_extract(platform, '$.sys_platform') FROM runs"
                  " WHERE target = 'reference' AND host = ? AND id <> ?"
                  " ORDER BY finished IS NOT NULL DESC, id DESC LIMIT 1", &st))
    return false;
  bind_text(st, 1, host);
  sqlite3_bind_int64(st, 2, r->run_id);
  r->reference_run = 0;
  r->reference_platform[0] = '\0';
  if (sqlite3_step(st) == SQLITE_ROW) {
    r->reference_run = sqlite3_column_int64(st, 0);
    const unsigned char *p = sqlite3_column_text(st, 1);
    snprintf(r->reference_platform, sizeof r->reference_platform, "%s", p ? (const char *)p : "");
  }
  sqlite3_finalize(st);
  return prepare_reference(r);
}

json_t *osc_results_reference_outcome(osc_results *r, const char *case_id)
{
  if (!r->reference_run)
    return NULL;
  sqlite3_reset(r->reference);
  sqlite3_bind_int64(r->reference, 1, r->reference_run);
  bind_text(r->reference, 2, case_id);
  const char *text = sqlite3_step(r->reference) == SQLITE_ROW ? (const char *)sqlite3_column_text(r->reference, 0) : NULL;
  json_t *outcome = text ? json_loads(text, JSON_ALLOW_NUL, NULL) : NULL;
  /* Ends the read transaction: one left open would keep an old snapshot,
   * and the next write would fail at once while another worker writes. */
  sqlite3_reset(r->reference);
  return outcome;
}

bool osc_results_each_outcome(osc_results *r, int64_t run_id,
                              void (*seen)(const char *id, const char *verdict, const char *reason,
                                           const char *known, void *ctx),
                              void *ctx)
{
  sqlite3_stmt *st;
  if (!prepare(r, "SELECT case_id, verdict, reason, known FROM outcomes WHERE run_id = ?", &st))
    return false;
  sqlite3_bind_int64(st, 1, run_id);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW)
    seen((const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
         (const char *)sqlite3_column_text(st, 2), (const char *)sqlite3_column_text(st, 3), ctx);
  sqlite3_finalize(st);
  return rc == SQLITE_DONE || db_error(r, "cannot read the outcomes");
}

bool osc_results_note_run(osc_results *r, const char *key, const json_t *value)
{
  char *text = json_dumps(value, JSON_COMPACT | JSON_ENCODE_ANY);
  char path[100];
  snprintf(path, sizeof path, "$.%s", key);
  sqlite3_stmt *st;
  bool ok = text && prepare(r, "UPDATE runs SET platform = json_set(platform, ?, json(?)) WHERE id = ?", &st);
  if (ok) {
    bind_text(st, 1, path);
    bind_text(st, 2, text);
    sqlite3_bind_int64(st, 3, r->run_id);
    ok = sqlite3_step(st) == SQLITE_DONE || db_error(r, "cannot note on the run");
    sqlite3_finalize(st);
  }
  free(text);
  return ok;
}
