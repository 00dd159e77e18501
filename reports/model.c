/* The model's life and its lookups. */
#include <stdlib.h>
#include <string.h>
#include "model.h"

struct osc_model *rpt_model_new(void)
{
  struct osc_arena *a = rpt_arena_new();
  struct osc_model *m = rpt_alloc(a, sizeof *m);
  m->arena = a;
  return m;
}

void rpt_model_free(struct osc_model *m)
{
  if (m)
    rpt_arena_free(m->arena);
}

static int by_id(const void *key, const void *item)
{
  return strcmp(key, ((const struct osc_case *)item)->id);
}

const struct osc_case *rpt_target_find(const struct osc_target *t, const char *case_id)
{
  if (!t->ncases)
    return NULL;
  return bsearch(case_id, t->cases, t->ncases, sizeof *t->cases, by_id);
}

static int by_name(const void *key, const void *item)
{
  return strcmp(key, ((const struct osc_object *)item)->name);
}

int rpt_model_row(const struct osc_model *m, const char *name)
{
  if (!m->nobjects)
    return -1;
  const struct osc_object *o = bsearch(name, m->objects, m->nobjects, sizeof *o, by_name);
  return o ? (int)(o - m->objects) : -1;
}

static int by_string(const void *key, const void *item)
{
  return strcmp(key, *(const char *const *)item);
}

bool rpt_doc_has(const struct osc_doc *d, const char *name)
{
  return d->nnames && bsearch(name, d->names, d->nnames, sizeof *d->names, by_string);
}

double rpt_percent(struct osc_ratio r)
{
  return r.applicable ? 100.0 * r.passed / r.applicable : -1;
}
