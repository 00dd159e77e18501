/* Loads what the reports need from the spec database: every document with
 * its documented names (for the per-version scores), and for the docs the
 * runs used, their objects (matrix rows), claims and availability claims.
 * Call after rpt_model_load_results: the runs decide which docs matter. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include "model.h"
#include "../runner/diag.h"
#include "../runner/input.h"

static const char *column(struct osc_arena *a, sqlite3_stmt *st, int i)
{
  return rpt_strdup(a, (const char *)sqlite3_column_text(st, i));
}

static bool run_doc(const struct osc_model *m, const char *version)
{
  for (size_t i = 0; i < m->ntargets; i++)
    if (strcmp(m->targets[i].doc, version) == 0)
      return true;
  return false;
}

/* The model being filled and the capacities of its growing arrays. */
struct load {
  struct osc_model *m;
  size_t docs, names, objects, claims, avails;
};

/* Runs a query and hands each row to fn; returns a diag exit code. */
static int each_row(sqlite3 *db, const char *path, const char *sql,
                    void (*fn)(struct load *, sqlite3_stmt *), struct load *l)
{
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
    osc_error("%s: not a spec database: %s", path, sqlite3_errmsg(db));
    return OSC_EXIT_INPUT;
  }
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW)
    fn(l, st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) {
    osc_error("%s: %s", path, sqlite3_errmsg(db));
    return OSC_EXIT_INPUT;
  }
  return 0;
}

static void add_doc(struct load *l, sqlite3_stmt *st)
{
  struct osc_model *m = l->m;
  m->docs = rpt_grow(m->arena, m->docs, &l->docs, m->ndocs, sizeof *m->docs);
  struct osc_doc *d = &m->docs[m->ndocs++];
  memset(d, 0, sizeof *d);
  d->id = sqlite3_column_int64(st, 0);
  d->version = column(m->arena, st, 1);
  d->source = column(m->arena, st, 2);
  d->sha256 = column(m->arena, st, 3);
}

static void add_name(struct load *l, sqlite3_stmt *st)
{
  struct osc_model *m = l->m;
  struct osc_doc *d = NULL;
  for (size_t i = 0; i < m->ndocs; i++)
    if (m->docs[i].id == sqlite3_column_int64(st, 0))
      d = &m->docs[i];
  if (!d)
    return;
  if (d->nnames == 0)
    l->names = 0;
  d->names = rpt_grow(m->arena, d->names, &l->names, d->nnames, sizeof *d->names);
  d->names[d->nnames++] = column(m->arena, st, 1);
}

static void add_object(struct load *l, sqlite3_stmt *st)
{
  struct osc_model *m = l->m;
  if (!run_doc(m, (const char *)sqlite3_column_text(st, 0)))
    return;
  const char *name = (const char *)sqlite3_column_text(st, 1);
  if (m->nobjects && strcmp(m->objects[m->nobjects - 1].name, name) == 0)
    return;
  m->objects = rpt_grow(m->arena, m->objects, &l->objects, m->nobjects, sizeof *m->objects);
  struct osc_object *o = &m->objects[m->nobjects++];
  o->name = rpt_strdup(m->arena, name);
  o->kind = column(m->arena, st, 2);
  o->section = column(m->arena, st, 3);
  o->signature = column(m->arena, st, 4);
  o->documented = true;
}

static void add_claim(struct load *l, sqlite3_stmt *st)
{
  struct osc_model *m = l->m;
  if (!run_doc(m, (const char *)sqlite3_column_text(st, 0)))
    return;
  m->claims = rpt_grow(m->arena, m->claims, &l->claims, m->nclaims, sizeof *m->claims);
  struct osc_claim *c = &m->claims[m->nclaims++];
  c->doc = column(m->arena, st, 0);
  c->object = column(m->arena, st, 1);
  c->id = column(m->arena, st, 2);
  c->text = column(m->arena, st, 3);
}

static void add_avail(struct load *l, sqlite3_stmt *st)
{
  struct osc_model *m = l->m;
  if (!run_doc(m, (const char *)sqlite3_column_text(st, 0)))
    return;
  m->avails = rpt_grow(m->arena, m->avails, &l->avails, m->navails, sizeof *m->avails);
  struct osc_avail *a = &m->avails[m->navails++];
  a->doc = column(m->arena, st, 0);
  a->object = column(m->arena, st, 1);
  a->raw = column(m->arena, st, 2);
  a->origin = column(m->arena, st, 3);
  a->expr = column(m->arena, st, 4);
  a->line = sqlite3_column_int64(st, 5);
}

static int read_spec(struct osc_model *m, sqlite3 *db, const char *path)
{
  struct load l = { .m = m };
  int rc = each_row(db, path, "SELECT id, version, source, sha256 FROM documents"
                    " ORDER BY id", add_doc, &l);
  if (!rc)
    rc = each_row(db, path, "SELECT DISTINCT document_id, name FROM objects"
                  " ORDER BY document_id, name", add_name, &l);
  /* The first (in document order) section and kind of a name describe its row. */
  if (!rc)
    rc = each_row(db, path, "SELECT d.version, o.name, o.kind, coalesce(o.section, ''), o.signature"
                  " FROM objects o JOIN documents d ON d.id = o.document_id"
                  " ORDER BY o.name, d.id DESC, o.line", add_object, &l);
  if (!rc)
    rc = each_row(db, path, "SELECT d.version, o.name, c.id, c.text FROM claims c"
                  " JOIN objects o ON o.id = c.object_id JOIN documents d ON d.id = o.document_id"
                  " ORDER BY d.id, o.name, c.line, c.id", add_claim, &l);
  if (!rc)
    rc = each_row(db, path, "SELECT d.version, o.name, a.raw, a.origin, a.expr, a.line"
                  " FROM availability a JOIN objects o ON o.id = a.object_id"
                  " JOIN documents d ON d.id = o.document_id"
                  " ORDER BY d.id, o.name, a.line, a.id", add_avail, &l);
  return rc;
}

int rpt_model_load_spec(struct osc_model *m, const char *path)
{
  sqlite3 *db;
  char why[200];
  if (!osc_is_regular(path, why, sizeof why)) {
    osc_error("%s: cannot read the spec: %s", path, why);
    return OSC_EXIT_INPUT;
  }
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
    osc_error("%s: cannot open: %s", path, sqlite3_errmsg(db));
    sqlite3_close(db);
    return OSC_EXIT_INPUT;
  }
  int rc = read_spec(m, db, path);
  sqlite3_close(db);
  for (size_t i = 0; i < m->ntargets && !rc; i++) {
    bool known = false;
    for (size_t d = 0; d < m->ndocs; d++)
      known |= strcmp(m->docs[d].version, m->targets[i].doc) == 0;
    if (!known) {
      osc_error("%s: run '%s' used doc %s, which the spec does not hold",
                path, m->targets[i].label, m->targets[i].doc);
      rc = OSC_EXIT_INPUT;
    }
  }
  return rc;
}
