#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"
#include "quote.h"
#include "spec.h"

typedef struct loader {
  sqlite3 *db;
  const char *path;
  sqlite3_stmt *params, *avail, *claims;
} loader;

static char *dup_col(sqlite3_stmt *st, int col)
{
  const unsigned char *t = sqlite3_column_text(st, col);
  return t ? strdup((const char *)t) : NULL;
}

static int db_fail(const loader *l, const char *what)
{
  osc_error("%s: %s: %s", l->path, what, sqlite3_errmsg(l->db));
  return 0;
}

static int load_params(loader *l, int64_t rowid, spec_object *o)
{
  sqlite3_reset(l->params);
  sqlite3_bind_int64(l->params, 1, rowid);
  while (sqlite3_step(l->params) == SQLITE_ROW) {
    o->params = realloc(o->params, (o->nparams + 1) * sizeof *o->params);
    spec_param *p = &o->params[o->nparams++];
    p->name = dup_col(l->params, 0);
    p->default_value = dup_col(l->params, 1);
    p->kind = dup_col(l->params, 2);
    p->optional = sqlite3_column_int(l->params, 3);
  }
  return 1;
}

static int load_claims(loader *l, int64_t rowid, spec_object *o)
{
  sqlite3_reset(l->claims);
  sqlite3_bind_int64(l->claims, 1, rowid);
  while (sqlite3_step(l->claims) == SQLITE_ROW) {
    o->claims = realloc(o->claims, (o->nclaims + 1) * sizeof *o->claims);
    spec_claim *c = &o->claims[o->nclaims++];
    c->id = dup_col(l->claims, 0);
    c->text = dup_col(l->claims, 1);
    c->norm = quote_normalise(c->text ? c->text : "");
  }
  return 1;
}

static void append_raw(char **raw, const char *text)
{
  size_t old = *raw ? strlen(*raw) + 2 : 0;
  *raw = realloc(*raw, old + strlen(text) + 1);
  if (old)
    memcpy(*raw + old - 2, "; ", 2);
  strcpy(*raw + old, text);
}

/* A row's unset fields and an expression's empty lists say nothing the
 * runner does not assume of a missing one (runner/avail.c); left out, they
 * were four in ten bytes of the case file, which every run parses. */
static void drop_unset(json_t *expr)
{
  static const char *const lists[] = { "include", "exclude" };
  for (size_t i = 0; i < 2; i++) {
    size_t j;
    json_t *row;
    json_array_foreach(json_object_get(expr, lists[i]), j, row) {
      const char *key;
      json_t *v, *tmp;
      json_object_foreach_safe(row, tmp, key, v)
        if (json_is_null(v))
          json_object_del(row, key);
    }
  }
  static const char *const optional[] = { "notes", "qualifiers" };
  for (size_t i = 0; i < 2; i++) {
    const json_t *list = json_object_get(expr, optional[i]);
    if (json_is_array(list) && json_array_size(list) == 0)
      json_object_del(expr, optional[i]);
  }
}

/* The effective availability is the conjunction of the object's rows. One
 * row stands as itself; several become an array of expressions, all of
 * which must hold (FORMAT.md, Additions; runner/avail.c evaluates it). */
static int load_availability(loader *l, int64_t rowid, spec_object *o)
{
  json_t *rows = json_array();
  sqlite3_reset(l->avail);
  sqlite3_bind_int64(l->avail, 1, rowid);
  while (sqlite3_step(l->avail) == SQLITE_ROW) {
    json_error_t je;
    json_t *expr = json_loads((const char *)sqlite3_column_text(l->avail, 1), 0, &je);
    if (!json_is_object(expr)) {
      osc_error("%s: availability of '%s' (line %d): expr is not a JSON object: %s",
                l->path, o->name, sqlite3_column_int(l->avail, 2), je.text);
      json_decref(expr);
      json_decref(rows);
      return 0;
    }
    drop_unset(expr);
    json_array_append_new(rows, expr);
    append_raw(&o->availability_raw, (const char *)sqlite3_column_text(l->avail, 0));
  }
  if (json_array_size(rows) == 1)
    o->availability = json_incref(json_array_get(rows, 0));
  else if (json_array_size(rows) > 1)
    o->availability = json_incref(rows);
  json_decref(rows);
  return 1;
}

