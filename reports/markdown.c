/* summary.md: short enough for a pull-request comment, yet enough alone to
 * tell how compliant each target is and what its five most important
 * failures are. Details live in the other reports. */
#include <string.h>
#include <jansson.h>
#include "reporters.h"
#include "text.h"

enum { TOP = 5 };

static void code(FILE *out, const char *s, size_t max)
{
  fputc('`', out);
  size_t n = 0;
  for (; s && *s && n < max; s++, n++)
    fputc(*s == '`' || *s == '\n' ? '\'' : *s, out);
  fputs(s && *s ? "…`" : "`", out);
}

static void verdicts(FILE *out, const struct osc_target *t)
{
  if (t->not_run && !t->ncases) {
    fputs("not run: ", out);
    rpt_put_md(out, t->not_run, 120);
    return;
  }
  const char *sep = "";
  for (int v = 0; v < OSC_NVERDICTS; v++)
    if (t->counts[v]) {
      fprintf(out, "%s%s %d", sep, rpt_verdict_name(v), t->counts[v]);
      sep = " · ";
    }
  if (!*sep)
    fputs("not run: no outcome recorded", out);
  int doc_issues = 0, notes = 0;
  for (size_t i = 0; i < t->ncases; i++) {
    doc_issues += t->cases[i].doc_issue;
    notes += t->cases[i].platform_note;
  }
  if (doc_issues || notes)
    fprintf(out, " — in no score: %d documentation issues, %d platform notes", doc_issues, notes);
  if (t->unconfined)
    fputs(" · **unconfined** (--unconfined: cases could reach the whole machine)", out);
}

static void scores_table(FILE *out, const struct osc_model *m)
{
  char a[48], b[16], c[48];
  fputs("| target | implementation | cases | objects | claims | verdicts |\n"
        "|---|---|---|---|---|---|\n", out);
  for (size_t i = 0; i < m->ntargets; i++) {
    const struct osc_target *t = &m->targets[i];
    fputs("| ", out);
    rpt_put_md(out, t->label, 60);
    if (!t->finished)
      fprintf(out, " (interrupted: %zu of %d cases)", t->ncases, t->total);
    fputs(" | ", out);
    rpt_put_md(out, t->implementation, 30);
    fputc(' ', out);
    rpt_put_md(out, t->version, 30);
    fprintf(out, " | %s | %s | %s | ", rpt_fmt_ratio(a, t->all.cases),
            rpt_fmt_pct(b, t->all.object_mean), rpt_fmt_ratio(c, t->all.claims));
    verdicts(out, t);
    fputs(" |\n", out);
  }
}

/* The case score restricted to the names each doc version documents. */
static void by_doc_table(FILE *out, const struct osc_model *m)
{
  char pct[16];
  fputs("\nCase score on the names each doc version documents:\n\n| target |", out);
  for (size_t d = 0; d < m->ndocs; d++)
    fprintf(out, " %s |", m->docs[d].version);
  fputs("\n|---|", out);
  for (size_t d = 0; d < m->ndocs; d++)
    fputs("---|", out);
  for (size_t i = 0; i < m->ntargets; i++) {
    fputs("\n| ", out);
    rpt_put_md(out, m->targets[i].label, 60);
    fputs(" |", out);
    for (size_t d = 0; d < m->ndocs; d++)
      fprintf(out, " %s |", rpt_fmt_pct(pct, rpt_percent(m->targets[i].by_doc[d].cases)));
  }
  fputc('\n', out);
}

static void failures(FILE *out, const struct osc_model *m, const struct osc_target *t)
{
  const struct osc_case *top[TOP];
  size_t n = rpt_top_failures(m, t, top, TOP);
  fputs("\n**", out);
  rpt_put_md(out, t->label, 60);
  fputs(!t->ncases ? "**: not run.\n" : n ? "**: most important failures\n\n"
        : "**: no failures.\n", out);
  for (size_t i = 0; i < n; i++) {
    fprintf(out, "%zu. ", i + 1);
    code(out, top[i]->id, 80);
    fprintf(out, " %s", rpt_verdict_name(top[i]->verdict));
    if (top[i]->known) {
      fputs(" (known: ", out);
      rpt_put_md(out, top[i]->known, 60);
      fputc(')', out);
    }
    if (top[i]->reason) {
      fputs(": ", out);
      rpt_put_md(out, top[i]->reason, 120);
    }
    fputs(" — replay: ", out);
    code(out, top[i]->replay, 160);
    fputc('\n', out);
  }
}

