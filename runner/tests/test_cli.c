/* The command line: --help, misuse, missing targets and bad inputs each get
 * their documented exit status and one clear line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <criterion/criterion.h>
#include "helpers.h"

TestSuite(cli, .init = th_dir_setup, .fini = th_dir_teardown);

static void expect_status(int status, const char *in, const char *const *args)
{
  int got = th_run(th_dir, args);
  char *out = th_read(th_dir, in);
  cr_expect_eq(got, status, "exit %d, expected %d: %s", got, status, out);
  free(out);
}

static void expect_message(const char *in, const char *text)
{
  char *out = th_read(th_dir, in);
  cr_expect(strstr(out, text), "'%s' not in: %s", text, out);
  free(out);
}

Test(cli, help_goes_to_stdout_with_the_exit_codes)
{
  const char *args[] = {"--help", NULL};
  expect_status(0, "out", args);
  expect_message("out", "usage: osconform run --target T");
  expect_message("out", "exit status:");
  expect_message("out", "130");
}

Test(cli, misuse_exits_2)
{
  const char *none[] = {NULL};
  expect_status(2, "err", none);
  expect_message("err", "osconform: error: run: --target is required");
  const char *bad_target[] = {"--target", "jython", NULL};
  expect_status(2, "err", bad_target);
  const char *bad_timeout[] = {"--target", "reference", "--timeout", "soon", NULL};
  expect_status(2, "err", bad_timeout);
  const char *no_workers[] = {"--target", "reference", "--jobs", "0", NULL};
  expect_status(2, "err", no_workers);
  expect_message("err", "osconform: error: run: --jobs wants a number of workers between 1 and 64, not 0");
  const char *stray[] = {"--target", "reference", "extra", NULL};
  expect_status(2, "err", stray);
}

#define HEADER "{\"format\": \"osconform-cases\", \"version\": 1, \"doc\": \"3.14\"}\n"
#define A_CASE "{\"id\": \"a\", \"object\": \"mkdir\", \"kind\": \"behaviour\", " \
  "\"steps\": [{\"hasattr\": \"mkdir\"}], \"expect\": [{\"any\": true}]}\n"

/* One line on stderr, and a run without outcomes the report shows as not run. */
static void expect_not_run(const char *target, const char *line, const char *why)
{
  th_write(th_dir, "cases.jsonl", HEADER A_CASE);
  char cases[600], db[600];
  snprintf(cases, sizeof cases, "%s/cases.jsonl", th_dir);
  snprintf(db, sizeof db, "%s/results.db", th_dir);
  const char *args[] = {"--target", target, "--cases", cases, "--results", db,
                        "--platforms", th_fixture("platforms.json"), NULL};
  expect_status(5, "err", args);
  char *err = th_read(th_dir, "err");
  cr_expect_str_eq(err, line);
  free(err);
  char *run = th_query(db, "SELECT version || ' | ' || json_extract(platform, '$.not_run') || ' | ' || total"
                           " || ' | ' || (finished IS NOT NULL) || ' | ' || (SELECT count(*) FROM outcomes) FROM runs");
  cr_expect_str_eq(run, why);
  free(run);
}

Test(cli, a_missing_target_is_one_line_and_a_run_not_run)
{
  expect_not_run("python:/nonexistent/python9",
                 "osconform: error: target python:/nonexistent/python9: "
                 "/nonexistent/python9 is not installed (no such executable) (not run)\n",
                 "not run | /nonexistent/python9 is not installed (no such executable) | 1 | 1 | 0");
}

Test(cli, a_target_without_hello_is_not_run)
{
  th_write(th_dir, "no-hello", "#!/bin/sh\necho 'no hello today' >&2\nexit 1\n");
  char script[600], target[620];
  snprintf(script, sizeof script, "%s/no-hello", th_dir);
  cr_assert_eq(chmod(script, 0755), 0);
  snprintf(target, sizeof target, "exec:%s", script);
  char line[1400];
  snprintf(line, sizeof line, "osconform: error: target %s: it exited with status 1 before its hello: "
                              "no hello today (not run)\n", target);
  expect_not_run(target, line, "not run | it exited with status 1 before its hello: no hello today | 1 | 1 | 0");
}

static void expect_bad_cases(const char *text, const char *message)
{
  th_write(th_dir, "cases.jsonl", text);
  char cases[600], target[600];
  snprintf(cases, sizeof cases, "%s/cases.jsonl", th_dir);
  snprintf(target, sizeof target, "exec:%s", th_env("OSC_TEST_FAKE"));
  const char *args[] = {"--target", target, "--cases", cases, "--platforms", th_fixture("platforms.json"), NULL};
  expect_status(3, "err", args);
  expect_message("err", message);
}


Test(cli, bad_cases_name_file_and_line)
{
  expect_bad_cases(HEADER A_CASE "{not json\n", "cases.jsonl:3: not JSON");
  expect_bad_cases(HEADER A_CASE A_CASE, "cases.jsonl:3: duplicate case id a");
  expect_bad_cases("{\"format\": \"other\"}\n", "cases.jsonl:1: not a cases file");
  expect_bad_cases(HEADER "{\"id\": \"b\", \"object\": \"mkdir\", \"kind\": \"guess\", \"steps\": []}\n",
                   "cases.jsonl:2: case b: field kind: \"guess\" is not one of \"existence\"");
  expect_bad_cases("", "cases.jsonl:1: empty cases file");
}