static int prepare(loader *l, const char *sql, sqlite3_stmt **st)
{
  return sqlite3_prepare_v2(l->db, sql, -1, st, NULL) == SQLITE_OK || db_fail(l, "cannot read");
}

static int prepare_all(loader *l)
{
  return prepare(l, "SELECT name, default_value, kind, optional FROM parameters"
                    " WHERE object_id = ?1 ORDER BY position", &l->params)
      && prepare(l, "SELECT raw, expr, line FROM availability WHERE object_id = ?1"
                    " ORDER BY line, id", &l->avail)
      && prepare(l, "SELECT id, text FROM claims WHERE object_id = ?1 ORDER BY line, id", &l->claims);
}

static int load_object(loader *l, sqlite3_stmt *st, spec_object *o)
{
  int64_t rowid = sqlite3_column_int64(st, 0);
  memset(o, 0, sizeof *o);
  o->name = dup_col(st, 1);
  o->kind = dup_col(st, 2);
  o->section = dup_col(st, 3);
  o->signature = dup_col(st, 4);
  o->line = sqlite3_column_int(st, 5);
  o->since = dup_col(st, 6);
  return load_params(l, rowid, o) && load_claims(l, rowid, o) && load_availability(l, rowid, o);
}

/* X.Y as a number that sorts: 3.9 before 3.12. */
#define VERSION_KEY(v) "(CAST(" v " AS INTEGER) * 1000 + CAST(substr(" v ", instr(" v ", '.') + 1) AS INTEGER))"
#define FIRST_ADDED(owner) "(SELECT n.version FROM notes n WHERE n.object_id = " owner \
  " AND n.kind = 'versionadded' ORDER BY " VERSION_KEY("n.version") " LIMIT 1)"
/* Each object with the version it appeared in: its own versionadded, else
 * its parent's (a method, a constant documented under another), else the
 * oldest of the documents that has its name. */
static const char OBJECTS_SQL[] =
  "SELECT o.id, o.name, o.kind, COALESCE(o.section, ''), o.signature, o.line,"
  " COALESCE(" FIRST_ADDED("o.id") ", " FIRST_ADDED("o.parent_id") ","
  "  (SELECT d.version FROM objects p JOIN documents d ON d.id = p.document_id WHERE p.name = o.name"
  "   ORDER BY " VERSION_KEY("d.version") " LIMIT 1))"
  " FROM objects o WHERE o.document_id = ?1 ORDER BY o.name, o.line, o.id";

static int load_objects(loader *l, spec *s, int64_t doc_id)
{
  sqlite3_stmt *st;
  if (!prepare(l, OBJECTS_SQL, &st))
    return 0;
  sqlite3_bind_int64(st, 1, doc_id);
  int ok = 1;
  while (ok && sqlite3_step(st) == SQLITE_ROW) {
    s->objects = realloc(s->objects, (s->nobjects + 1) * sizeof *s->objects);
    ok = load_object(l, st, &s->objects[s->nobjects++]);
  }
  sqlite3_finalize(st);
  for (size_t i = 0, first = 0; ok && i < s->nobjects; i++) {
    if (strcmp(s->objects[i].name, s->objects[first].name) != 0)
      first = i;
    s->objects[first].nsignatures = (int)(i - first + 1);
  }
  return ok;
}

