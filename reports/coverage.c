/* coverage.md: how much of the spec the cases reach (claims cited by a case,
 * objects with a behaviour case), per doc that ran, and a link to lcov's
 * line coverage of the reference. A case counts as reaching its claim
 * whatever its verdict: coverage asks what is checked, not what passes. */
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

/* Every claim ID cited by a case of a run of this doc, sorted. */
static const char **cited_claims(const struct osc_model *m, const char *doc, size_t *n)
{
  size_t total = 0;
  for (size_t t = 0; t < m->ntargets; t++)
    total += m->targets[t].ncases;
  const char **ids = malloc((total ? total : 1) * sizeof *ids);
  *n = 0;
  for (size_t t = 0; t < m->ntargets; t++)
    for (size_t i = 0; i < m->targets[t].ncases; i++)
      if (strcmp(m->targets[t].doc, doc) == 0 && m->targets[t].cases[i].claim)
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
  fputs("# osconform: spec coverage\n\n| doc | claims checked by a case |"
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
    if (d)
      untested_objects(out, m, d);
    unchecked_claims(out, m, docs[i]);
  }
  return ferror(out) ? -1 : 0;
}
