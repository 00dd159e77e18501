/* The gate: 0 against the baseline written from the same run; 1 on a
 * planted regression, a vanished case or target, or a score under PCT. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "helpers.h"
#include "../reports.h"

static char *results, *baseline;

static void setup(void)
{
  const char *dir = fixture("gate");
  results = path_in(dir, "results.db");
  baseline = path_in(dir, "baseline.txt");
  cr_assert_eq(run(osc_cmd_gate, NULL, "gate", "--results", results,
                   "--write-baseline", baseline, NULL), 0);
}

static void teardown(void)
{
  free(results);
  free(baseline);
}

TestSuite(gate, .init = setup, .fini = teardown);

Test(gate, passes_against_its_own_baseline)
{
  char *out;
  cr_assert_eq(run(osc_cmd_gate, &out, "gate", "--results", results, "--baseline", baseline,
                   NULL), 0);
  cr_assert(strstr(out, "osconform: gate: PASS: 4 targets, no regression") == out, "%s", out);
  cr_assert_eq(strchr(out, '\n'), out + strlen(out) - 1, "one line: %s", out);
  free(out);
}

Test(gate, fails_on_a_planted_regression)
{
  sql(results, "UPDATE outcomes SET verdict = 'FAIL' WHERE run_id = 3 AND case_id = 'exists/rmdir'");
  char *out;
  cr_assert_eq(run(osc_cmd_gate, &out, "gate", "--results", results, "--baseline", baseline,
                   NULL), 1);
  cr_assert(strstr(out, "FAIL: 1 regression against"), "%s", out);
  cr_assert(strstr(out, "python:/usr/bin/python3: exists/rmdir PASS -> FAIL"), "%s", out);
  free(out);
}

Test(gate, fails_when_a_case_or_target_disappears)
{
  sql(results, "DELETE FROM outcomes WHERE run_id = 2 AND case_id = 'exists/fork'");
  char *out;
  cr_assert_eq(run(osc_cmd_gate, &out, "gate", "--results", results, "--baseline", baseline,
                   NULL), 1);
  cr_assert(strstr(out, "reference: case exists/fork is gone"), "%s", out);
  free(out);
  sql(results, "DELETE FROM outcomes WHERE run_id = 4; DELETE FROM runs WHERE id = 4");
  cr_assert_eq(run(osc_cmd_gate, &out, "gate", "--results", results, "--baseline", baseline,
                   NULL), 1);
  cr_assert(strstr(out, "2 regressions"), "the gone target counts once: %s", out);
  free(out);
}

Test(gate, a_fixed_failure_is_no_regression)
{
  sql(results, "UPDATE outcomes SET verdict = 'PASS' WHERE run_id = 3 AND case_id = 'mkdir/mode'");
  cr_assert_eq(run(osc_cmd_gate, NULL, "gate", "--results", results, "--baseline", baseline,
                   NULL), 0);
}

Test(gate, fail_under_names_the_lowest_target)
{
  char *out;
  cr_assert_eq(run(osc_cmd_gate, &out, "gate", "--results", results, "--fail-under", "60",
                   NULL), 1);
  cr_assert_str_eq(out, "osconform: gate: FAIL: lowest case score 54.5% (pyodide) under 60.0%\n");
  free(out);
  cr_assert_eq(run(osc_cmd_gate, NULL, "gate", "--results", results, "--fail-under", "50",
                   NULL), 0);
}

Test(gate, nothing_to_score_fails_a_threshold)
{
  sql(results, "DELETE FROM outcomes");
  char *out;
  cr_assert_eq(run(osc_cmd_gate, &out, "gate", "--results", results, "--fail-under", "1",
                   NULL), 1);
  cr_assert_str_eq(out, "osconform: gate: FAIL: no applicable case in the results\n");
  free(out);
}

Test(gate, misuse_and_bad_baselines)
{
  cr_assert_eq(run(osc_cmd_gate, NULL, "gate", "--results", results, NULL), 2);
  cr_assert_eq(run(osc_cmd_gate, NULL, "gate", "--results", results, "--fail-under", "x", NULL), 2);
  cr_assert_eq(run(osc_cmd_gate, NULL, "gate", "--results", results, "--fail-under", "101", NULL), 2);
  cr_assert_eq(run(osc_cmd_gate, NULL, "gate", "--help", NULL), 0);
  FILE *f = fopen(baseline, "a");
  fputs("reference\tonly-two-fields\n", f);
  fclose(f);
  cr_assert_eq(run(osc_cmd_gate, NULL, "gate", "--results", results, "--baseline", baseline,
                   NULL), 3);
  char want[600];
  snprintf(want, sizeof want, "osconform: error: %s:51: expected 'target<TAB>case<TAB>VERDICT'\n",
           baseline);
  cr_assert_str_eq(last_stderr, want);
  cr_assert_eq(run(osc_cmd_gate, NULL, "gate", "--results", results, "--baseline",
                   "reports/tests/fixture/spec.sql", NULL), 3);
}

/* --strict-expectations: a run that found a listed divergence no longer
 * true fails the gate, and the stale line is named in summary.md. */
Test(gate, strict_expectations_fail_on_a_stale_one)
{
  char *out;
  cr_assert_eq(run(osc_cmd_gate, &out, "gate", "--results", results, "--strict-expectations", NULL), 0, "%s", out);
  free(out);
  sql(results, "UPDATE runs SET platform = json_set(platform, '$.stale_expectations', json('[{\"file\":"
               " \"runner/expectations/pypy.txt\", \"line\": 3, \"glob\": \"sig/kill\", \"verdict\": \"FAIL\","
               " \"observed\": null, \"reason\": \"names\", \"now\": {\"case\": \"sig/kill\", \"verdict\": \"PASS\","
               " \"reason\": \"\"}}]')) WHERE id = 3");
  cr_assert_eq(run(osc_cmd_gate, &out, "gate", "--results", results, "--strict-expectations", NULL), 1, "%s", out);
  cr_assert(strstr(out, "FAIL: 1 stale expectation"), "%s", out);
  free(out);
  cr_assert_eq(run(osc_cmd_gate, &out, "gate", "--results", results, "--baseline", baseline, NULL), 0,
               "without the option a stale expectation is a note: %s", out);
  free(out);
}
