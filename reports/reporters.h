/* Every reporter has one signature and reads only the model (as Criterion's
 * reporters do): the file it writes is decided by report.c. Each returns 0,
 * or -1 when writing failed. */
#ifndef OSC_REPORTERS_H
#define OSC_REPORTERS_H

#include <stdio.h>
#include "model.h"

typedef int rpt_reporter(const struct osc_model *m, FILE *out);

rpt_reporter rpt_report_html;        /* index.html */
rpt_reporter rpt_report_json;        /* results.json */
rpt_reporter rpt_report_junit;       /* junit.xml */
rpt_reporter rpt_report_markdown;    /* summary.md */
rpt_reporter rpt_report_divergence;  /* divergence.md */
rpt_reporter rpt_report_coverage;    /* coverage.md */

/* Availability as documented (predicted) and as found (observed), derived
 * from an object's existence verdict on one target. */
enum osc_presence { OSC_PRESENCE_UNKNOWN, OSC_PRESENT, OSC_ABSENT };
struct osc_existence {
  enum osc_presence predicted, observed;
  const struct osc_case *c;          /* NULL: no existence case */
};
struct osc_existence rpt_existence_of(const struct osc_target *t, int row);
const char *rpt_presence_name(enum osc_presence p);
/* A probable documentation error: an object present where the doc says it
 * is not (on any target), or absent from CPython where the doc promises it. */
bool rpt_contradicts(const struct osc_target *t, struct osc_existence e);
struct rpt_contradiction {
  const struct osc_avail *claim;
  const struct osc_target *target;
  struct osc_existence e;
};
/* Every contradicted (claim, target) of the docs that ran, in spec order:
 * returns how many, and fills out with at most max of them. */
size_t rpt_contradictions(const struct osc_model *m, struct rpt_contradiction *out, size_t max);
/* The same, in a malloc'd array (free it) of *n entries. */
struct rpt_contradiction *rpt_contradictions_all(const struct osc_model *m, size_t *n);

/* Spec coverage of one doc version by the cases that ran on it. */
struct osc_coverage {
  const char *doc;
  struct osc_ratio claims;     /* claims cited by at least one case */
  struct osc_ratio objects;    /* documented objects with a behaviour case */
};
struct osc_coverage rpt_coverage_of(const struct osc_model *m, const char *doc);
/* Run docs, each once, in the order of the targets. */
size_t rpt_run_docs(const struct osc_model *m, const char **docs, size_t max);

/* Importance order of failures (reports/README.md): at most one per object. */
size_t rpt_top_failures(const struct osc_model *m, const struct osc_target *t,
                        const struct osc_case **out, size_t max);

#endif
