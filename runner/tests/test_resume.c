/* An interrupted run keeps every finished outcome, and --resume continues it. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <criterion/criterion.h>
#include "helpers.h"

#define NCASES 30

static char *dir, *cases, db[600], target[600];
static char *lines[NCASES + 1];

static void setup(void)
{
  dir = th_tempdir();
  for (int i = 0; i < NCASES; i++) {
    char *l;
    cr_assert(asprintf(&l, "{\"id\": \"slow/%02d\", \"object\": \"mkdir\", \"kind\": \"behaviour\", "
                           "\"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"]}], "
                           "\"expect\": [{\"returns\": null}], \"compare\": \"doc\"}", i) > 0);
    lines[i] = l;
  }
  cases = th_cases(dir, (const char *const *)lines);
  snprintf(db, sizeof db, "%s/results.db", dir);
  snprintf(target, sizeof target, "exec:%s", th_env("OSC_TEST_FAKE"));
}

static void teardown(void)
{
  for (int i = 0; i < NCASES; i++)
    free(lines[i]);
  free(cases);
  th_cleanup(dir);
}

static int count(const char *sql)
{
  char *n = th_query(db, sql);
  int v = atoi(n);
  free(n);
  return v;
}

/* Waits until the run has committed some outcomes, then signals it. */
static int interrupt_midway(int sig)
{
  const char *args[] = {"--target", target, "--cases", cases, "--results", db,
                        "--platforms", th_fixture("platforms.json"), NULL};
  pid_t pid = th_start(dir, args);
  for (int tries = 0; tries < 200; tries++) {
    usleep(25 * 1000);
    if (access(db, F_OK) == 0 && count("SELECT count(*) FROM sqlite_master WHERE name = 'outcomes'") &&
        count("SELECT count(*) FROM outcomes") >= 5)
      break;
  }
  kill(pid, sig);
  return th_wait(pid);
}

static void interrupted_then_resumed(int sig)
{
  cr_assert_eq(interrupt_midway(sig), 130, "an interrupted run exits 130: %s", th_read(dir, "err"));
  int kept = count("SELECT count(*) FROM outcomes");
  cr_expect(kept >= 5 && kept < NCASES, "kept %d outcomes", kept);
  cr_expect_eq(count("SELECT count(*) FROM runs WHERE finished IS NULL"), 1, "the run is unfinished");
  cr_expect_eq(th_count_entries(dir, "osconform-"), 0, "the sandbox root is removed on a signal");

  const char *args[] = {"--target", target, "--cases", cases, "--results", db, "--resume",
                        "--platforms", th_fixture("platforms.json"), NULL};
  cr_assert_eq(th_run(dir, args), 0, "%s", th_read(dir, "err"));
  cr_expect_eq(count("SELECT count(*) FROM runs"), 1, "the same run goes on");
  cr_expect_eq(count("SELECT count(*) FROM runs WHERE finished IS NOT NULL"), 1);
  cr_expect_eq(count("SELECT count(*) FROM outcomes"), NCASES);
  cr_expect_eq(count("SELECT count(*) FROM outcomes WHERE verdict = 'PASS'"), NCASES);
  char *err = th_read(dir, "err");
  cr_expect(strstr(err, "resuming run 1"), "%s", err);
  free(err);
}

Test(resume, after_sigint, .init = setup, .fini = teardown, .timeout = 60)
{
  interrupted_then_resumed(SIGINT);
}

Test(resume, after_sigterm, .init = setup, .fini = teardown, .timeout = 60)
{
  interrupted_then_resumed(SIGTERM);
}

Test(resume, with_nothing_to_resume_starts_a_new_run, .init = setup, .fini = teardown, .timeout = 60)
{
  const char *args[] = {"--target", target, "--cases", cases, "--results", db, "--resume",
                        "--filter", "slow/0[0-2]", "--platforms", th_fixture("platforms.json"), NULL};
  cr_assert_eq(th_run(dir, args), 0, "%s", th_read(dir, "err"));
  cr_expect_eq(count("SELECT count(*) FROM outcomes"), 3, "--filter selects by glob");
  cr_expect_eq(count("SELECT total FROM runs"), 3);
  char *err = th_read(dir, "err");
  cr_expect(strstr(err, "no unfinished run"), "%s", err);
  free(err);
}

/* Even SIGKILL, which nothing can catch, loses nothing that finished before
 * a long case: the batch is committed before the case starts. */
