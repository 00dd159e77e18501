/* Cases that compare with the reference read the reference's outcome for the
 * same case from the same results.db. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <criterion/criterion.h>
#include "helpers.h"

static char *dir, *cases, db[600], target[600];

#define BY_REF(id) "{\"id\": \"" id "\", \"object\": \"O_RDONLY\", \"kind\": \"value\", " \
  "\"steps\": [{\"getattr\": \"O_RDONLY\"}], \"expect\": [{\"returns\": 1}], \"compare\": \"reference\"}"

static void setup(void)
{
  dir = th_tempdir();
  const char *lines[] = {BY_REF("ok/same"), BY_REF("ok/differs"), BY_REF("ok/unknown-to-ref"), NULL};
  cases = th_cases(dir, lines);
  snprintf(db, sizeof db, "%s/results.db", dir);
  snprintf(target, sizeof target, "exec:%s", th_env("OSC_TEST_FAKE"));
}

static void teardown(void)
{
  free(cases);
  th_cleanup(dir);
}

static int run_on(const char *host)
{
  const char *args[] = {"--target", target, "--cases", cases, "--results", db, "--host", host,
                        "--platforms", th_fixture("platforms.json"), NULL};
  return th_run(dir, args);
}

/* A reference run on host "lab": it answered 1 for ok/same and 0 for ok/differs. */
static void plant_reference_run(void)
{
  cr_assert_eq(run_on("elsewhere"), 0, "creates the file: %s", th_read(dir, "err"));
  th_sql(db, "INSERT INTO runs (target, implementation, version, platform, host, doc, cases_file, started,"
             " finished, total) VALUES ('reference', 'osref', '1', '{}', 'lab', '3.14', 'c', 'now', 'now', 2);"
             "INSERT INTO outcomes (run_id, case_id, object, kind, verdict, observed, replay) VALUES"
             " ((SELECT max(id) FROM runs), 'ok/same', 'O_RDONLY', 'value', 'PASS',"
             "  '{\"id\": \"ok/same\", \"steps\": [{\"value\": 1, \"type\": \"int\"}]}', 'x'),"
             " ((SELECT max(id) FROM runs), 'ok/differs', 'O_RDONLY', 'value', 'PASS',"
             "  '{\"id\": \"ok/differs\", \"steps\": [{\"value\": 0, \"type\": \"int\"}]}', 'x')");
}

static void expect_outcome(const char *id, const char *verdict, const char *reason_part)
{
  char *got = th_verdict(db, id);
  cr_expect_str_eq(got, verdict, "%s: %s", id, got);
  free(got);
  char q[300];
  snprintf(q, sizeof q, "SELECT reason FROM outcomes WHERE case_id = '%s' AND run_id = (SELECT max(id) FROM runs)", id);
  char *reason = th_query(db, q);
  cr_expect(strstr(reason, reason_part), "%s: %s", id, reason);
  free(reason);
}

Test(reference, outcomes_of_the_same_host_decide, .init = setup, .fini = teardown, .timeout = 60)
{
  plant_reference_run();
  cr_assert_eq(run_on("lab"), 0, "%s", th_read(dir, "err"));
  expect_outcome("ok/same", "PASS", "");
  expect_outcome("ok/differs", "FAIL", "the reference value 0, the target value 1");
  expect_outcome("ok/unknown-to-ref", "SKIP", "which has no outcome for this case");
}

Test(reference, without_a_reference_run_the_case_is_skipped, .init = setup, .fini = teardown, .timeout = 60)
{
  plant_reference_run();
  cr_assert_eq(run_on("another-host"), 0, "%s", th_read(dir, "err"));
  expect_outcome("ok/same", "SKIP", "no reference run");
}

/* A set of function names is compared with the reference only where the
 * reference can witness it: a name the reference does not provide at all
 * (its existence case says absent) is left out of the comparison; a name it
 * provides but leaves out of its set is a real difference. */
Test(reference, names_the_reference_lacks_are_not_compared, .timeout = 60)
{
  dir = th_tempdir();
  const char *lines[] = {
    "{\"id\": \"ok/supports_fd\", \"object\": \"supports_fd\", \"kind\": \"value\", \"steps\": [{\"getattr\":"
    " \"supports_fd\"}], \"expect\": [{\"returns\": {\"set\": [\"chdir\", \"execve\", \"stat\"]}}], \"compare\": \"reference\"}",
    "{\"id\": \"ok/supports_dir_fd\", \"object\": \"supports_dir_fd\", \"kind\": \"value\", \"steps\": [{\"getattr\":"
    " \"supports_dir_fd\"}], \"expect\": [{\"returns\": {\"set\": [\"lstat\", \"stat\"]}}], \"compare\": \"reference\"}",
    NULL};
  cases = th_cases(dir, lines);
  snprintf(db, sizeof db, "%s/results.db", dir);
  snprintf(target, sizeof target, "exec:%s", th_env("OSC_TEST_FAKE"));
  cr_assert_eq(run_on("elsewhere"), 0, "creates the file: %s", th_read(dir, "err"));
  th_sql(db, "INSERT INTO runs (target, implementation, version, platform, host, doc, cases_file, started,"
             " finished, total) VALUES ('reference', 'osref', '1', '{}', 'lab', '3.14', 'c', 'now', 'now', 5);"
             "INSERT INTO outcomes (run_id, case_id, object, kind, verdict, observed, replay) VALUES"
             " ((SELECT max(id) FROM runs), 'ok/supports_fd', 'supports_fd', 'value', 'PASS',"
             "  '{\"id\": \"ok/supports_fd\", \"steps\": [{\"value\": {\"set\": [\"chdir\", \"stat\"]}, \"type\": \"set\"}]}', 'x'),"
             " ((SELECT max(id) FROM runs), 'ok/supports_dir_fd', 'supports_dir_fd', 'value', 'PASS',"
             "  '{\"id\": \"ok/supports_dir_fd\", \"steps\": [{\"value\": {\"set\": [\"stat\"]}, \"type\": \"set\"}]}', 'x'),"
             " ((SELECT max(id) FROM runs), 'exists/execve', 'execve', 'existence', 'MISSING',"
             "  '{\"id\": \"exists/execve\", \"steps\": [{\"value\": false, \"type\": \"bool\"}]}', 'x'),"
             " ((SELECT max(id) FROM runs), 'exists/lstat', 'lstat', 'existence', 'PASS',"
             "  '{\"id\": \"exists/lstat\", \"steps\": [{\"value\": true, \"type\": \"bool\"}]}', 'x')");
  cr_assert_eq(run_on("lab"), 0, "%s", th_read(dir, "err"));
  expect_outcome("ok/supports_fd", "PASS", "");
  expect_outcome("ok/supports_dir_fd", "FAIL", "the reference value");
  free(cases);
  th_cleanup(dir);
}
