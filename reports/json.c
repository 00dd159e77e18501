/* results.json: everything the other reports show, for machines. Its shape
 * is reports/schema/results.schema.json; bump RESULTS_SCHEMA with it. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include "reporters.h"

#define RESULTS_SCHEMA "osconform-results/2"

static json_t *str_or_null(const char *s)
{
  return s ? json_string(s) : json_null();
}

/* Stored JSON (expected, observed, platform) is embedded as JSON; text
 * that does not parse is kept as a string rather than dropped. */
static json_t *embedded(const char *s)
{
  if (!s)
    return json_null();
  json_t *v = json_loads(s, JSON_DECODE_ANY, NULL);
  return v ? v : json_string(s);
}

static json_t *percent(double p)
{
  return p < 0 ? json_null() : json_real(p);
}

static json_t *ratio(struct osc_ratio r)
{
  return json_pack("{s:i, s:i, s:o}", "passed", r.passed, "applicable", r.applicable,
                   "percent", percent(rpt_percent(r)));
}

static json_t *scores(const struct osc_scores *s)
{
  json_t *status = json_object();
  for (int i = 0; i < OSC_NSTATUS; i++)
    json_object_set_new(status, rpt_status_name(i), json_integer(s->status[i]));
  return json_pack("{s:o, s:o, s:{s:i, s:o, s:o}}",
                   "cases", ratio(s->cases), "claims", ratio(s->claims),
                   "objects", "applicable", s->objects, "mean_percent",
                   percent(s->object_mean), "status", status);
}

static json_t *one_case(const struct osc_case *c)
{
  return json_pack("{s:s, s:s, s:s, s:s, s:b, s:b, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
                   "id", c->id, "object", c->object, "kind", c->kind,
                   "verdict", rpt_verdict_name(c->verdict), "doc_issue", c->doc_issue,
                   "platform_note", c->platform_note,
                   "expected", embedded(c->expected), "observed", embedded(c->observed),
                   "claim", str_or_null(c->claim), "reason", str_or_null(c->reason),
                   "known", str_or_null(c->known),
                   "us", c->us < 0 ? json_null() : json_integer(c->us),
                   "replay", str_or_null(c->replay));
}

/* The target's failures, most important first (rank.c), as case ids. */
static json_t *important(const struct osc_model *m, const struct osc_target *t)
{
  const struct osc_case **top = malloc((t->ncases ? t->ncases : 1) * sizeof *top);
  size_t n = rpt_top_failures(m, t, top, t->ncases);
  json_t *ids = json_array();
  for (size_t i = 0; i < n; i++)
    json_array_append_new(ids, json_string(top[i]->id));
  free(top);
  return ids;
}

static json_t *doc_issues(const struct osc_model *m)
{
  json_t *list = json_array();
  for (size_t i = 0; i < m->ndoc_issues; i++) {
    const struct osc_doc_issue *d = &m->doc_issues[i];
    json_t *witnesses = json_array();
    for (const char *p = d->witnesses; *p;) {
      size_t n = strcspn(p, " ");
      json_array_append_new(witnesses, json_stringn(p, n));
      p += n + (p[n] == ' ');
    }
    json_array_append_new(list, json_pack("{s:s, s:s, s:o, s:o, s:s, s:s, s:o, s:o, s:o, s:o}",
        "object", d->object, "doc", d->doc, "claim", str_or_null(d->claim),
        "sentence", str_or_null(d->sentence), "kind", d->kind, "case", d->c->id,
        "expected", embedded(d->c->expected), "observed", embedded(d->c->observed),
        "reason", str_or_null(d->c->reason), "witnesses", witnesses));
  }
  return list;
}

static json_t *target(const struct osc_model *m, const struct osc_target *t)
{
  json_t *counts = json_object(), *cases = json_array(), *by_doc = json_array();
  for (int v = 0; v < OSC_NVERDICTS; v++)
    json_object_set_new(counts, rpt_verdict_name(v), json_integer(t->counts[v]));
  for (size_t i = 0; i < t->ncases; i++)
    json_array_append_new(cases, one_case(&t->cases[i]));
  for (size_t d = 0; d < m->ndocs; d++)
    json_array_append_new(by_doc, json_pack("{s:s, s:o}", "doc", m->docs[d].version,
                                            "scores", scores(&t->by_doc[d])));
  int ndoc_issues = 0;
  for (size_t i = 0; i < t->ncases; i++)
    ndoc_issues += t->cases[i].doc_issue;
  json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:s, s:s, s:s, s:o, s:o, s:i, s:o, s:i, s:o, s:o, s:o}",
                   "name", t->label, "target", t->target,
                   "implementation", t->implementation, "version", t->version,
                   "language_version", str_or_null(t->language_version),
                   "platform", embedded(t->platform), "host", t->host, "doc", t->doc,
                   "started", t->started, "finished", str_or_null(t->finished),
                   "not_run", str_or_null(t->not_run),
                   "total", t->total, "counts", counts, "doc_issue_cases", ndoc_issues,
                   "scores", scores(&t->all),
                   "by_doc", by_doc, "cases", cases);
  json_object_set_new(o, "important", important(m, t));
  json_t *stale = t->stale_expectations ? json_loads(t->stale_expectations, 0, NULL) : NULL;
  json_object_set_new(o, "stale_expectations", stale ? stale : json_array());
  return o;
}

static json_t *coverage(const struct osc_model *m)
{
  const char *docs[64];
  size_t n = rpt_run_docs(m, docs, 64);
  json_t *all = json_array();
  for (size_t i = 0; i < n; i++) {
    struct osc_coverage c = rpt_coverage_of(m, docs[i]);
    json_array_append_new(all, json_pack("{s:s, s:o, s:o}", "doc", c.doc,
                                         "claims_checked", ratio(c.claims),
                                         "objects_with_behaviour_case", ratio(c.objects)));
  }
  return all;
}

static json_t *contradictions(const struct osc_model *m)
{
  size_t n;
  struct rpt_contradiction *all = rpt_contradictions_all(m, &n);
  json_t *list = json_array();
  for (size_t i = 0; i < n; i++)
    json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}",
        "object", all[i].claim->object, "doc", all[i].claim->doc, "claim", all[i].claim->raw,
        "target", all[i].target->label, "predicted", rpt_presence_name(all[i].e.predicted),
        "observed", rpt_presence_name(all[i].e.observed)));
  free(all);
  return list;
}

int rpt_report_json(const struct osc_model *m, FILE *out)
{
  json_t *docs = json_array(), *targets = json_array();
  for (size_t d = 0; d < m->ndocs; d++)
    json_array_append_new(docs, json_pack("{s:s, s:s, s:s}", "version", m->docs[d].version,
                                          "source", m->docs[d].source,
                                          "sha256", m->docs[d].sha256));
  for (size_t t = 0; t < m->ntargets; t++)
    json_array_append_new(targets, target(m, &m->targets[t]));
  json_t *root = json_pack("{s:s, s:o, s:o, s:o, s:o, s:{s:o}}", "schema", RESULTS_SCHEMA,
                           "spec", docs, "targets", targets, "doc_issues", doc_issues(m),
                           "coverage", coverage(m), "divergence", "contradicted", contradictions(m));
  int rc = json_dumpf(root, out, JSON_INDENT(1) | JSON_ENSURE_ASCII) == 0 && fputc('\n', out) != EOF;
  json_decref(root);
  return rc ? 0 : -1;
}
