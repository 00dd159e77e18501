/* Removing a sandbox never follows a symlink out of it, and copes with
 * directories a case made unreadable. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <criterion/criterion.h>
#include "../sandbox.h"
#include "helpers.h"

TestSuite(sandbox, .init = th_dir_setup, .fini = th_dir_teardown);

static void at(char *buf, const char *rel)
{
  snprintf(buf, 600, "%s/%s", th_dir, rel);
}

/* case/: symlinks out of it, and directories without permissions. */
static void plant(void)
{
  char p[600], q[600];
  at(p, "case");
  cr_assert_eq(mkdir(p, 0700), 0);
  at(p, "outside");
  mkdir(p, 0700);
  th_write(th_dir, "outside/canary", "still here\n");
  at(q, "case/to-outside");
  cr_assert_eq(symlink(p, q), 0);
  at(p, "outside/canary");
  at(q, "case/to-canary");
  cr_assert_eq(symlink(p, q), 0);
  const char *dirs[] = {"case/locked", "case/locked/inner"};
  for (int i = 0; i < 2; i++) {
    at(p, dirs[i]);
    cr_assert_eq(mkdir(p, 0700), 0);
  }
  at(p, "case/locked/inner/file");
  close(open(p, O_CREAT | O_WRONLY, 0600));
  at(p, "case/locked/inner");
  chmod(p, 0);
  at(p, "case/locked");
  chmod(p, 0500);
}

static void expect_canary_intact(void)
{
  char *text = th_read(th_dir, "outside/canary");
  cr_expect_str_eq(text, "still here\n");
  free(text);
}

Test(sandbox, removal_does_not_follow_symlinks_out)
{
  plant();
  int fd = open(th_dir, O_RDONLY | O_DIRECTORY);
  cr_expect_eq(osc_remove_tree(fd, "case"), 0);
  close(fd);
  char p[600];
  at(p, "case");
  cr_expect_neq(access(p, F_OK), 0, "the tree is gone");
  expect_canary_intact();
}

/* As an ordinary user, where permissions really bite: as root the test
 * drops to nobody in a child. */
Test(sandbox, removal_unlocks_unreadable_directories)
{
  char p[600];
  at(p, "case");
  pid_t pid = fork();
  cr_assert(pid >= 0);
  if (pid == 0) {
    if (geteuid() == 0 && (chown(th_dir, 65534, 65534) != 0 || setgid(65534) != 0 || setuid(65534) != 0))
      _exit(2);
    plant();
    int fd = open(th_dir, O_RDONLY | O_DIRECTORY);
    _exit(osc_remove_tree(fd, "case") == 0 && access(p, F_OK) != 0 ? 0 : 1);
  }
  int status;
  waitpid(pid, &status, 0);
  cr_expect(WIFEXITED(status) && WEXITSTATUS(status) == 0, "status %d", status);
  expect_canary_intact();
}

Test(sandbox, a_run_root_is_private_and_removed)
{
  setenv("TMPDIR", th_dir, 1);
  osc_sandbox s;
  char err[300];
  cr_assert(osc_sandbox_open(&s, err, sizeof err), "%s", err);
  struct stat st;
  cr_assert_eq(stat(s.root, &st), 0);
  cr_expect_eq(st.st_mode & 0777, 0700);
  cr_assert(osc_sandbox_enter(&s, 0, err, sizeof err), "%s", err);
  char first[4096];
  snprintf(first, sizeof first, "%s", s.current);
  cr_expect_eq(chdir(s.current), 0);
  mkdir("d", 0);
  cr_expect(osc_sandbox_leave(&s, err, sizeof err), "%s", err);
  cr_expect_neq(access(first, F_OK), 0);
  cr_assert(osc_sandbox_enter(&s, 1, err, sizeof err));
  cr_expect_str_neq(s.current, first, "every case gets a new directory");
  cr_expect(osc_sandbox_close(&s, err, sizeof err), "%s", err);
  cr_expect_neq(access(s.root, F_OK), 0);
  cr_expect_eq(chdir("/"), 0);
}

/* End to end: a target plants escapes in its sandbox; the run removes it all
 * and the canary outside is untouched. */
Test(sandbox, a_hostile_target_cannot_reach_outside)
{
  char canary[600];
  at(canary, "outside");
  mkdir(canary, 0700);
  th_write(th_dir, "outside/canary", "still here\n");
  setenv("OSC_TEST_CANARY_DIR", canary, 1);
  const char *lines[] = {
    "{\"id\": \"escape/1\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"steps\": [{\"call\": \"mkdir\"}], \"expect\": [{\"returns\": null}]}",
    "{\"id\": \"escape/2\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"isolate\": true, \"steps\": [{\"call\": \"mkdir\"}], \"expect\": [{\"returns\": null}]}",
    "{\"id\": \"ok/3\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"steps\": [{\"call\": \"mkdir\"}], \"expect\": [{\"returns\": null}]}",
    NULL};
  char *cases = th_cases(th_dir, lines), db[600], target[600];
  at(db, "results.db");
  snprintf(target, sizeof target, "exec:%s", th_env("OSC_TEST_FAKE"));
  const char *args[] = {"--target", target, "--cases", cases, "--results", db,
                        "--platforms", th_fixture("platforms.json"), NULL};
  cr_expect_eq(th_run(th_dir, args), 0, "%s", th_read(th_dir, "err"));
  free(cases);
  expect_canary_intact();
  cr_expect_eq(th_count_entries(th_dir, "osconform-"), 0, "the sandbox root is gone");
  char *err = th_read(th_dir, "err");
  cr_expect_eq(strlen(err), 0, "no warning about a sandbox left behind: %s", err);
  free(err);
  char *v = th_verdict(db, "escape/2");
  cr_expect_str_eq(v, "PASS");
  free(v);
}