/* Expectations (runner/expectations) the run found no longer true. */
static void stale(FILE *out, const struct osc_target *t)
{
  if (!t->nstale)
    return;
  json_t *list = json_loads(t->stale_expectations, 0, NULL);
  fprintf(out, "\n%zu stale expectation%s of **", t->nstale, t->nstale == 1 ? "" : "s");
  rpt_put_md(out, t->label, 60);
  fputs("** (they hide nothing now: remove or correct them):\n\n", out);
  size_t i;
  const json_t *e;
  json_array_foreach(list, i, e) {
    const json_t *now = json_object_get(e, "now");
    fputs("- ", out);
    rpt_put_md(out, json_string_value(json_object_get(e, "file")), 80);
    fprintf(out, ":%lld ", (long long)json_integer_value(json_object_get(e, "line")));
    code(out, json_string_value(json_object_get(e, "glob")), 80);
    fprintf(out, " %s: ", json_string_value(json_object_get(e, "verdict")));
    if (!json_is_object(now)) {
      fputs("matches no case of the run\n", out);
      continue;
    }
    code(out, json_string_value(json_object_get(now, "case")), 80);
    fprintf(out, " is %s", json_string_value(json_object_get(now, "verdict")));
    const char *reason = json_string_value(json_object_get(now, "reason"));
    if (reason && *reason) {
      fputs(": ", out);
      rpt_put_md(out, reason, 120);
    }
    fputc('\n', out);
  }
  json_decref(list);
}

/* Sentences CPython at the doc's version contradicts (doc_issues.c). */
static void doc_issues(FILE *out, const struct osc_model *m)
{
  if (!m->ndoc_issues)
    return;
  fprintf(out, "\n**Documentation issues** (%zu): what every CPython at the doc's version does otherwise"
          " than the doc says; no target is failed for doing the same.\n\n", m->ndoc_issues);
  for (size_t i = 0; i < m->ndoc_issues; i++) {
    const struct osc_doc_issue *d = &m->doc_issues[i];
    fprintf(out, "%zu. ", i + 1);
    code(out, d->object, 60);
    fprintf(out, " (%s, %s", d->kind, d->doc);
    if (d->claim)
      fprintf(out, ", %s", d->claim);
    fputs("): ", out);
    if (d->sentence) {
      fputs("“", out);
      rpt_put_md(out, d->sentence, 200);
      fputs("” — ", out);
    }
    rpt_put_md(out, d->c->reason, 160);
    fputs(" — seen on ", out);
    rpt_put_md(out, d->witnesses, 120);
    fputc('\n', out);
  }
}

static void elsewhere(FILE *out, const struct osc_model *m)
{
  const char *docs[64];
  size_t n = rpt_run_docs(m, docs, 64);
  char a[16], b[16];
  fprintf(out, "\nPlatform divergences: %zu probable documentation errors (divergence.md).",
          rpt_contradictions(m, NULL, 0));
  for (size_t i = 0; i < n; i++) {
    struct osc_coverage c = rpt_coverage_of(m, docs[i]);
    fprintf(out, " Spec coverage of %s: %s of claims checked, %s of objects with a"
            " behaviour case (coverage.md).", c.doc, rpt_fmt_pct(a, rpt_percent(c.claims)),
            rpt_fmt_pct(b, rpt_percent(c.objects)));
  }
  fputc('\n', out);
}

int rpt_report_markdown(const struct osc_model *m, FILE *out)
{
  fputs("## osconform: conformance of `os` to its documentation\n\n", out);
  if (!m->ntargets)
    fputs("No runs in the results.\n", out);
  else {
    scores_table(out, m);
    fputs("\ncases: applicable cases passed; objects: mean pass rate per documented"
          " object; claims: documented sentences whose cases all passed"
          " (definitions: reports/README.md).\n", out);
    by_doc_table(out, m);
    for (size_t i = 0; i < m->ntargets; i++) {
      failures(out, m, &m->targets[i]);
      stale(out, &m->targets[i]);
    }
    doc_issues(out, m);
    elsewhere(out, m);
  }
  return ferror(out) ? -1 : 0;
}
