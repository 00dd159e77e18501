/* A target that crashes, hangs, exits, prints garbage or an enormous line
 * costs that case only: every other case still gets its verdict, the one
 * already sent behind it too (sent again, in a sandbox made anew). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <criterion/criterion.h>
#include "helpers.h"

#define CASE(id, extra) "{\"id\": \"" id "\", \"object\": \"mkdir\", \"kind\": \"behaviour\", " extra \
  "\"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"]}], \"expect\": [{\"returns\": null}], \"compare\": \"doc\"}"

static const char *const hostile[] = {
  CASE("ok/1", ""), CASE("segv/2", ""), CASE("ok/3", ""), CASE("hang/4", "\"timeout_ms\": 300,"),
  CASE("ok/5", ""), CASE("exit/6", ""), CASE("ok/7", ""), CASE("garbage/8", ""), CASE("ok/9", ""),
  CASE("huge/10", ""), CASE("ok/11", ""), CASE("twice/12", ""), CASE("ok/13", ""),
  CASE("otherid/14", ""), CASE("ok/15", ""), CASE("stub/16", ""), CASE("wrong/17", ""),
  CASE("ok/isolated", "\"isolate\": true,"), CASE("ok/19", ""),
  CASE("ok/isolated-2", "\"isolate\": true,"), CASE("ok/isolated-3", "\"isolate\": true,"),
  CASE("segv/isolated-4", "\"isolate\": true,"), CASE("ok/isolated-5", "\"isolate\": true,"), NULL};

static char *dir, *cases, db[600];

/* The lines as a cases file, run against the fake target. unconfined: the
 * test of parallel workers tells them apart by the target's parent, which
 * a PID namespace hides. */
static int run_lines(const char *const *lines, const char *jobs, bool unconfined)
{
  dir = th_tempdir();
  cases = th_cases(dir, lines);
  snprintf(db, sizeof db, "%s/results.db", dir);
  char target[600];
  snprintf(target, sizeof target, "exec:%s", th_env("OSC_TEST_FAKE"));
  const char *args[] = {"--target", target, "--cases", cases, "--results", db, "--jobs", jobs,
                        "--platforms", th_fixture("platforms.json"), unconfined ? "--unconfined" : NULL, NULL};
  return th_run(dir, args);
}

static int run_hostile_jobs(const char *jobs, bool unconfined)
{
  return run_lines(hostile, jobs, unconfined);
}

/* One worker: the tests below look at which process ran which case. */
static int run_hostile(void)
{
  return run_hostile_jobs("1", false);
}

static void done(void)
{
  free(cases);
  th_cleanup(dir);
}

static void expect_verdict(const char *id, const char *verdict)
{
  char *got = th_verdict(db, id);
  cr_expect_str_eq(got, verdict, "%s: expected %s, got %s", id, verdict, got);
  free(got);
}

static void expect_each_fault_its_own(void)
{
  expect_verdict("segv/2", "CRASH");
  expect_verdict("hang/4", "TIMEOUT");
  expect_verdict("exit/6", "CRASH");
  expect_verdict("garbage/8", "ERROR");
  expect_verdict("huge/10", "ERROR");
  expect_verdict("twice/12", "ERROR");
  expect_verdict("otherid/14", "ERROR");
  expect_verdict("stub/16", "STUB");
  expect_verdict("wrong/17", "FAIL");
  expect_verdict("segv/isolated-4", "CRASH");
  const char *oks[] = {"ok/1", "ok/3", "ok/5", "ok/7", "ok/9", "ok/11", "ok/13", "ok/15", "ok/isolated", "ok/19",
                       "ok/isolated-2", "ok/isolated-3", "ok/isolated-5"};
  for (size_t i = 0; i < sizeof oks / sizeof *oks; i++)
    expect_verdict(oks[i], "PASS");
  char *n = th_query(db, "SELECT count(*) FROM outcomes");
  cr_expect_str_eq(n, "23");
  free(n);
}

