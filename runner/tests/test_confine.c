/* The kernel, not the case file, keeps a target in its sandbox: cases that
 * write, remove, rename or chmod outside it, signal every process, or make a
 * device node in it, change nothing outside, and a process outside lives on.
 * Against a real Python (the driver), and inside the Debian root. */
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <criterion/criterion.h>
#include "helpers.h"

#define MAX_LINES 16

static char *dir, *cases, db[600], canary[600];
static char lines_buf[MAX_LINES][1200];
static const char *lines[MAX_LINES + 1];
static pid_t sleeper;

#define CALL(id, fn, args) "{\"id\": \"" id "\", \"object\": \"" fn "\", \"kind\": \"behaviour\", " \
  "\"steps\": [{\"call\": \"" fn "\", \"args\": " args "}], \"expect\": [{\"any\": true}], \"compare\": \"doc\"}"

static void add_line(size_t *n, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add_line(size_t *n, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(lines_buf[*n], sizeof lines_buf[*n], fmt, ap);
  va_end(ap);
  lines[*n] = lines_buf[*n];
  lines[++*n] = NULL;
}

static void setup(void)
{
  dir = th_tempdir();
  snprintf(canary, sizeof canary, "%s/canary", dir);
  th_write(dir, "canary", "outside the sandbox\n");
  chmod(canary, 0644);
  size_t n = 0;
  /* 577 = O_WRONLY|O_CREAT|O_TRUNC; 8630 = S_IFCHR|0666; 259 = makedev(1, 3), /dev/null */
  add_line(&n, CALL("escape/absolute-write", "open", "[\"%s\", 577, 420]"), canary);
  add_line(&n, CALL("escape/absolute-create", "open", "[\"%s/planted\", 577, 420]"), dir);
  add_line(&n, CALL("escape/pardir-unlink", "unlink", "[\"../../canary\"]"));
  add_line(&n, CALL("escape/rename-out", "rename", "[\"%s\", \"stolen\"]"), canary);
  add_line(&n, CALL("escape/chmod-out", "chmod", "[\"%s\", 511]"), dir);
  add_line(&n, CALL("escape/kill-outside", "kill", "[%d, 9]"), (int)sleeper);
  add_line(&n, "{\"id\": \"escape/mknod-open\", \"object\": \"mknod\", \"kind\": \"behaviour\", "
               "\"steps\": [{\"call\": \"mknod\", \"args\": [\"null\", 8630, 259]}, "
               "{\"call\": \"open\", \"args\": [\"null\", 1]}], "
               "\"expect\": [{\"any\": true}, {\"raises\": \"PermissionError\"}], \"compare\": \"doc\"}");
  add_line(&n, CALL("escape/kill-all", "kill", "[-1, 9]"));
  /* kill(-1) runs isolated (it manages processes) and takes the target with
   * it; the case the runner had already sent behind it is the CRASH, and the
   * run goes on with a new target. */
  add_line(&n, CALL("escape/in-flight-behind-kill-all", "getcwd", "[]"));
  add_line(&n, CALL("escape/after-kill-all", "getcwd", "[]"));
  cases = th_cases(dir, lines);
  snprintf(db, sizeof db, "%s/results.db", dir);
}

static void start_sleeper(void)
{
  sleeper = fork();
  if (sleeper == 0) {
    for (;;)
      pause();
  }
  cr_assert(sleeper > 0);
}

static void init(void)
{
  start_sleeper();
  setup();
}

static void fini(void)
{
  if (sleeper > 0) {
    kill(sleeper, SIGKILL);
    waitpid(sleeper, NULL, 0);
  }
  free(cases);
  th_cleanup(dir);
}

static void expect_nothing_outside_changed(void)
{
  struct stat st;
  char *content = th_read(dir, "canary");
  cr_expect_str_eq(content, "outside the sandbox\n", "the canary's content is unchanged");
  free(content);
  cr_expect(stat(canary, &st) == 0 && (st.st_mode & 07777) == 0644, "the canary's mode is unchanged");
  cr_expect(stat(dir, &st) == 0 && (st.st_mode & 07777) != 0777, "the directory outside kept its mode");
  char planted[700];
  snprintf(planted, sizeof planted, "%s/planted", dir);
  cr_expect(access(planted, F_OK) != 0, "no file was created outside the sandbox");
  cr_expect(kill(sleeper, 0) == 0 && waitpid(sleeper, NULL, WNOHANG) == 0, "the process outside is alive");
}

static void run_confined(const char *target)
{
  const char *args[] = {"--target", target, "--cases", cases, "--results", db, "--jobs", "1", NULL};
  /* The runner's own rule refuses a case that signals a process it did not
   * start (runner/case_procs.c); with it lifted, the kernel alone must hold. */
  cr_assert_eq(th_run(dir, args), 3, "the runner refuses escape/kill-outside");
  char *err = th_read(dir, "err");
  cr_expect(strstr(err, "escape/kill-outside") && strstr(err, "did not start"), "%s", err);
  free(err);
  setenv("OSCONFORM_TEST_UNCHECKED_PIDS", "1", 1);
  int rc = th_run(dir, args);
  unsetenv("OSCONFORM_TEST_UNCHECKED_PIDS");
  cr_assert_eq(rc, 0, "osconform run: %s", th_read(dir, "err"));
  expect_nothing_outside_changed();
  char *mknod = th_verdict(db, "escape/mknod-open");
  char *after = th_verdict(db, "escape/after-kill-all");
  if (geteuid() == 0)  /* elsewhere mknod itself is refused */
    cr_expect_str_eq(mknod, "PASS", "a device node made in the sandbox cannot be opened (nodev)");
  cr_expect_str_eq(after, "PASS", "kill(-1) reached only the target's own namespace; the run went on");
  free(mknod);
  free(after);
  char *confinement = th_query(db, "SELECT json_extract(platform, '$.confinement') FROM runs");
  cr_expect_str_eq(confinement, "bubblewrap");
  free(confinement);
}

Test(confine, a_python_target_cannot_reach_outside_its_sandbox, .init = init, .fini = fini, .timeout = 120)
{
  run_confined("python:/usr/bin/python3");
}

static bool mounted_anywhere(const char *path)
{
  FILE *f = fopen("/proc/self/mountinfo", "r");
  char line[4096];
  bool found = false;
  while (f && !found && fgets(line, sizeof line, f))
    found = strstr(line, path) != NULL;
  if (f)
    fclose(f);
  return found;
}

/* The tiny case file against CPython 3.14 inside the Debian root: it runs
 * there (its facts are the root's), confined, and leaves nothing mounted. */
Test(confine, a_target_inside_the_debian_root, .init = init, .fini = fini, .timeout = 120)
{
  const char *root = getenv("OSCONFORM_ROOT");
  char exe[700];
  snprintf(exe, sizeof exe, "%s/usr/bin/python3.14", root ? root : "");
  if (!root || access(exe, X_OK) != 0)
    cr_skip_test("no Debian root with python3.14 at $OSCONFORM_ROOT (make targets builds it; it needs root "
                 "and Debian's archive)");
  run_confined("cpython3.14");
  char *lang = th_query(db, "SELECT json_extract(platform, '$.language_version') FROM runs");
  char *impl = th_query(db, "SELECT implementation || ' ' || version FROM runs");
  cr_expect_str_eq(lang, "3.14");
  cr_expect(strncmp(impl, "cpython 3.14.", 13) == 0, "%s", impl);
  free(lang);
  free(impl);
  cr_expect(!mounted_anywhere(root), "nothing of the root is mounted on the host");
}
