/* Which failures matter most (definition in reports/README.md): a failure
 * nobody has acknowledged before a known divergence; a crash or a hang;
 * what CPython on the target's platform (Pyodide on Emscripten) at its
 * Python version or newer gets right before what it gets wrong too; a behaviour before an absence, a signature, a value; a callable
 * (function, class, method, exception) before a constant or attribute; a
 * name that more doc versions document (older, more relied upon) first;
 * then a crash, a missing documented name, a stub, a timeout, a wrong
 * behaviour, a harness error; then the more targets pass the same case, the
 * more surely it is this target's bug. Version gaps (NOTYET), platform
 * notes, missing helpers and documentation issues count in no list. One
 * failure per object, so one function's many cases do not fill the list. */
#include <stdlib.h>
#include <string.h>
#include "reporters.h"
#include "../runner/version.h"

struct ranked {
  const struct osc_case *c;
  int known, crash, cpython_passes, kind, data, docs, severity, passed_elsewhere;
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

/* An absent name ranks as the absence it is, whatever case found it. */
static int kind_rank(const struct osc_case *c)
{
  const char *kind = c->verdict == OSC_MISSING ? "existence" : c->kind;
  static const char *const order[] = { "behaviour", "existence", "signature", "value" };
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
  if (x->crash != y->crash)
    return y->crash - x->crash;
  if (x->cpython_passes != y->cpython_passes)
    return y->cpython_passes - x->cpython_passes;
  if (x->kind != y->kind)
    return x->kind - y->kind;
  if (x->data != y->data)
    return x->data - y->data;
  if (x->docs != y->docs)
    return y->docs - x->docs;
  if (x->severity != y->severity)
    return x->severity - y->severity;
  if (x->passed_elsewhere != y->passed_elsewhere)
    return y->passed_elsewhere - x->passed_elsewhere;
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

/* CPython, Pyodide included (CPython built for Emscripten), on the same
 * platform as t: what it gets right there, t can. */
static bool cpython_beside(const struct osc_target *o, const struct osc_target *t)
{
  bool cpython = strcmp(o->implementation, "cpython") == 0 || strcmp(o->implementation, "pyodide") == 0;
  return cpython && o != t && (!t->sys_platform || (o->sys_platform && strcmp(o->sys_platform, t->sys_platform) == 0));
}

/* A CPython on t's platform that implements t's Python version or a newer
 * one passes the case: then it is surely t's to fix. */
static int cpython_passes(const struct osc_model *m, const struct osc_target *t, const char *id)
{
  for (size_t i = 0; i < m->ntargets; i++) {
    const struct osc_target *o = &m->targets[i];
    int cmp = 0;
    if (!cpython_beside(o, t) ||
        (t->language_version && (!o->language_version ||
                                 !osc_version_compare(o->language_version, t->language_version, &cmp) || cmp < 0)))
      continue;
    const struct osc_case *c = rpt_target_find(o, id);
    if (c && c->verdict == OSC_PASS)
      return 1;
  }
  return 0;
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
    if (c->verdict == OSC_PASS || c->verdict == OSC_XFAIL || !rpt_case_applicable(c))
      continue;  /* an expected failure is listed, with its reason, in the expectations */
    all[n++] = (struct ranked){ c, c->known != NULL, c->verdict == OSC_CRASH || c->verdict == OSC_TIMEOUT,
                                cpython_passes(m, t, c->id), kind_rank(c),
                                is_data(m, c), documented_in(m, c), severity(c->verdict),
                                passed_elsewhere(m, t, c->id) };
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