Test(hostile, each_fault_costs_its_case_only, .fini = done, .timeout = 60)
{
  cr_assert_eq(run_hostile(), 0, "osconform run failed: %s", th_read(dir, "err"));
  expect_each_fault_its_own();
}

/* While one worker waits out hang/4 (300 ms), the others go on: the
 * outcomes come from targets started by more than one worker. */
Test(hostile, parallel_workers_give_the_same_verdicts, .fini = done, .timeout = 60)
{
  cr_assert_eq(run_hostile_jobs("4", true), 0, "osconform run failed: %s", th_read(dir, "err"));
  expect_each_fault_its_own();
  char *workers = th_query(db, "SELECT count(DISTINCT json_extract(observed, '$.ppid')) >= 2 FROM outcomes");
  cr_expect_str_eq(workers, "1", "the cases were shared by several workers");
  free(workers);
  char *finished = th_query(db, "SELECT finished IS NOT NULL FROM runs");
  cr_expect_str_eq(finished, "1");
  free(finished);
  cr_expect_eq(th_count_entries(dir, "osconform-"), 0, "the sandbox root is removed");
}

Test(hostile, reasons_say_what_happened, .fini = done, .timeout = 60)
{
  cr_assert_eq(run_hostile(), 0);
  char *crash = th_query(db, "SELECT reason FROM outcomes WHERE case_id = 'segv/2'");
  cr_expect(strstr(crash, "signal 11"), "%s", crash);
  cr_expect(strstr(crash, "about to crash"), "the target's last stderr line: %s", crash);
  char *exit = th_query(db, "SELECT reason FROM outcomes WHERE case_id = 'exit/6'");
  cr_expect(strstr(exit, "exited with status 3"), "%s", exit);
  char *fail = th_query(db, "SELECT reason || ' | ' || expected || ' | ' || observed FROM outcomes WHERE case_id = 'wrong/17'");
  cr_expect(strstr(fail, "\"wrong\""), "a FAIL records what was observed: %s", fail);
  cr_expect(strstr(fail, "\"returns\""), "a FAIL records what was expected: %s", fail);
  char *replay = th_query(db, "SELECT replay FROM outcomes WHERE case_id = 'wrong/17'");
  cr_expect(strstr(replay, " run --target 'exec:") && strstr(replay, "--filter 'wrong/17' --cases '"), "%s", replay);
  free(crash);
  free(exit);
  free(fail);
  free(replay);
}

static char *pid_of(const char *id)
{
  char sql[200];
  snprintf(sql, sizeof sql, "SELECT json_extract(observed, '$.pid') FROM outcomes WHERE case_id = '%s'", id);
  return th_query(db, sql);
}

Test(hostile, one_process_for_the_run_and_a_fresh_one_when_isolated, .fini = done, .timeout = 60)
{
  cr_assert_eq(run_hostile(), 0);
  char *p15 = pid_of("ok/15"), *p17 = pid_of("wrong/17"), *piso = pid_of("ok/isolated"), *p19 = pid_of("ok/19");
  cr_expect_str_eq(p15, p17, "cases share the target process");
  cr_expect_str_eq(p17, p19, "the shared process outlives an isolated case");
  cr_expect_str_neq(piso, p19, "an isolated case runs in a fresh process");
  char *distinct = th_query(db, "SELECT count(DISTINCT json_extract(observed, '$.pid')) FROM outcomes"
                                " WHERE case_id LIKE 'ok/isolated%'");
  cr_expect_str_eq(distinct, "4", "each isolated case has a process of its own");
  free(distinct);
  free(p15);
  free(p17);
  free(piso);
  free(p19);
}

Test(hostile, the_run_is_finished_and_leaves_no_sandbox, .fini = done, .timeout = 60)
{
  cr_assert_eq(run_hostile(), 0);
  char *finished = th_query(db, "SELECT finished IS NOT NULL FROM runs");
  cr_expect_str_eq(finished, "1");
  free(finished);
  cr_expect_eq(th_count_entries(dir, "osconform-"), 0, "the sandbox root is removed");
  char *facts = th_query(db, "SELECT json_extract(platform, '$.sandbox_root_set') FROM runs");
  cr_expect_str_eq(facts, "yes", "targets get OSCONFORM_SANDBOX_ROOT");
  free(facts);
}

