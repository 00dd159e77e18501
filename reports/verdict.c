/* The fixed verdict set of DESIGN.md and the cell statuses derived from it. */
#include <string.h>
#include "model.h"

static const char *const verdict_names[OSC_NVERDICTS] = {
  "PASS", "FAIL", "MISSING", "UNEXPECTED", "UNSUPPORTED", "STUB",
  "SKIP", "ERROR", "CRASH", "TIMEOUT", "OBSERVED", "NOTYET", "XFAIL"
};

static const char *const status_names[OSC_NSTATUS] = {
  "pass", "partial", "fail", "missing", "n/a", "untested"
};

const char *rpt_verdict_name(enum osc_verdict v)
{
  return verdict_names[v];
}

int rpt_verdict_parse(const char *name)
{
  for (int v = 0; v < OSC_NVERDICTS; v++)
    if (strcmp(name, verdict_names[v]) == 0)
      return v;
  return -1;
}

/* A case counts in a score when the documented behaviour is expected here:
 * a skipped requirement, an object expected absent (UNSUPPORTED), a name
 * present beyond the doc (UNEXPECTED: a divergence, not a failure) and a
 * recorded observation (OBSERVED) and what is newer than the Python version
 * the target implements (NOTYET) say nothing about its conformance. A
 * harness ERROR counts against the target, so a broken run cannot raise a
 * score. */
bool rpt_verdict_applicable(enum osc_verdict v)
{
  return v != OSC_SKIP && v != OSC_UNSUPPORTED && v != OSC_UNEXPECTED
      && v != OSC_OBSERVED && v != OSC_NOTYET;
}

const char *rpt_status_name(enum osc_status s)
{
  return status_names[s];
}
