/* coverage.md: how much of the spec the cases reach (claims checked by a
 * case, objects with a behaviour case), per doc that ran and per section,
 * and a link to lcov's line coverage of the reference. A claim is checked
 * by a behaviour case that cites it and expects something: more than
 * "anything but a crash" (a speculative case, or one whose every
 * expectation is {"any": true} and which has no check, reaches the claim
 * but checks nothing). A case counts whatever its verdict: coverage asks
 * what is checked, not what passes. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include "reporters.h"
#include "text.h"

size_t rpt_run_docs(const struct osc_model *m, const char **docs, size_t max)
{
  size_t n = 0;
  for (size_t t = 0; t < m->ntargets; t++) {
    bool seen = false;
    for (size_t i = 0; i < n; i++)
      seen |= strcmp(docs[i], m->targets[t].doc) == 0;
    if (!seen && n < max)
      docs[n++] = m->targets[t].doc;
  }
  return n;
}

static int by_string(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Whether the expectation a run recorded for the case (outcomes.expected)
 * asks more than that the steps complete: an expectation other than
 * {"any": true}, a check, or the reference's outcome to compare with. */
static bool expects_something(const char *expected)
{
  json_t *e = expected ? json_loads(expected, 0, NULL) : NULL;
  bool real = json_object_get(e, "reference") || json_array_size(json_object_get(e, "check"));
  size_t i;
  json_t *x, *expect = json_is_array(e) ? e : json_object_get(e, "expect");  /* older runs: the list alone */
  json_array_foreach(expect, i, x)
    real |= !(json_object_size(x) == 1 && json_is_true(json_object_get(x, "any")));
  json_decref(e);
  return real;
}

static bool checks_its_claim(const struct osc_case *c)
{
  return c->claim && strcmp(c->kind, "behaviour") == 0 && expects_something(c->expected);
}

/* Every claim ID checked by a case of a run of this doc, sorted. */
static const char **cited_claims(const struct osc_model *m, const char *doc, size_t *n)
{
  size_t total = 0;
  for (size_t t = 0; t < m->ntargets; t++)
    total += m->targets[t].ncases;
  const char **ids = malloc((total ? total : 1) * sizeof *ids);
  *n = 0;
  for (size_t t = 0; t < m->ntargets; t++)
    for (size_t i = 0; i < m->targets[t].ncases; i++)
      if (strcmp(m->targets[t].doc, doc) == 0 && checks_its_claim(&m->targets[t].cases[i]))
        ids[(*n)++] = m->targets[t].cases[i].claim;
  qsort(ids, *n, sizeof *ids, by_string);
  return ids;
}

static bool has_behaviour_case(const struct osc_model *m, const char *doc, int row)
{
  for (size_t t = 0; t < m->ntargets; t++) {
    const struct osc_target *tg = &m->targets[t];
    if (row < 0 || strcmp(tg->doc, doc) != 0)
      continue;
    for (size_t i = tg->row_start[row]; i < tg->row_start[row + 1]; i++)
      if (strcmp(tg->by_row[i]->kind, "behaviour") == 0)
        return true;
  }
  return false;
}

static const struct osc_doc *doc_named(const struct osc_model *m, const char *version)
{
  for (size_t d = 0; d < m->ndocs; d++)
    if (strcmp(m->docs[d].version, version) == 0)
      return &m->docs[d];
  return NULL;
}

struct osc_coverage rpt_coverage_of(const struct osc_model *m, const char *doc)
{
  struct osc_coverage c = { doc, { 0, 0 }, { 0, 0 } };
  size_t n;
  const char **cited = cited_claims(m, doc, &n);
  for (size_t i = 0; i < m->nclaims; i++)
    if (strcmp(m->claims[i].doc, doc) == 0) {
      c.claims.applicable++;
      c.claims.passed += n && bsearch(&m->claims[i].id, cited, n, sizeof *cited, by_string);
    }
  free(cited);
  const struct osc_doc *d = doc_named(m, doc);
  for (size_t i = 0; d && i < d->nnames; i++) {
    c.objects.applicable++;
    c.objects.passed += has_behaviour_case(m, doc, rpt_model_row(m, d->names[i]));
  }
  return c;
}

static const char *section_of(const struct osc_model *m, const char *object)
{
  int row = rpt_model_row(m, object);
  return row >= 0 && m->objects[row].section ? m->objects[row].section : "(no section)";
}

/* Claims of the doc per section of their object, and how many are checked.
 * A sentence documented for several objects counts once per section. */
