/* junit.xml: one <testsuite> per target, one <testcase> per case, in the
 * dialect Jenkins, GitLab and GitHub test reporters read. A wrong behaviour
 * (FAIL, MISSING, STUB) is a <failure>; a fault of the run (ERROR, CRASH,
 * TIMEOUT) an <error>; what says nothing about conformance (SKIP,
 * UNSUPPORTED, NOTYET: newer than the version the target implements, a
 * documentation issue: failed as CPython at the doc's version fails, and
 * XFAIL: a failure runner/expectations lists, with its reason) is
 * <skipped>; UNEXPECTED and OBSERVED pass with the
 * observation in <system-out>, since they are divergences, not failures. */
#include "reporters.h"
#include "text.h"

enum outcome { PASSED, FAILURE, ERRORED, SKIPPED, NOTED };

static enum outcome outcome_of(const struct osc_case *c)
{
  if (c->doc_issue || c->platform_note)
    return SKIPPED;  /* it fails as CPython at the doc's version does: the doc's issue */
  switch (c->verdict) {
  case OSC_FAIL: case OSC_MISSING: case OSC_STUB: return FAILURE;
  case OSC_ERROR: case OSC_CRASH: case OSC_TIMEOUT: return ERRORED;
  case OSC_SKIP: case OSC_UNSUPPORTED: case OSC_NOTYET: case OSC_XFAIL: return SKIPPED;
  case OSC_UNEXPECTED: case OSC_OBSERVED: return NOTED;
  default: return PASSED;
  }
}

static void attr(FILE *out, const char *name, const char *value)
{
  fprintf(out, " %s=\"", name);
  rpt_put_xml(out, value);
  fputc('"', out);
}

static void details(FILE *out, const struct osc_case *c)
{
  fputs("expected: ", out);
  rpt_put_xml(out, c->expected ? c->expected : "(nothing)");
  fputs("\nobserved: ", out);
  rpt_put_xml(out, c->observed ? c->observed : "(nothing)");
  if (c->known) {
    fputs("\nknown divergence: ", out);
    rpt_put_xml(out, c->known);
  }
  fputs("\nreplay: ", out);
  rpt_put_xml(out, c->replay);
}

static void testcase(FILE *out, const struct osc_target *t, const struct osc_case *c)
{
  static const char *const element[] = { NULL, "failure", "error", "skipped", "system-out" };
  enum outcome o = outcome_of(c);
  fputs("    <testcase", out);
  fputs(" classname=\"", out);
  rpt_put_xml(out, t->implementation);
  fputs(".os.", out);
  rpt_put_xml(out, c->object);
  fputc('"', out);
  attr(out, "name", c->id);
  fprintf(out, " time=\"%.6f\"", c->us < 0 ? 0.0 : c->us / 1e6);
  if (o == PASSED) {
    fputs("/>\n", out);
    return;
  }
  fprintf(out, ">\n      <%s", element[o]);
  if (o != NOTED) {
    attr(out, "type", rpt_verdict_name(c->verdict));
    if (c->doc_issue || c->platform_note) {
      char msg[600];
      snprintf(msg, sizeof msg, "%s: %s",
               c->doc_issue ? "documentation issue (CPython at the doc's version does the same)"
                            : "platform note (a Unix name CPython at the doc's version lacks here too)",
               c->reason ? c->reason : rpt_verdict_name(c->verdict));
      attr(out, "message", msg);
    } else if (c->verdict == OSC_XFAIL) {
      char msg[600];
      snprintf(msg, sizeof msg, "expected failure (runner/expectations): %s; observed: %s",
               c->known ? c->known : "", c->reason ? c->reason : "");
      attr(out, "message", msg);
    } else {
      attr(out, "message", c->reason ? c->reason : rpt_verdict_name(c->verdict));
    }
  }
  fputc('>', out);
  if (o == NOTED)
    fprintf(out, "%s: ", rpt_verdict_name(c->verdict));
  details(out, c);
  fprintf(out, "</%s>\n    </testcase>\n", element[o]);
}

static void suite(FILE *out, const struct osc_target *t)
{
  int failures = 0, errors = 0, skipped = 0;
  long long us = 0;
  for (size_t i = 0; i < t->ncases; i++) {
    enum outcome o = outcome_of(&t->cases[i]);
    failures += o == FAILURE;
    errors += o == ERRORED;
    skipped += o == SKIPPED;
    us += t->cases[i].us > 0 ? t->cases[i].us : 0;
  }
  fputs("  <testsuite", out);
  attr(out, "name", t->label);
  fprintf(out, " tests=\"%zu\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.6f\"",
          t->ncases, failures, errors, skipped, us / 1e6);
  attr(out, "timestamp", t->started);
  attr(out, "hostname", t->host);
  fputs(">\n    <properties>\n", out);
  const char *props[][2] = { { "implementation", t->implementation },
                             { "version", t->version }, { "doc", t->doc },
                             { "platform", t->platform },
                             { "not_run", t->not_run ? t->not_run : "" } };
  for (size_t i = 0; i < sizeof props / sizeof *props; i++) {
    fputs("      <property", out);
    attr(out, "name", props[i][0]);
    attr(out, "value", props[i][1]);
    fputs("/>\n", out);
  }
  fputs("    </properties>\n", out);
  for (size_t i = 0; i < t->ncases; i++)
    testcase(out, t, &t->cases[i]);
  fputs("  </testsuite>\n", out);
}

int rpt_report_junit(const struct osc_model *m, FILE *out)
{
  size_t tests = 0;
  for (size_t t = 0; t < m->ntargets; t++)
    tests += m->targets[t].ncases;
  fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuites name=\"osconform\" tests=\"%zu\">\n", tests);
  for (size_t t = 0; t < m->ntargets; t++)
    suite(out, &m->targets[t]);
  fputs("</testsuites>\n", out);
  return ferror(out) ? -1 : 0;
}
