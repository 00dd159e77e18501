/* Removing a sandbox never follows a symlink out of it, and copes with
 * directories a case made unreadable; a case directory serves again only
 * when it is exactly as mkdir made it. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/xattr.h>
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

/* On a disk the remover works in the background: these wait for it, up to
 * 5 s. (TMPDIR is a directory under /tmp: on a disk here.) */
static bool offered_again(const osc_sandbox *s)
{
  struct pollfd p = {.fd = s->reusable[0], .events = POLLIN};
  return poll(&p, 1, 5000) == 1;
}

static bool eventually_gone(const char *path)
{
  for (int i = 0; i < 500 && access(path, F_OK) == 0; i++)
    usleep(10000);
  return access(path, F_OK) != 0;
}

static ino_t inode_of(const char *path)
{
  struct stat st;
  cr_assert_eq(lstat(path, &st), 0, "%s", path);
  return st.st_ino;
}

Test(sandbox, a_run_root_is_private_and_removed)
{
  setenv("TMPDIR", th_dir, 1);
  osc_sandbox s;
  osc_case_dir dir = {0};
  char err[300];
  cr_assert(osc_sandbox_open(&s, err, sizeof err), "%s", err);
  struct stat st;
  cr_assert_eq(stat(s.root, &st), 0);
  cr_expect_eq(st.st_mode & 0777, 0700);
  cr_assert(osc_sandbox_enter(&s, 0, &dir, err, sizeof err), "%s", err);
  char first[4096], inside[4200];
  snprintf(first, sizeof first, "%s", dir.path);
  snprintf(inside, sizeof inside, "%s/d", first);
  cr_expect_eq(mkdir(inside, 0), 0);
  ino_t ino = inode_of(first);
  cr_expect(osc_sandbox_leave(&s, &dir, err, sizeof err), "%s", err);
  if (s.in_memory)  /* tmpfs: removed at once, never reused */
    cr_expect_neq(access(first, F_OK), 0);
  else
    cr_assert(offered_again(&s), "an emptied directory left as made serves again");
  cr_expect_neq(access(inside, F_OK), 0, "what the case made is gone");
  cr_assert(osc_sandbox_enter(&s, 1, &dir, err, sizeof err));
  if (s.in_memory) {
    cr_expect_str_neq(dir.path, first, "a new directory, named after the case");
  } else {
    cr_expect_str_eq(dir.path, first, "the emptied directory serves again, under its name");
    cr_expect_eq(inode_of(dir.path), ino);
  }
  cr_expect(osc_sandbox_leave(&s, &dir, err, sizeof err), "%s", err);
  /* A target that wants fresh paths gets the directory renamed. */
  s.fresh_paths = true;
  if (!s.in_memory)
    cr_assert(offered_again(&s));
  cr_assert(osc_sandbox_enter(&s, 2, &dir, err, sizeof err));
  cr_expect_str_neq(dir.path, first, "a path no earlier case had");
  if (!s.in_memory)
    cr_expect_eq(inode_of(dir.path), ino, "the emptied directory, renamed");
  cr_assert_eq(stat(dir.path, &st), 0);
  cr_expect_eq(st.st_mode & 07777, 0700);
  cr_expect_eq(st.st_nlink, 2);
  cr_expect(osc_sandbox_close(&s, err, sizeof err), "%s", err);
  cr_expect_neq(access(s.root, F_OK), 0);
}

static int fs_flags(int fd)
{
  int flags = 0;
  return ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 ? flags : -1;
}

/* Where the file system keeps the top-directory flag (ext2/3/4, chattr +T),
 * the root has it: the case directories are spread over the block groups. */
