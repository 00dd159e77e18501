/* Turns outcomes into matrix cells and scores (definitions: reports/README.md).
 * Three scores side by side, so that a function with many parameters (many
 * systematic cases) cannot outweigh the rest: per case, per object (each
 * object weighs the same) and per claim (each documented sentence). */
#include <stdlib.h>
#include <string.h>
#include "model.h"

struct tally { int passed, applicable, cases; bool missing; };

static int by_name(const void *a, const void *b)
{
  return strcmp(((const struct osc_object *)a)->name, ((const struct osc_object *)b)->name);
}

/* Names seen in outcomes but documented nowhere still get a row. */
static void add_undocumented_rows(struct osc_model *m)
{
  size_t cap = m->nobjects, documented = m->nobjects;
  for (size_t t = 0; t < m->ntargets; t++)
    for (size_t i = 0; i < m->targets[t].ncases; i++) {
      struct osc_object row = { m->targets[t].cases[i].object, "?", "", NULL, false };
      if (documented && bsearch(&row, m->objects, documented, sizeof *m->objects, by_name))
        continue;
      m->objects = rpt_grow(m->arena, m->objects, &cap, m->nobjects, sizeof *m->objects);
      m->objects[m->nobjects++] = row;
    }
  if (!m->nobjects)
    return;
  qsort(m->objects, m->nobjects, sizeof *m->objects, by_name);
  size_t kept = 0;
  for (size_t i = 0; i < m->nobjects; i++)
    if (!kept || strcmp(m->objects[kept - 1].name, m->objects[i].name) != 0)
      m->objects[kept++] = m->objects[i];
  m->nobjects = kept;
}

static struct tally *tally_rows(const struct osc_model *m, struct osc_target *t)
{
  struct tally *rows = calloc(m->nobjects ? m->nobjects : 1, sizeof *rows);
  for (size_t i = 0; i < t->ncases; i++) {
    struct osc_case *c = &t->cases[i];
    c->row = rpt_model_row(m, c->object);
    struct tally *r = &rows[c->row];
    r->cases++;
    r->applicable += rpt_case_applicable(c);
    r->passed += c->verdict == OSC_PASS;
    r->missing |= c->verdict == OSC_MISSING && rpt_case_applicable(c) && strcmp(c->kind, "existence") == 0;
  }
  return rows;
}

static enum osc_status status_of(const struct tally *r)
{
  if (r->missing)
    return OSC_ST_MISSING;
  if (!r->cases)
    return OSC_ST_UNTESTED;
  if (!r->applicable)
    return OSC_ST_NA;
  if (r->passed == r->applicable)
    return OSC_ST_PASS;
  return r->passed ? OSC_ST_PARTIAL : OSC_ST_FAIL;
}

static int by_claim(const void *a, const void *b)
{
  const struct osc_case *x = *(const struct osc_case *const *)a;
  const struct osc_case *y = *(const struct osc_case *const *)b;
  return strcmp(x->claim, y->claim);
}

/* A claim holds when every applicable case citing it passed. */
static struct osc_ratio claim_ratio(const struct osc_target *t, const struct osc_doc *subset)
{
  const struct osc_case **cited = malloc((t->ncases ? t->ncases : 1) * sizeof *cited);
  size_t n = 0;
  for (size_t i = 0; i < t->ncases; i++) {
    const struct osc_case *c = &t->cases[i];
    if (c->claim && rpt_case_applicable(c)
        && (!subset || rpt_doc_has(subset, c->object)))
      cited[n++] = c;
  }
  qsort(cited, n, sizeof *cited, by_claim);
  struct osc_ratio r = { 0, 0 };
  for (size_t i = 0; i < n;) {
    bool holds = true;
    size_t j = i;
    for (; j < n && strcmp(cited[j]->claim, cited[i]->claim) == 0; j++)
      holds &= cited[j]->verdict == OSC_PASS;
    r.applicable++;
    r.passed += holds;
    i = j;
  }
  free(cited);
  return r;
}

static void score(const struct osc_model *m, const struct osc_target *t,
                  const struct tally *rows, const struct osc_doc *subset,
                  struct osc_scores *s)
{
  double sum = 0;
  for (size_t i = 0; i < m->nobjects; i++) {
    const struct tally *r = &rows[i];
    if (subset ? !rpt_doc_has(subset, m->objects[i].name) : !m->objects[i].documented)
      continue;
    s->status[t->cells[i]]++;
    s->cases.applicable += r->applicable;
    s->cases.passed += r->passed;
    if (r->applicable) {
      s->objects++;
      sum += (double)r->passed / r->applicable;
    }
  }
  /* Names of an older doc that the run's doc no longer has: never tested. */
  for (size_t i = 0; subset && i < subset->nnames; i++)
    s->status[OSC_ST_UNTESTED] += rpt_model_row(m, subset->names[i]) < 0;
  s->object_mean = s->objects ? 100.0 * sum / s->objects : -1;
  s->claims = claim_ratio(t, subset);
}

/* Groups the cases by row (a counting sort: ids stay in order within a row)
 * and finds each row's existence case. */
static void index_rows(struct osc_model *m, struct osc_target *t, const struct tally *rows)
{
  size_t n = m->nobjects;
  t->row_start = rpt_alloc(m->arena, (n + 1) * sizeof *t->row_start);
  for (size_t r = 0; r < n; r++)
    t->row_start[r + 1] = t->row_start[r] + (size_t)rows[r].cases;
  size_t *next = calloc(n ? n : 1, sizeof *next);
  t->by_row = rpt_alloc(m->arena, (t->ncases ? t->ncases : 1) * sizeof *t->by_row);
  t->existence = rpt_alloc(m->arena, (n ? n : 1) * sizeof *t->existence);
  for (size_t i = 0; i < t->ncases; i++) {
    const struct osc_case *c = &t->cases[i];
    t->by_row[t->row_start[c->row] + next[c->row]++] = c;
    if (!t->existence[c->row] && strcmp(c->kind, "existence") == 0)
      t->existence[c->row] = c;
  }
  free(next);
}

static void finish_target(struct osc_model *m, struct osc_target *t)
{
  struct tally *rows = tally_rows(m, t);
  index_rows(m, t, rows);
  t->cells = rpt_alloc(m->arena, (m->nobjects ? m->nobjects : 1) * sizeof *t->cells);
  for (size_t i = 0; i < m->nobjects; i++)
    t->cells[i] = status_of(&rows[i]);
  score(m, t, rows, NULL, &t->all);
  /* Cases about undocumented names still count in the overall case score. */
  for (size_t i = 0; i < m->nobjects; i++)
    if (!m->objects[i].documented) {
      t->all.cases.applicable += rows[i].applicable;
      t->all.cases.passed += rows[i].passed;
    }
  t->by_doc = rpt_alloc(m->arena, (m->ndocs ? m->ndocs : 1) * sizeof *t->by_doc);
  for (size_t d = 0; d < m->ndocs; d++)
    score(m, t, rows, &m->docs[d], &t->by_doc[d]);
  free(rows);
}

void rpt_model_finish(struct osc_model *m)
{
  rpt_model_find_doc_issues(m);
  add_undocumented_rows(m);
  for (size_t t = 0; t < m->ntargets; t++)
    finish_target(m, &m->targets[t]);
}
