/* Loads runs and outcomes from one or more results databases. The matrix
 * keeps the latest run of each (target, host, doc): a re-run replaces its
 * predecessor, while runs from other hosts (a merged file) stay apart. */
#include <jansson.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include "model.h"
#include "../runner/diag.h"
#include "../runner/input.h"
#include "results_check.h"

struct source {
  const char *path;
  sqlite3 *db;
};

static const char *column(struct osc_arena *a, sqlite3_stmt *st, int i)
{
  return rpt_strdup(a, (const char *)sqlite3_column_text(st, i));
}

/* From the run's facts: a target that could not start is a run with no
 * outcome and {"not_run": why}; one run with --unconfined says
 * {"confinement": "none"}. */
static void read_facts(struct osc_arena *a, struct osc_target *t)
{
  json_t *facts = json_loads(t->platform ? t->platform : "", 0, NULL);
  t->not_run = rpt_strdup(a, json_string_value(json_object_get(facts, "not_run")));
  const char *confinement = json_string_value(json_object_get(facts, "confinement"));
  t->unconfined = confinement && strcmp(confinement, "none") == 0;
  t->language_version = rpt_strdup(a, json_string_value(json_object_get(facts, "language_version")));
  t->sys_platform = rpt_strdup(a, json_string_value(json_object_get(facts, "sys_platform")));
  const json_t *stale = json_object_get(facts, "stale_expectations");
  if (json_is_array(stale) && json_array_size(stale)) {
    char *text = json_dumps(stale, JSON_COMPACT);
    t->stale_expectations = rpt_strdup(a, text);
    t->nstale = json_array_size(stale);
    free(text);
  }
  json_decref(facts);
}

static int open_results(const char *path, sqlite3 **db)
{
  char why[200];
  if (!osc_is_regular(path, why, sizeof why)) {
    osc_error("%s: cannot read the results: %s", path, why);
    return OSC_EXIT_INPUT;
  }
  if (sqlite3_open_v2(path, db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
    osc_error("%s: cannot open: %s", path, sqlite3_errmsg(*db));
    return OSC_EXIT_INPUT;
  }
  /* Untrusted (merge takes files from other machines): no function with
   * side effects in its schema, and every row checked before it is read. */
  sqlite3_db_config(*db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config(*db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  return rpt_results_check(*db, "main", path);
}

static int read_runs(struct osc_model *m, const struct source *src, size_t *cap)
{
  sqlite3_stmt *st;
  sqlite3_prepare_v2(src->db, "SELECT id, target, implementation, version, platform,"
                     " host, doc, started, finished, total FROM runs ORDER BY id",
                     -1, &st, NULL);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    m->targets = rpt_grow(m->arena, m->targets, cap, m->ntargets, sizeof *m->targets);
    struct osc_target *t = &m->targets[m->ntargets++];
    memset(t, 0, sizeof *t);
    t->run_id = sqlite3_column_int64(st, 0);
    t->target = column(m->arena, st, 1);
    t->implementation = column(m->arena, st, 2);
    t->version = column(m->arena, st, 3);
    t->platform = column(m->arena, st, 4);
    read_facts(m->arena, t);
    t->host = column(m->arena, st, 5);
    t->doc = column(m->arena, st, 6);
    t->started = column(m->arena, st, 7);
    t->finished = column(m->arena, st, 8);
    t->total = sqlite3_column_int(st, 9);
    t->source = src->path;
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) {
    osc_error("%s: reading runs: %s", src->path, sqlite3_errmsg(src->db));
    return OSC_EXIT_INPUT;
  }
  return 0;
}

static bool same_key(const struct osc_target *a, const struct osc_target *b)
{
  return strcmp(a->target, b->target) == 0 && strcmp(a->host, b->host) == 0
      && strcmp(a->doc, b->doc) == 0;
}

/* Keeps, for each (target, host, doc), the run that started last; among
 * equal start times the one read last (a later file on the command line). */
static void keep_latest(struct osc_model *m)
{
  size_t kept = 0;
  for (size_t i = 0; i < m->ntargets; i++) {
    bool superseded = false;
    for (size_t j = i + 1; j < m->ntargets && !superseded; j++)
      superseded = same_key(&m->targets[i], &m->targets[j])
                && strcmp(m->targets[j].started, m->targets[i].started) >= 0;
    for (size_t j = 0; j < i && !superseded; j++)
      superseded = same_key(&m->targets[i], &m->targets[j])
                && strcmp(m->targets[j].started, m->targets[i].started) > 0;
    if (!superseded)
      m->targets[kept++] = m->targets[i];
  }
  m->ntargets = kept;
}

static int read_outcome(struct osc_arena *a, sqlite3_stmt *st, struct osc_case *c)
{
  int v = rpt_verdict_parse((const char *)sqlite3_column_text(st, 4));
  if (v < 0)
    return -1;
  c->id = column(a, st, 0);
  c->object = column(a, st, 1);
  c->kind = column(a, st, 2);
  c->claim = column(a, st, 3);
  c->verdict = v;
  c->expected = column(a, st, 5);
  c->observed = column(a, st, 6);
  c->reason = column(a, st, 7);
  c->known = column(a, st, 8);
  c->us = sqlite3_column_type(st, 9) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 9);
  c->replay = column(a, st, 10);
  c->row = -1;
  return 0;
}

static int read_outcomes(struct osc_model *m, struct osc_target *t, sqlite3 *db)
{
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "SELECT case_id, object, kind, claim_id, verdict, expected,"
                     " observed, reason, known, us, replay FROM outcomes"
                     " WHERE run_id = ? ORDER BY case_id", -1, &st, NULL);
  sqlite3_bind_int64(st, 1, t->run_id);
  size_t cap = 0;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    t->cases = rpt_grow(m->arena, t->cases, &cap, t->ncases, sizeof *t->cases);
    struct osc_case *c = &t->cases[t->ncases];
    if (read_outcome(m->arena, st, c) != 0) {
      osc_error("%s: run %lld, case %s: unknown verdict '%s'", t->source, t->run_id,
                sqlite3_column_text(st, 0), sqlite3_column_text(st, 4));
      sqlite3_finalize(st);
      return OSC_EXIT_INPUT;
    }
    t->counts[c->verdict]++;
    t->ncases++;
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) {
    osc_error("%s: reading outcomes: %s", t->source, sqlite3_errmsg(db));
    return OSC_EXIT_INPUT;
  }
  return 0;
}