Test(sandbox, the_root_spreads_case_directories_where_it_can)
{
  char probe[600];
  at(probe, "probe");
  cr_assert_eq(mkdir(probe, 0700), 0);
  int fd = open(probe, O_RDONLY | O_DIRECTORY), flags = fs_flags(fd);
  flags |= FS_TOPDIR_FL;
  bool kept = flags != -1 && ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0 && fs_flags(fd) & FS_TOPDIR_FL;
  close(fd);
  if (!kept)
    cr_skip_test("the file system of %s has no top-directory flag", th_dir);
  setenv("TMPDIR", th_dir, 1);
  osc_sandbox s;
  char err[300];
  cr_assert(osc_sandbox_open(&s, err, sizeof err), "%s", err);
  cr_expect(fs_flags(s.root_fd) & FS_TOPDIR_FL);
  cr_expect(osc_sandbox_close(&s, err, sizeof err), "%s", err);
}

/* A case directory the case changed (mode, owner, extended attributes) is
 * removed, never handed to another case. */
static void expect_not_reused(void (*change)(const char *dir))
{
  setenv("TMPDIR", th_dir, 1);
  osc_sandbox s;
  osc_case_dir dir = {0};
  char err[300], first[4096];
  cr_assert(osc_sandbox_open(&s, err, sizeof err), "%s", err);
  cr_assert(osc_sandbox_enter(&s, 0, &dir, err, sizeof err), "%s", err);
  snprintf(first, sizeof first, "%s", dir.path);
  change(first);
  cr_expect(osc_sandbox_leave(&s, &dir, err, sizeof err), "%s", err);
  cr_expect(eventually_gone(first), "%s is removed", first);
  cr_assert(osc_sandbox_enter(&s, 1, &dir, err, sizeof err));
  struct stat st;
  cr_assert_eq(stat(dir.path, &st), 0);
  cr_expect_eq(st.st_mode & 07777, 0700);
  cr_expect_eq(st.st_uid, geteuid());
  cr_expect_eq(listxattr(dir.path, NULL, 0) > 0, false);
  cr_expect(osc_sandbox_close(&s, err, sizeof err), "%s", err);
}

static void open_to_all(const char *dir)
{
  cr_assert_eq(chmod(dir, 0777), 0);
}

static void give_away(const char *dir)
{
  cr_assert_eq(chown(dir, 65534, 65534), 0);
}

static void label(const char *dir)
{
  if (setxattr(dir, "user.osconform", "x", 1, 0) != 0)
    cr_skip_test("no user extended attributes here: %s", strerror(errno));
}

Test(sandbox, a_changed_mode_is_not_reused) { expect_not_reused(open_to_all); }
Test(sandbox, a_changed_owner_is_not_reused)
{
  if (geteuid() != 0)
    cr_skip_test("only root can give a directory away");
  expect_not_reused(give_away);
}
Test(sandbox, an_extended_attribute_is_not_reused) { expect_not_reused(label); }

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

/* A run killed with SIGKILL leaves its root behind; the next run removes
 * it. A root a live run holds (its lock) stays. */
Test(sandbox, the_next_run_removes_the_roots_of_killed_runs)
{
  setenv("TMPDIR", th_dir, 1);
  char stale[700], nested[800];
  snprintf(stale, sizeof stale, "%s/osconform-Dead01", th_dir);
  snprintf(nested, sizeof nested, "%s/c000001", stale);
  cr_assert_eq(mkdir(stale, 0700), 0);
  cr_assert_eq(mkdir(nested, 0700), 0);
  osc_sandbox live, next;
  char err[300];
  cr_assert(osc_sandbox_open(&live, err, sizeof err), "%s", err);
  cr_assert(osc_sandbox_open(&next, err, sizeof err), "%s", err);
  cr_expect_neq(access(stale, F_OK), 0, "the killed run's root is gone");
  cr_expect_eq(access(live.root, F_OK), 0, "a live run's root stays");
  cr_expect(osc_sandbox_close(&next, err, sizeof err), "%s", err);
  cr_expect(osc_sandbox_close(&live, err, sizeof err), "%s", err);
}
