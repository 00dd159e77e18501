/* divergence.md: for every availability claim of the docs that ran, what it
 * predicts on each target's platform and what the target really has; the
 * claims that observation contradicts; and what the speculative cases saw. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include "reporters.h"
#include "text.h"

const char *rpt_presence_name(enum osc_presence p)
{
  return p == OSC_PRESENT ? "present" : p == OSC_ABSENT ? "absent" : "unknown";
}

/* The runner's existence verdicts encode both halves: MISSING is "expected
 * here, absent", UNEXPECTED "not expected, present", and so on. */
struct osc_existence rpt_existence_of(const struct osc_target *t, int row)
{
  struct osc_existence e = { OSC_PRESENCE_UNKNOWN, OSC_PRESENCE_UNKNOWN, NULL };
  if (row < 0 || !(e.c = t->existence[row]))
    return e;
  switch (e.c->verdict) {
  case OSC_PASS: e.predicted = OSC_PRESENT; e.observed = OSC_PRESENT; break;
  case OSC_MISSING: e.predicted = OSC_PRESENT; e.observed = OSC_ABSENT; break;
  case OSC_UNEXPECTED: e.predicted = OSC_ABSENT; e.observed = OSC_PRESENT; break;
  case OSC_UNSUPPORTED: e.predicted = OSC_ABSENT; e.observed = OSC_ABSENT; break;
  default: break;
  }
  return e;
}

/* An availability claim CPython at the doc's version contradicts: it has
 * the name where the claim says it cannot be, or lacks it where the claim
 * names this very platform and the reference lacks it too (doc_issues.c).
 * Another implementation's extra names are extensions, its missing ones its
 * own gaps, and an older CPython's a version gap: none is about the doc. */
bool rpt_contradicts(const struct osc_target *t, struct osc_existence e)
{
  if (!rpt_witnesses_the_doc(t))
    return false;
  if (e.predicted == OSC_ABSENT && e.observed == OSC_PRESENT)
    return true;
  return e.predicted == OSC_PRESENT && e.observed == OSC_ABSENT && e.c && e.c->doc_issue;
}
static bool runs_doc(const struct osc_target *t, const struct osc_avail *a)
{
  return strcmp(t->doc, a->doc) == 0;
}

size_t rpt_contradictions(const struct osc_model *m, struct rpt_contradiction *out, size_t max)
{
  size_t n = 0;
  for (size_t a = 0; a < m->navails; a++)
    for (size_t t = 0; t < m->ntargets; t++) {
      const struct osc_target *tg = &m->targets[t];
      struct osc_existence e = rpt_existence_of(tg, rpt_model_row(m, m->avails[a].object));
      if (!runs_doc(tg, &m->avails[a]) || !rpt_contradicts(tg, e))
        continue;
      if (n < max)
        out[n] = (struct rpt_contradiction){ &m->avails[a], tg, e };
      n++;
    }
  return n;
}

struct rpt_contradiction *rpt_contradictions_all(const struct osc_model *m, size_t *n)
{
  *n = rpt_contradictions(m, NULL, 0);
  struct rpt_contradiction *all = malloc((*n ? *n : 1) * sizeof *all);
  rpt_contradictions(m, all, *n);
  return all;
}

static void facts(FILE *out, const char *platform)
{
  json_t *p = json_loads(platform ? platform : "", 0, NULL);
  if (!json_is_object(p)) {
    rpt_put_md(out, platform, 200);
    json_decref(p);
    return;
  }
  const char *key;
  json_t *v;
  const char *sep = "";
  json_object_foreach(p, key, v) {
    char *text = json_dumps(v, JSON_ENCODE_ANY);
    fprintf(out, "%s%s=", sep, key);
    rpt_put_md(out, json_is_string(v) ? json_string_value(v) : text, 60);
    free(text);
    sep = ", ";
  }
  json_decref(p);
}

static void platforms(FILE *out, const struct osc_model *m)
{
  fputs("## Targets and their platform facts\n\n| target | implementation | doc | facts |\n"
        "|---|---|---|---|\n", out);
  for (size_t t = 0; t < m->ntargets; t++) {
    const struct osc_target *tg = &m->targets[t];
    fputs("| ", out);
    rpt_put_md(out, tg->label, 80);
    fputs(" | ", out);
    rpt_put_md(out, tg->implementation, 40);
    fputc(' ', out);
    rpt_put_md(out, tg->version, 40);
    fprintf(out, " | %s | ", tg->doc);
    facts(out, tg->platform);
    fputs(" |\n", out);
  }
}