Test(cli, a_missing_vocabulary_is_a_bad_input)
{
  th_write(th_dir, "cases.jsonl", HEADER A_CASE);
  char cases[600], target[600];
  snprintf(cases, sizeof cases, "%s/cases.jsonl", th_dir);
  snprintf(target, sizeof target, "exec:%s", th_env("OSC_TEST_FAKE"));
  const char *args[] = {"--target", target, "--cases", cases, "--platforms", "/nonexistent/platforms.json", NULL};
  expect_status(3, "err", args);
  expect_message("err", "/nonexistent/platforms.json");
}

/* --timeout is the deadline of a case that gives none; no progress line is
 * written when stderr is not a terminal. */
Test(cli, timeout_option_and_no_progress_off_a_terminal, .timeout = 30)
{
  th_write(th_dir, "cases.jsonl", HEADER
           "{\"id\": \"hang/1\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"steps\": [{\"hasattr\": \"mkdir\"}], \"expect\": [{\"any\": true}]}\n"
           "{\"id\": \"ok/2\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"steps\": [{\"hasattr\": \"mkdir\"}], \"expect\": [{\"any\": true}]}\n");
  char cases[600], db[600], target[600];
  snprintf(cases, sizeof cases, "%s/cases.jsonl", th_dir);
  snprintf(db, sizeof db, "%s/results.db", th_dir);
  snprintf(target, sizeof target, "exec:%s", th_env("OSC_TEST_FAKE"));
  const char *args[] = {"--target", target, "--cases", cases, "--results", db, "--timeout", "200",
                        "--platforms", th_fixture("platforms.json"), NULL};
  expect_status(0, "err", args);
  char *reason = th_query(db, "SELECT verdict || ' ' || reason FROM outcomes WHERE case_id = 'hang/1'");
  cr_expect_str_eq(reason, "TIMEOUT no answer within 200 ms");
  free(reason);
  char *err = th_read(th_dir, "err");
  cr_expect_eq(strlen(err), 0, "stderr is not a terminal: %s", err);
  free(err);
  char *out = th_read(th_dir, "out");
  cr_expect(strstr(out, "2 cases in") && strstr(out, "PASS 1") && strstr(out, "TIMEOUT 1"), "%s", out);
  free(out);
}

/* --results of a database that is not osconform's (the spec database, say)
 * is refused before anything in it changes. */
Test(cli, a_foreign_results_database_is_refused_unchanged)
{
  th_write(th_dir, "cases.jsonl", HEADER A_CASE);
  char cases[600], target[600], db[600];
  snprintf(cases, sizeof cases, "%s/cases.jsonl", th_dir);
  snprintf(db, sizeof db, "%s/spec.db", th_dir);
  snprintf(target, sizeof target, "exec:%s", th_env("OSC_TEST_FAKE"));
  th_sql(db, "CREATE TABLE objects (name TEXT)");
  const char *args[] = {"--target", target, "--cases", cases, "--results", db,
                        "--platforms", th_fixture("platforms.json"), NULL};
  expect_status(3, "err", args);
  expect_message("err", "not an osconform results database");
  char *tables = th_query(db, "SELECT group_concat(name) FROM sqlite_master");
  cr_expect_str_eq(tables, "objects", "nothing was added to it");
  free(tables);
}

/* A listed divergence that holds is XFAIL with its reason; one whose
 * difference is not the listed one stays FAIL, and the run keeps the stale
 * line in runs.platform for the reports and the gate. */
Test(cli, expectations_give_xfail_and_stale_lines_are_kept, .timeout = 30)
{
  th_write(th_dir, "cases.jsonl", HEADER
           "{\"id\": \"wrong/1\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"steps\": [{\"hasattr\": \"mkdir\"}],"
           " \"expect\": [{\"present\": true}]}\n"
           "{\"id\": \"wrong/2\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"steps\": [{\"hasattr\": \"mkdir\"}],"
           " \"expect\": [{\"present\": true}]}\n"
           "{\"id\": \"ok/3\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"steps\": [{\"hasattr\": \"mkdir\"}],"
           " \"expect\": [{\"any\": true}]}\n");
  char dir[600];
  snprintf(dir, sizeof dir, "%s/ex", th_dir);
  mkdir(dir, 0755);
  th_write(dir, "fake.txt", "wrong/1 FAIL \"*got value*\" the fake says wrong\n"
                            "wrong/2 FAIL \"*got raises*\" not this difference\n"
                            "ok/* FAIL it used to fail\n");
  char cases[600], db[600], target[600];
  snprintf(cases, sizeof cases, "%s/cases.jsonl", th_dir);
  snprintf(db, sizeof db, "%s/results.db", th_dir);
  snprintf(target, sizeof target, "exec:%s", th_env("OSC_TEST_FAKE"));
  const char *args[] = {"--target", target, "--cases", cases, "--results", db, "--expectations", dir,
                        "--platforms", th_fixture("platforms.json"), NULL};
  expect_status(0, "err", args);
  char *v = th_query(db, "SELECT group_concat(case_id || '=' || verdict || ':' || coalesce(known, ''), ' ')"
                         " FROM (SELECT * FROM outcomes ORDER BY case_id)");
  cr_expect_str_eq(v, "ok/3=PASS: wrong/1=XFAIL:the fake says wrong wrong/2=FAIL:");
  free(v);
  char *stale = th_query(db, "SELECT group_concat(json_extract(value, '$.glob') || '>' ||"
                             " json_extract(value, '$.now.verdict'), ' ') FROM runs, json_each(runs.platform,"
                             " '$.stale_expectations')");
  cr_expect_str_eq(stale, "wrong/2>FAIL ok/*>PASS");
  free(stale);
}