/* A label names a column uniquely and stays stable from run to run (the
 * gate's baseline is keyed by it): the host only when the same target ran
 * on several hosts, the doc only when one host ran several docs. */
static void label(struct osc_model *m, struct osc_target *t)
{
  bool hosts = false, docs = false;
  for (size_t i = 0; i < m->ntargets; i++) {
    const struct osc_target *o = &m->targets[i];
    if (o == t || strcmp(o->target, t->target) != 0)
      continue;
    if (strcmp(o->host, t->host) != 0)
      hosts = true;
    else if (strcmp(o->doc, t->doc) != 0)
      docs = true;
  }
  size_t n = strlen(t->target) + strlen(t->host) + strlen(t->doc) + 8;
  char *s = rpt_alloc(m->arena, n);
  snprintf(s, n, "%s%s%s%s%s", t->target, hosts ? "@" : "", hosts ? t->host : "",
           docs ? " " : "", docs ? t->doc : "");
  t->label = s;
}

static int by_start(const void *a, const void *b)
{
  const struct osc_target *x = a, *y = b;
  int c = strcmp(x->started, y->started);
  return c ? c : strcmp(x->label, y->label);
}

static const struct source *source_of(const struct source *s, size_t n, const char *path)
{
  for (size_t i = 0; i < n; i++)
    if (s[i].path == path)
      return &s[i];
  return NULL;
}

static int load_all(struct osc_model *m, struct source *src, size_t n)
{
  size_t cap = 0;
  int rc = 0;
  for (size_t i = 0; i < n && !rc; i++)
    if (!(rc = open_results(src[i].path, &src[i].db)))
      rc = read_runs(m, &src[i], &cap);
  if (rc)
    return rc;
  keep_latest(m);
  for (size_t i = 0; i < m->ntargets && !rc; i++)
    rc = read_outcomes(m, &m->targets[i], source_of(src, n, m->targets[i].source)->db);
  for (size_t i = 0; i < m->ntargets; i++)
    label(m, &m->targets[i]);
  if (m->ntargets)
    qsort(m->targets, m->ntargets, sizeof *m->targets, by_start);
  return rc;
}

int rpt_model_load_results(struct osc_model *m, const char *const *paths, size_t n)
{
  struct source *src = rpt_alloc(m->arena, (n ? n : 1) * sizeof *src);
  for (size_t i = 0; i < n; i++)
    src[i].path = rpt_strdup(m->arena, paths[i]);
  int rc = load_all(m, src, n);
  for (size_t i = 0; i < n; i++)
    sqlite3_close(src[i].db);
  return rc;
}