static void contradicted(FILE *out, const struct osc_model *m)
{
  size_t n;
  struct rpt_contradiction *all = rpt_contradictions_all(m, &n);
  fprintf(out, "\n## Probable documentation errors (%zu)\n\n", n);
  fputs("A claim is listed when CPython at the doc's own version shows the name where\n"
        "the claim says it is absent, or lacks it where the claim names this platform\n"
        "and the reference lacks it too. Other implementations' extra names are\n"
        "extensions, their missing ones their own gaps, an older CPython's a version gap.\n\n"
        "| object | claim | target | documented | found |\n|---|---|---|---|---|\n", out);
  for (size_t i = 0; i < n; i++) {
    fprintf(out, "| %s | ", all[i].claim->object);
    rpt_put_md(out, all[i].claim->raw, 100);
    fputs(" | ", out);
    rpt_put_md(out, all[i].target->label, 60);
    fprintf(out, " | %s | %s |\n", rpt_presence_name(all[i].e.predicted),
            rpt_presence_name(all[i].e.observed));
  }
  free(all);
}

static const char *cell(struct osc_existence e)
{
  if (!e.c)
    return "no case";
  switch (e.c->verdict) {
  case OSC_PASS: return "present, as predicted";
  case OSC_MISSING: return "**absent**, predicted present";
  case OSC_UNEXPECTED: return "**present**, predicted absent";
  case OSC_UNSUPPORTED: return "absent, as predicted";
  case OSC_SKIP: return "unknown (facts missing)";
  default: return rpt_verdict_name(e.c->verdict);
  }
}

static void claims(FILE *out, const struct osc_model *m)
{
  fprintf(out, "\n## Availability claims (%zu)\n\n", m->navails);
  rpt_md_targets_header(out, m, "object | doc | claim", 3);
  for (size_t a = 0; a < m->navails; a++) {
    const struct osc_avail *av = &m->avails[a];
    fprintf(out, "| %s | %s | ", av->object, av->doc);
    rpt_put_md(out, av->raw, 100);
    fputs(" |", out);
    for (size_t t = 0; t < m->ntargets; t++)
      fprintf(out, " %s |", !runs_doc(&m->targets[t], av) ? "—"
              : !m->targets[t].ncases ? "not run"
              : cell(rpt_existence_of(&m->targets[t], rpt_model_row(m, av->object))));
    fputc('\n', out);
  }
}

/* An observation without its timing and id, so equal behaviour compares equal. */
static char *behaviour(const char *observed)
{
  json_t *v = json_loads(observed ? observed : "null", JSON_DECODE_ANY, NULL);
  if (json_is_object(v)) {
    json_object_del(v, "us");
    json_object_del(v, "id");
  }
  char *s = v ? json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY)
              : strdup(observed ? observed : "null");
  json_decref(v);
  return s;
}

static void speculative_case(FILE *out, const struct osc_model *m, const struct osc_case *c)
{
  fputs("| ", out);
  rpt_put_md(out, c->id, 80);
  fputs(" |", out);
  for (size_t t = 0; t < m->ntargets; t++) {
    const struct osc_case *o = rpt_target_find(&m->targets[t], c->id);
    char *seen = o && o->verdict == OSC_OBSERVED ? behaviour(o->observed) : NULL;
    fputc(' ', out);
    if (seen)
      rpt_put_md(out, seen, 120);
    else
      fputs(o ? rpt_verdict_name(o->verdict) : "—", out);
    fputs(" |", out);
    free(seen);
  }
  fputc('\n', out);
}

/* Each speculative case once, from the first target that ran it. */
static void speculative(FILE *out, const struct osc_model *m)
{
  fputs("\n## Speculative cases: what each target does where the doc leaves a choice\n\n", out);
  rpt_md_targets_header(out, m, "case", 1);
  for (size_t t = 0; t < m->ntargets; t++)
    for (size_t i = 0; i < m->targets[t].ncases; i++) {
      const struct osc_case *c = &m->targets[t].cases[i];
      bool first = true;
      for (size_t p = 0; p < t && first; p++)
        first = !rpt_target_find(&m->targets[p], c->id);
      if (strcmp(c->kind, "speculative") == 0 && first)
        speculative_case(out, m, c);
    }
}

int rpt_report_divergence(const struct osc_model *m, FILE *out)
{
  fputs("# osconform: platform divergences\n\n", out);
  platforms(out, m);
  contradicted(out, m);
  claims(out, m);
  speculative(out, m);
  return ferror(out) ? -1 : 0;
}