/* A target that forks for isolation gets the isolated cases itself; a child
 * that dies is its case's CRASH, and the shared process lives on. */
Test(hostile, a_target_that_forks_for_isolation, .fini = done, .timeout = 60)
{
  setenv("OSC_FAKE_FORK_ISOLATION", "1", 1);
  cr_assert_eq(run_hostile(), 0, "%s", th_read(dir, "err"));
  expect_verdict("segv/isolated-4", "CRASH");
  char *reason = th_query(db, "SELECT reason FROM outcomes WHERE case_id = 'segv/isolated-4'");
  cr_expect(strstr(reason, "forked for this case was killed by signal 11"), "%s", reason);
  free(reason);
  const char *oks[] = {"ok/isolated", "ok/isolated-2", "ok/isolated-3", "ok/isolated-5", "ok/19"};
  for (size_t i = 0; i < sizeof oks / sizeof *oks; i++)
    expect_verdict(oks[i], "PASS");
  char *distinct = th_query(db, "SELECT count(DISTINCT json_extract(observed, '$.pid')) FROM outcomes"
                                " WHERE case_id LIKE 'ok/isolated%'");
  cr_expect_str_eq(distinct, "4", "each isolated case ran in a child of its own");
  free(distinct);
  char *p17 = pid_of("wrong/17"), *p19 = pid_of("ok/19");
  cr_expect_str_eq(p17, p19, "the crash of a child costs the shared process nothing");
  free(p17);
  free(p19);
}

/* A target that crashes on every case is broken, not failing them: the run
 * stops after a long run of crashes, says so, and exits 5; --resume can
 * continue it. */
Test(hostile, a_target_that_crashes_on_every_case_stops_the_run, .timeout = 120)
{
  static char lines_buf[60][200];
  const char *lines[61];
  for (int i = 0; i < 60; i++) {
    snprintf(lines_buf[i], sizeof lines_buf[i], CASE("segv/%02d", ""), i);
    lines[i] = lines_buf[i];
  }
  lines[60] = NULL;
  cr_expect_eq(run_lines(lines, "1", false), 5);
  char *err = th_read(dir, "err");
  cr_expect(strstr(err, "crashed on 25 cases in a row"), "%s", err);
  free(err);
  char *n = th_query(db, "SELECT count(*) FROM outcomes WHERE verdict = 'CRASH'");
  cr_expect_str_eq(n, "25");
  free(n);
  char *finished = th_query(db, "SELECT finished IS NULL FROM runs");
  cr_expect_str_eq(finished, "1", "the run is left to --resume");
  free(finished);
  done();
}

/* Isolation is the runner's decision: a case that changes process-wide
 * state (here umask) runs isolated though it does not say so, and the
 * cases around it share their process as usual. */
Test(hostile, a_state_changing_case_is_isolated_whatever_it_says, .timeout = 60)
{
  static const char *const lines[] = {
    CASE("ok/a", ""),
    "{\"id\": \"ok/umask-unmarked\", \"object\": \"umask\", \"kind\": \"behaviour\", \"isolate\": false, "
    "\"steps\": [{\"call\": \"umask\", \"args\": [18]}], \"expect\": [{\"returns\": null}], \"compare\": \"doc\"}",
    CASE("ok/b", ""), NULL};
  cr_assert_eq(run_lines(lines, "1", false), 0, "%s", th_read(dir, "err"));
  char *a = pid_of("ok/a"), *b = pid_of("ok/b"), *u = pid_of("ok/umask-unmarked");
  cr_expect_str_eq(a, b, "the cases around it share their process");
  cr_expect_str_neq(u, a, "the umask case ran isolated");
  free(a);
  free(b);
  free(u);
  done();
}
