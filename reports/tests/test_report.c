/* osconform report end to end on the fixture: every file lands in the out
 * directory (TEST_ROOT, which the Chromium test then opens). */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "helpers.h"
#include "../reports.h"

static int distinct_names(const char *spec, const char *version)
{
  sqlite3 *db;
  sqlite3_stmt *st;
  cr_assert_eq(sqlite3_open(spec, &db), SQLITE_OK);
  cr_assert_eq(sqlite3_prepare_v2(db, "SELECT count(DISTINCT o.name) FROM objects o JOIN"
               " documents d ON d.id = o.document_id WHERE d.version = ?", -1, &st, NULL), SQLITE_OK);
  sqlite3_bind_text(st, 1, version, -1, SQLITE_STATIC);
  cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
  int n = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

Test(report, writes_every_report)
{
  const char *dir = fixture("report");
  char *spec = path_in(dir, "spec.db"), *results = path_in(dir, "results.db");
  mkdir(TEST_ROOT "/lcov", 0777);
  FILE *f = fopen(TEST_ROOT "/lcov/index.html", "w");
  fputs("<html></html>\n", f);
  fclose(f);
  char *out;
  cr_assert_eq(run(osc_cmd_report, &out, "report", "--results", results, "--spec", spec,
                   "--out", TEST_ROOT "/out", "--coverage", TEST_ROOT "/lcov", NULL), 0);
  cr_assert(strstr(out, "4 targets, 10 objects"), "%s", out);
  free(out);
  static const char *const files[] = { "index.html", "results.json", "junit.xml",
                                       "summary.md", "divergence.md", "coverage.md" };
  for (size_t i = 0; i < 6; i++) {
    char *p = path_in(TEST_ROOT "/out", files[i]), *text = slurp(p);
    cr_assert(text && *text, "%s", p);
    free(text);
    free(p);
  }
  /* The Chromium test compares the matrix with the spec's own count. */
  char cmd[512];
  snprintf(cmd, sizeof cmd, "echo %d > " TEST_ROOT "/out/expected-rows", distinct_names(spec, "3.14"));
  cr_assert_eq(system(cmd), 0);
  char *cov = slurp(TEST_ROOT "/out/coverage.md");
  cr_assert(strstr(cov, "[lcov report](../lcov/index.html)"), "%s", cov);
  free(cov);
  free(spec);
  free(results);
}

Test(report, misuse_and_bad_inputs)
{
  const char *dir = fixture("report-bad");
  char *results = path_in(dir, "results.db");
  cr_assert_eq(run(osc_cmd_report, NULL, "report", "--results", results, NULL), 2);
  cr_assert(strstr(last_stderr, "osconform: error: report: --results, --spec and --out are required\n")
            == last_stderr, "%s", last_stderr);
  cr_assert_eq(run(osc_cmd_report, NULL, "report", "--help", NULL), 0);
  cr_assert_eq(run(osc_cmd_report, NULL, "report", "--results", results, "--spec",
                   TEST_ROOT "/none.db", "--out", TEST_ROOT "/bad-out", NULL), 3);
  cr_assert_eq(run(osc_cmd_report, NULL, "report", "--results", results, "--spec", results,
                   "--out", TEST_ROOT "/bad-out", NULL), 3);
  free(results);
}

Test(report, no_runs_is_said_not_hidden)
{
  const char *dir = fixture("report-empty");
  char *spec = path_in(dir, "spec.db"), *results = path_in(dir, "results.db");
  char *out_dir = path_in(dir, "out"), *summary = path_in(out_dir, "summary.md");
  sql(results, "DELETE FROM outcomes; DELETE FROM runs");
  cr_assert_eq(run(osc_cmd_report, NULL, "report", "--results", results, "--spec", spec,
                   "--out", out_dir, NULL), 0, "%s", last_stderr);
  char *text = slurp(summary);
  cr_assert(text && strstr(text, "No runs in the results."), "%s", text);
  free(text);
  free(summary);
  free(out_dir);
  free(spec);
  free(results);
}