static int load_other_claims(loader *l, spec *s, int64_t doc_id)
{
  sqlite3_stmt *st;
  if (!prepare(l, "SELECT c.text FROM claims c JOIN objects o ON o.id = c.object_id"
                  " WHERE o.document_id <> ?1 ORDER BY c.id", &st))
    return 0;
  sqlite3_bind_int64(st, 1, doc_id);
  while (sqlite3_step(st) == SQLITE_ROW) {
    s->other_norms = realloc(s->other_norms, (s->nother + 1) * sizeof *s->other_norms);
    s->other_norms[s->nother++] = quote_normalise((const char *)sqlite3_column_text(st, 0));
  }
  sqlite3_finalize(st);
  return 1;
}

static int load_all_names(loader *l, spec *s)
{
  sqlite3_stmt *st;
  if (!prepare(l, "SELECT DISTINCT name FROM objects ORDER BY name", &st))
    return 0;
  while (sqlite3_step(st) == SQLITE_ROW) {
    s->all_names = realloc(s->all_names, (s->nall + 1) * sizeof *s->all_names);
    s->all_names[s->nall++] = dup_col(st, 0);
  }
  sqlite3_finalize(st);
  return 1;
}

static int64_t find_document(loader *l, const char *doc)
{
  sqlite3_stmt *st;
  int64_t id = -1;
  if (!prepare(l, "SELECT id FROM documents WHERE version = ?1", &st))
    return -1;
  sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
  if (sqlite3_step(st) == SQLITE_ROW)
    id = sqlite3_column_int64(st, 0);
  else
    osc_error("%s: no document for doc version '%s'", l->path, doc);
  sqlite3_finalize(st);
  return id;
}

int spec_load(spec *s, const char *path, const char *doc)
{
  loader l = { .path = path };
  memset(s, 0, sizeof *s);
  s->doc = strdup(doc);
  if (sqlite3_open_v2(path, &l.db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
    osc_error("%s: cannot open: %s", path, sqlite3_errmsg(l.db));
    sqlite3_close(l.db);
    return 0;
  }
  int64_t doc_id = find_document(&l, doc);
  int ok = doc_id >= 0 && prepare_all(&l) && load_objects(&l, s, doc_id)
        && load_other_claims(&l, s, doc_id) && load_all_names(&l, s);
  sqlite3_finalize(l.params);
  sqlite3_finalize(l.avail);
  sqlite3_finalize(l.claims);
  sqlite3_close(l.db);
  return ok;
}

static void free_object(spec_object *o)
{
  for (size_t i = 0; i < o->nparams; i++) {
    free(o->params[i].name);
    free(o->params[i].default_value);
    free(o->params[i].kind);
  }
  for (size_t i = 0; i < o->nclaims; i++) {
    free(o->claims[i].id);
    free(o->claims[i].text);
    free(o->claims[i].norm);
  }
  free(o->params);
  free(o->claims);
  free(o->since);
  json_decref(o->availability);
  free(o->availability_raw);
  free(o->name);
  free(o->kind);
  free(o->section);
  free(o->signature);
}

void spec_free(spec *s)
{
  for (size_t i = 0; i < s->nobjects; i++)
    free_object(&s->objects[i]);
  for (size_t i = 0; i < s->nother; i++)
    free(s->other_norms[i]);
  free(s->objects);
  for (size_t i = 0; i < s->nall; i++)
    free(s->all_names[i]);
  free(s->other_norms);
  free(s->all_names);
  free(s->doc);
  memset(s, 0, sizeof *s);
}

const spec_object *spec_find(const spec *s, const char *name)
{
  size_t lo = 0, hi = s->nobjects;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (strcmp(s->objects[mid].name, name) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < s->nobjects && strcmp(s->objects[lo].name, name) == 0 ? &s->objects[lo] : NULL;
}

int spec_is_first(const spec *s, size_t index)
{
  return index == 0 || strcmp(s->objects[index - 1].name, s->objects[index].name) != 0;
}

static int cmp_name(const void *key, const void *item)
{
  return strcmp(key, *(char *const *)item);
}

int spec_documented_anywhere(const spec *s, const char *name)
{
  return bsearch(name, s->all_names, s->nall, sizeof *s->all_names, cmp_name) != NULL;
}
