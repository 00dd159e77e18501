/* Expected-output tests: each reporter's output on the fixture, with
 * timings masked, equals reports/tests/expected/<file>. After an intended
 * change: make reports-golden, read the diff, commit it. */
#include <criterion/criterion.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "helpers.h"

/* Microseconds in JSON ("us": 41) and seconds in JUnit (time="0.000041"). */
static char *mask_timings(const char *text)
{
  regex_t re;
  cr_assert_eq(regcomp(&re, "\"us\": ?[0-9]+|time=\"[0-9.]+\"", REG_EXTENDED), 0);
  char *out = NULL;
  size_t size = 0;
  FILE *mem = open_memstream(&out, &size);
  regmatch_t match;
  const char *p = text;
  while (regexec(&re, p, 1, &match, p == text ? 0 : REG_NOTBOL) == 0) {
    fwrite(p, 1, (size_t)match.rm_so, mem);
    fputs(p[match.rm_so] == 't' ? "time=\"T\"" : "\"us\": T", mem);
    p += match.rm_eo;
  }
  fputs(p, mem);
  fclose(mem);
  regfree(&re);
  return out;
}

static void golden(rpt_reporter *report, const char *file)
{
  struct osc_model *m = fixture_model(fixture(file));
  char *raw = render(report, m), *got = mask_timings(raw);
  char *path = path_in("reports/tests/expected", file);
  if (getenv("OSC_UPDATE_GOLDEN")) {
    FILE *f = fopen(path, "w");
    cr_assert(f, "cannot write %s", path);
    fputs(got, f);
    fclose(f);
  }
  char *want = slurp(path);
  cr_assert(want, "%s is missing: make reports-golden", path);
  size_t at = 0;
  while (got[at] && got[at] == want[at])
    at++;
  cr_assert(got[at] == want[at], "%s differs at byte %zu: got \"%.60s\", want \"%.60s\"",
            path, at, got + at, want + at);
  free(raw);
  free(got);
  free(want);
  free(path);
  rpt_model_free(m);
}

Test(golden, html) { golden(rpt_report_html, "index.html"); }
Test(golden, json) { golden(rpt_report_json, "results.json"); }
Test(golden, junit) { golden(rpt_report_junit, "junit.xml"); }
Test(golden, markdown) { golden(rpt_report_markdown, "summary.md"); }
Test(golden, divergence) { golden(rpt_report_divergence, "divergence.md"); }
Test(golden, coverage) { golden(rpt_report_coverage, "coverage.md"); }

Test(golden, masking_hides_timings_only)
{
  char *got = mask_timings("{\"us\": 41, \"id\": \"us\"} <testcase time=\"0.000041\"/> 41");
  cr_assert_str_eq(got, "{\"us\": T, \"id\": \"us\"} <testcase time=\"T\"/> 41");
  free(got);
}
