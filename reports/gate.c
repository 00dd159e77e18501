/* osconform gate: fails a CI job on a regression against a baseline (a case
 * that passed and no longer does, a case or a target that disappeared) or a
 * case score under a threshold. One line on stdout says why, either way;
 * each regression is also named on stderr. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "reports.h"
#include "baseline.h"
#include "text.h"
#include "../runner/diag.h"

enum { REASON = 512 };

static const char usage[] =
  "usage: osconform gate --results DB [--results DB ...] [--baseline FILE]\n"
  "                      [--fail-under PCT] [--write-baseline FILE] [--strict-expectations]\n"
  "Exit 1 when a case that passed in the baseline no longer passes, a case or a\n"
  "target of the baseline is gone, or a target's case score is under PCT, or\n"
  "(--strict-expectations) a run found a known divergence of runner/expectations\n"
  "that no longer holds; else 0.\n"
  "--write-baseline FILE records this run (after the checks, only if they pass).\n"
  "Exit: 0 pass, 1 fail, 2 bad usage, 3 bad input, 4 system error.\n";

struct options {
  const char **results;      /* room for every argument */
  size_t nresults;
  const char *baseline, *write_baseline;
  double fail_under;       /* < 0: no threshold */
  bool strict_expectations;
};

static const struct osc_target *target_named(const struct osc_model *m, const char *label)
{
  for (size_t t = 0; t < m->ntargets; t++)
    if (strcmp(m->targets[t].label, label) == 0)
      return &m->targets[t];
  return NULL;
}

/* Counts regressions and describes the first in reason. */
static size_t regressions(const struct osc_model *m, const struct osc_baseline *b,
                          char reason[REASON])
{
  size_t n = 0;
  const char *gone_target = NULL;
  for (size_t i = 0; i < b->n; i++) {
    const struct osc_baseline_entry *e = &b->entries[i];
    const struct osc_target *t = target_named(m, e->target);
    const struct osc_case *c = t ? rpt_target_find(t, e->case_id) : NULL;
    char what[REASON];
    if (!t && gone_target && strcmp(gone_target, e->target) == 0)
      continue;
    if (!t)
      snprintf(what, sizeof what, "target %s is gone", gone_target = e->target);
    else if (!c)
      snprintf(what, sizeof what, "%s: case %s is gone", e->target, e->case_id);
    else if (e->verdict == OSC_PASS && c->verdict != OSC_PASS)
      snprintf(what, sizeof what, "%s: %s PASS -> %s", e->target, e->case_id,
               rpt_verdict_name(c->verdict));
    else
      continue;
    fprintf(stderr, "osconform: regression: %s\n", what);
    if (!n++)
      snprintf(reason, REASON, "%s", what);
  }
  return n;
}

/* Known divergences the runs found no longer true (--strict-expectations):
 * an allowlist entry that hides nothing must go, or it will hide a new one. */
static size_t stale_expectations(const struct osc_model *m)
{
  size_t n = 0;
  for (size_t t = 0; t < m->ntargets; t++) {
    if (m->targets[t].nstale)
      fprintf(stderr, "osconform: stale: %s: %zu expectation%s no longer hold%s\n", m->targets[t].label,
              m->targets[t].nstale, m->targets[t].nstale == 1 ? "" : "s", m->targets[t].nstale == 1 ? "s" : "");
    n += m->targets[t].nstale;
  }
  return n;
}

/* Names the lowest-scoring target; returns true when it is under the threshold. */
static bool under(const struct osc_model *m, double threshold, char reason[REASON])
{
  const struct osc_target *low = NULL;
  for (size_t t = 0; t < m->ntargets; t++) {
    double p = rpt_percent(m->targets[t].all.cases);
    if (p >= 0 && (!low || p < rpt_percent(low->all.cases)))
      low = &m->targets[t];
  }
  char pct[16], limit[16];
  /* Nothing to score is no pass: a CI job whose runs all broke must not go green. */
  if (!low) {
    snprintf(reason, REASON, "no applicable case in the results");
    return threshold >= 0;
  }
  rpt_fmt_pct(pct, rpt_percent(low->all.cases));
  rpt_fmt_pct(limit, threshold);
  bool fails = threshold >= 0 && rpt_percent(low->all.cases) < threshold;
  snprintf(reason, REASON, "lowest case score %s (%s)%s%s", pct, low->label,
           threshold < 0 ? "" : fails ? " under " : " >= ", threshold < 0 ? "" : limit);
  return fails;
}

