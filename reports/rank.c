/* Which failures matter most (definition in reports/README.md): a failure
 * nobody has acknowledged before a known divergence; a callable (function,
 * class, method, exception) before a constant or attribute; a name that more
 * doc versions document (older, more relied upon) first; then a crash, a
 * missing documented name, a stub, a timeout, a wrong behaviour, a harness
 * error; then the more targets pass the same case, the more surely it is
 * this target's bug; then existence, behaviour, signature, value. One
 * failure per object, so one function's many cases do not fill the list. */
#include <stdlib.h>
#include <string.h>
#include "reporters.h"

struct ranked {
  const struct osc_case *c;
  int known, data, docs, severity, passed_elsewhere, kind;
};

static int severity(enum osc_verdict v)
{
  static const enum osc_verdict order[] = {
    OSC_CRASH, OSC_MISSING, OSC_STUB, OSC_TIMEOUT, OSC_FAIL, OSC_ERROR
  };
  for (size_t i = 0; i < sizeof order / sizeof *order; i++)
    if (order[i] == v)
      return (int)i;
  return (int)(sizeof order / sizeof *order);
}

static int kind_rank(const char *kind)
{
  static const char *const order[] = { "existence", "behaviour", "signature", "value" };
  for (size_t i = 0; i < sizeof order / sizeof *order; i++)
    if (strcmp(order[i], kind) == 0)
      return (int)i;
  return 4;
}

static int compare(const void *a, const void *b)
{
  const struct ranked *x = a, *y = b;
  if (x->known != y->known)
    return x->known - y->known;
  if (x->data != y->data)
    return x->data - y->data;
  if (x->docs != y->docs)
    return y->docs - x->docs;
  if (x->severity != y->severity)
    return x->severity - y->severity;
  if (x->passed_elsewhere != y->passed_elsewhere)
    return y->passed_elsewhere - x->passed_elsewhere;
  if (x->kind != y->kind)
    return x->kind - y->kind;
  return strcmp(x->c->id, y->c->id);
}

static int passed_elsewhere(const struct osc_model *m, const struct osc_target *t,
                            const char *id)
{
  int n = 0;
  for (size_t i = 0; i < m->ntargets; i++) {
    const struct osc_case *o = &m->targets[i] == t ? NULL : rpt_target_find(&m->targets[i], id);
    n += o && o->verdict == OSC_PASS;
  }
  return n;
}

static int is_data(const struct osc_model *m, const struct osc_case *c)
{
  const char *kind = c->row >= 0 ? m->objects[c->row].kind : "?";
  return strcmp(kind, "data") == 0 || strcmp(kind, "attribute") == 0;
}

static int documented_in(const struct osc_model *m, const struct osc_case *c)
{
  int n = 0;
  for (size_t d = 0; d < m->ndocs; d++)
    n += rpt_doc_has(&m->docs[d], c->object);
  return n;
}

size_t rpt_top_failures(const struct osc_model *m, const struct osc_target *t,
                        const struct osc_case **out, size_t max)
{
  struct ranked *all = malloc((t->ncases ? t->ncases : 1) * sizeof *all);
  size_t n = 0, kept = 0;
  for (size_t i = 0; i < t->ncases; i++) {
    const struct osc_case *c = &t->cases[i];
    if (c->verdict == OSC_PASS || !rpt_verdict_applicable(c->verdict))
      continue;
    all[n++] = (struct ranked){ c, c->known != NULL, is_data(m, c), documented_in(m, c),
                                severity(c->verdict), passed_elsewhere(m, t, c->id),
                                kind_rank(c->kind) };
  }
  qsort(all, n, sizeof *all, compare);
  for (size_t i = 0; i < n && kept < max; i++) {
    bool object_listed = false;
    for (size_t j = 0; j < kept; j++)
      object_listed |= strcmp(out[j]->object, all[i].c->object) == 0;
    if (!object_listed)
      out[kept++] = all[i].c;
  }
  free(all);
  return kept;
}