Test(resume, a_killed_run_keeps_what_finished, .init = setup, .fini = teardown, .timeout = 60)
{
  const char *lines[] = {
    "{\"id\": \"ok/1\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"steps\": [{\"hasattr\": \"mkdir\"}], \"expect\": [{\"any\": true}]}",
    "{\"id\": \"ok/2\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"steps\": [{\"hasattr\": \"mkdir\"}], \"expect\": [{\"any\": true}]}",
    "{\"id\": \"hang/3\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"timeout_ms\": 20000, \"steps\": [{\"hasattr\": \"mkdir\"}], \"expect\": [{\"any\": true}]}",
    NULL};
  char *hanging = th_cases(dir, lines);
  const char *args[] = {"--target", target, "--cases", hanging, "--results", db,
                        "--platforms", th_fixture("platforms.json"), NULL};
  pid_t pid = th_start(dir, args);
  usleep(1500 * 1000);  /* well past the batch age, well before the timeout */
  kill(pid, SIGKILL);
  th_wait(pid);
  free(hanging);
  cr_expect_eq(count("SELECT count(*) FROM outcomes WHERE verdict = 'PASS'"), 2);
  cr_expect_eq(count("SELECT count(*) FROM runs WHERE finished IS NULL"), 1);
}

/* The --jobs worker among pid's children, or 0. Workers name themselves
 * (comm "osconform-w1"): a target the run starts is its child too, and
 * until its exec it is called "osconform" like the run itself. */
static pid_t worker_of(pid_t pid)
{
  char path[64], comm[32];
  snprintf(path, sizeof path, "/proc/%d/task/%d/children", (int)pid, (int)pid);
  FILE *f = fopen(path, "r");
  int child, found = 0;
  while (f && !found && fscanf(f, "%d", &child) == 1) {
    snprintf(path, sizeof path, "/proc/%d/comm", child);
    FILE *c = fopen(path, "r");
    if (c && fgets(comm, sizeof comm, c) && strcmp(comm, "osconform-w1\n") == 0)
      found = child;
    if (c)
      fclose(c);
  }
  if (f)
    fclose(f);
  return found;
}

/* A worker killed from outside costs the outcomes it had not written: the
 * run says so and exits 4, and --resume runs what is missing. */
Test(resume, a_killed_worker_is_reported_and_resumed, .init = setup, .fini = teardown, .timeout = 60)
{
  const char *args[] = {"--target", target, "--cases", cases, "--results", db, "--jobs", "2",
                        "--platforms", th_fixture("platforms.json"), NULL};
  pid_t pid = th_start(dir, args), worker = 0;
  for (int tries = 0; tries < 300 && !worker; tries++) {
    usleep(10 * 1000);
    worker = worker_of(pid);
  }
  cr_assert(worker > 0, "no worker process appeared");
  kill(worker, SIGKILL);
  cr_assert_eq(th_wait(pid), 4, "%s", th_read(dir, "err"));
  char *err = th_read(dir, "err");
  cr_expect(strstr(err, "worker 1 was killed by signal 9"), "%s", err);
  free(err);
  cr_expect_eq(count("SELECT count(*) FROM runs WHERE finished IS NULL"), 1, "the run is unfinished");

  const char *resume[] = {"--target", target, "--cases", cases, "--results", db, "--resume",
                          "--platforms", th_fixture("platforms.json"), NULL};
  cr_assert_eq(th_run(dir, resume), 0, "%s", th_read(dir, "err"));
  cr_expect_eq(count("SELECT count(*) FROM outcomes WHERE verdict = 'PASS'"), NCASES);
  cr_expect_eq(count("SELECT count(*) FROM runs WHERE finished IS NOT NULL"), 1);
}

/* --resume goes on with the same run: another selection of cases (a
 * --filter, another file) would finish it with a mix, and is refused. */
Test(resume, another_selection_is_refused, .init = setup, .fini = teardown, .timeout = 60)
{
  const char *all[] = {"--target", target, "--cases", cases, "--results", db,
                       "--platforms", th_fixture("platforms.json"), NULL};
  cr_assert_eq(th_run(dir, all), 0, "%s", th_read(dir, "err"));
  th_sql(db, "UPDATE runs SET finished = NULL");
  const char *some[] = {"--target", target, "--cases", cases, "--results", db, "--resume", "--filter", "slow/0*",
                        "--platforms", th_fixture("platforms.json"), NULL};
  cr_expect_eq(th_run(dir, some), 2);
  char *err = th_read(dir, "err");
  cr_expect(strstr(err, "--resume") && strstr(err, "ran 30 cases"), "%s", err);
  free(err);
  cr_expect_eq(count("SELECT count(*) FROM runs"), 1, "no run was added");
}