static int parse(int argc, char **argv, struct options *o)
{
  static const struct option longs[] = {
    { "results", required_argument, NULL, 'r' }, { "baseline", required_argument, NULL, 'b' },
    { "fail-under", required_argument, NULL, 'u' },
    { "write-baseline", required_argument, NULL, 'w' },
    { "strict-expectations", no_argument, NULL, 's' },
    { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 }
  };
  int ch;
  char *end;
  optind = 1;
  while ((ch = getopt_long(argc, argv, "r:b:u:w:sh", longs, NULL)) != -1) {
    if (ch == 'h') {
      fputs(usage, stdout);
      return -1;
    } else if (ch == 'r') {
      o->results[o->nresults++] = optarg;
    } else if (ch == 'b') {
      o->baseline = optarg;
    } else if (ch == 'w') {
      o->write_baseline = optarg;
    } else if (ch == 's') {
      o->strict_expectations = true;
    } else if (ch == 'u' && (o->fail_under = strtod(optarg, &end), *end == '\0' && *optarg)
               && o->fail_under >= 0 && o->fail_under <= 100) {
      continue;
    } else {
      if (ch == 'u')
        osc_error("gate: --fail-under wants a percentage from 0 to 100, not '%s'", optarg);
      fputs(usage, stderr);
      return OSC_EXIT_USAGE;
    }
  }
  if (optind < argc || !o->nresults
      || (!o->baseline && !o->write_baseline && o->fail_under < 0 && !o->strict_expectations)) {
    osc_error("gate: %s", optind < argc ? "unexpected argument" : !o->nresults
              ? "--results is required" : "give --baseline, --fail-under, --write-baseline or --strict-expectations");
    fputs(usage, stderr);
    return OSC_EXIT_USAGE;
  }
  return 0;
}

static int judge(struct osc_model *m, const struct options *o)
{
  char first[REASON] = "", score[REASON];
  size_t n = 0;
  if (o->baseline) {
    struct osc_baseline b = { NULL, 0 };
    int rc = rpt_baseline_read(m->arena, o->baseline, &b);
    if (rc)
      return rc;
    n = regressions(m, &b, first);
  }
  bool low = under(m, o->fail_under, score);
  size_t stale = o->strict_expectations ? stale_expectations(m) : 0;
  if (n || low || stale) {
    printf("osconform: gate: FAIL: ");
    if (n)
      printf("%zu regression%s against %s (first: %s)%s", n, n == 1 ? "" : "s",
             o->baseline, first, low || stale ? "; " : "\n");
    if (low)
      printf("%s%s", score, stale ? "; " : "\n");
    if (stale)
      printf("%zu stale expectation%s (summary.md lists them)\n", stale, stale == 1 ? "" : "s");
    return OSC_EXIT_FAIL;
  }
  if (o->write_baseline) {
    int rc = rpt_baseline_write(m, o->write_baseline);
    if (rc)
      return rc;
  }
  printf("osconform: gate: PASS: %zu targets, %s%s%s%s; %s\n", m->ntargets,
         o->baseline ? "no regression against " : "no baseline",
         o->baseline ? o->baseline : "", o->write_baseline ? ", baseline written to " : "",
         o->write_baseline ? o->write_baseline : "", score);
  return OSC_EXIT_OK;
}

int osc_cmd_gate(int argc, char **argv)
{
  struct options o = { .nresults = 0, .fail_under = -1 };
  o.results = calloc((size_t)argc + 1, sizeof *o.results);
  int rc = parse(argc, argv, &o);
  if (rc) {
    free(o.results);
    return rc < 0 ? OSC_EXIT_OK : rc;
  }
  struct osc_model *m = rpt_model_new();
  rc = rpt_model_load_results(m, o.results, o.nresults);
  if (!rc) {
    rpt_model_finish(m);
    rc = judge(m, &o);
  }
  rpt_model_free(m);
  free(o.results);
  return rc;
}