static void by_section(FILE *out, const struct osc_model *m, const char *doc)
{
  size_t n, nsec = 0;
  const char **cited = cited_claims(m, doc, &n);
  struct { const char *section; struct osc_ratio r; } *secs = calloc(m->nclaims + 1, sizeof *secs);
  const char **seen = calloc(m->nclaims + 1, 2 * sizeof *seen);  /* (claim, section) pairs counted */
  size_t nseen = 0;
  for (size_t i = 0; secs && seen && i < m->nclaims; i++) {
    const struct osc_claim *c = &m->claims[i];
    if (strcmp(c->doc, doc) != 0)
      continue;
    const char *sec = section_of(m, c->object);
    bool dup = false;
    for (size_t k = 0; k < nseen && !dup; k++)
      dup = strcmp(seen[2 * k], c->id) == 0 && strcmp(seen[2 * k + 1], sec) == 0;
    if (dup)
      continue;
    seen[2 * nseen] = c->id, seen[2 * nseen + 1] = sec, nseen++;
    size_t s = 0;
    while (s < nsec && strcmp(secs[s].section, sec) != 0)
      s++;
    if (s == nsec)
      secs[nsec++].section = sec;
    secs[s].r.applicable++;
    secs[s].r.passed += n && bsearch(&c->id, cited, n, sizeof *cited, by_string);
  }
  fprintf(out, "\n## Claims of %s checked, per section\n\nA sentence documented for several objects of a"
          " section counts once.\n\n| section | claims checked by a case |\n|---|---|\n", doc);
  char a[48];
  for (size_t s = 0; s < nsec; s++) {
    fputs("| ", out);
    rpt_put_md(out, secs[s].section, 80);
    fprintf(out, " | %s |\n", rpt_fmt_ratio(a, secs[s].r));
  }
  free(secs);
  free(seen);
  free(cited);
}

static void untested_objects(FILE *out, const struct osc_model *m, const struct osc_doc *d)
{
  fprintf(out, "\n## Objects of %s with no behaviour case\n\n", d->version);
  size_t n = 0;
  for (size_t i = 0; i < d->nnames; i++)
    if (!has_behaviour_case(m, d->version, rpt_model_row(m, d->names[i]))) {
      fputs(n++ ? ", " : "", out);
      rpt_put_md(out, d->names[i], 80);
    }
  fputs(n ? "\n" : "None.\n", out);
}

static void unchecked_claims(FILE *out, const struct osc_model *m, const char *doc)
{
  size_t n;
  const char **cited = cited_claims(m, doc, &n);
  fprintf(out, "\n## Claims of %s that no case checks\n\n| object | claim | sentence |\n"
          "|---|---|---|\n", doc);
  for (size_t i = 0; i < m->nclaims; i++) {
    const struct osc_claim *c = &m->claims[i];
    if (strcmp(c->doc, doc) != 0 || (n && bsearch(&c->id, cited, n, sizeof *cited, by_string)))
      continue;
    fputs("| ", out);
    rpt_put_md(out, c->object, 80);
    fprintf(out, " | %s | ", c->id);
    rpt_put_md(out, c->text, 160);
    fputs(" |\n", out);
  }
  free(cited);
}

int rpt_report_coverage(const struct osc_model *m, FILE *out)
{
  const char *docs[64];
  size_t n = rpt_run_docs(m, docs, 64);
  char a[48], b[48];
  fputs("# osconform: spec coverage\n\n| doc | claims checked by a case (that expects more than completing) |"
        " documented objects with a behaviour case |\n|---|---|---|\n", out);
  for (size_t i = 0; i < n; i++) {
    struct osc_coverage c = rpt_coverage_of(m, docs[i]);
    fprintf(out, "| %s | %s | %s |\n", c.doc, rpt_fmt_ratio(a, c.claims),
            rpt_fmt_ratio(b, c.objects));
  }
  if (m->coverage_link)
    fprintf(out, "\nLine coverage of the reference: [lcov report](%s)\n", m->coverage_link);
  else
    fputs("\nLine coverage of the reference: not measured (run `make coverage`).\n", out);
  for (size_t i = 0; i < n; i++) {
    const struct osc_doc *d = doc_named(m, docs[i]);
    by_section(out, m, docs[i]);
    if (d)
      untested_objects(out, m, d);
    unchecked_claims(out, m, docs[i]);
  }
  return ferror(out) ? -1 : 0;
}
