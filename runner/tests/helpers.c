#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <criterion/criterion.h>
#include <sqlite3.h>
#include "../sandbox.h"
#include "helpers.h"

const char *th_env(const char *name)
{
  const char *v = getenv(name);
  cr_assert(v && *v, "%s is not set: run the tests with make check-runner", name);
  return v;
}

const char *th_fixture(const char *name)
{
  static char path[512];
  snprintf(path, sizeof path, "%s/%s", th_env("OSC_TEST_FIXTURES"), name);
  return path;
}

char *th_tempdir(void)
{
  char *dir = strdup("/tmp/osc-test-XXXXXX");
  cr_assert(mkdtemp(dir), "mkdtemp");
  return dir;
}

char *th_dir;

void th_dir_setup(void)
{
  th_dir = th_tempdir();
}

void th_dir_teardown(void)
{
  th_cleanup(th_dir);
}

void th_cleanup(char *dir)
{
  cr_expect_eq(osc_remove_tree(AT_FDCWD, dir), 0, "removing %s", dir);
  free(dir);
}

void th_write(const char *dir, const char *name, const char *text)
{
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  cr_assert(f, "cannot write %s", path);
  fputs(text, f);
  fclose(f);
}

char *th_read(const char *dir, const char *name)
{
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "r");
  cr_assert(f, "cannot read %s", path);
  char *text = calloc(1, 1 << 16);
  size_t n = fread(text, 1, (1 << 16) - 1, f);
  text[n] = '\0';
  fclose(f);
  return text;
}

char *th_cases(const char *dir, const char *const *lines)
{
  char path[512];
  snprintf(path, sizeof path, "%s/cases.jsonl", dir);
  FILE *f = fopen(path, "w");
  cr_assert(f);
  fputs("{\"format\": \"osconform-cases\", \"version\": 1, \"doc\": \"3.14\", \"generated_by\": \"test\"}\n", f);
  for (; *lines; lines++)
    fprintf(f, "%s\n", *lines);
  fclose(f);
  return strdup(path);
}

pid_t th_start(const char *dir, const char *const *args)
{
  pid_t pid = fork();
  cr_assert(pid >= 0);
  if (pid == 0) {
    char out[512], err[512];
    snprintf(out, sizeof out, "%s/out", dir);
    snprintf(err, sizeof err, "%s/err", dir);
    if (!freopen(out, "w", stdout) || !freopen(err, "w", stderr))
      _exit(126);
    setenv("TMPDIR", dir, 1);
    const char *argv[32] = {th_env("OSC_TEST_OSCONFORM"), "run"};
    int n = 2;
    for (; *args && n < 31; args++)
      argv[n++] = *args;
    execv(argv[0], (char *const *)argv);
    _exit(127);
  }
  return pid;
}

int th_wait(pid_t pid)
{
  int status;
  cr_assert_eq(waitpid(pid, &status, 0), pid);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int th_run(const char *dir, const char *const *args)
{
  return th_wait(th_start(dir, args));
}

char *th_query(const char *db, const char *sql)
{
  sqlite3 *h;
  cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
  sqlite3_busy_timeout(h, 5000);  /* the run under test may be committing */
  sqlite3_stmt *st;
  cr_assert_eq(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK, "%s: %s", sql, sqlite3_errmsg(h));
  char *text;
  if (sqlite3_step(st) == SQLITE_ROW)
    text = strdup(sqlite3_column_text(st, 0) ? (const char *)sqlite3_column_text(st, 0) : "");
  else
    text = strdup("(none)");
  sqlite3_finalize(st);
  sqlite3_close(h);
  return text;
}

void th_sql(const char *db, const char *statements)
{
  sqlite3 *h;
  cr_assert_eq(sqlite3_open(db, &h), SQLITE_OK);
  char *err = NULL;
  cr_assert_eq(sqlite3_exec(h, statements, NULL, NULL, &err), SQLITE_OK, "%s", err);
  sqlite3_close(h);
}

char *th_verdict(const char *db, const char *case_id)
{
  char *sql = sqlite3_mprintf("SELECT verdict FROM outcomes WHERE case_id = %Q"
                              " AND run_id = (SELECT max(id) FROM runs)", case_id);
  char *v = th_query(db, sql);
  sqlite3_free(sql);
  return v;
}

int th_stderr_to(const char *dir)
{
  char path[512];
  snprintf(path, sizeof path, "%s/err", dir);
  fflush(stderr);
  int saved = dup(2);
  cr_assert(freopen(path, "w", stderr));
  return saved;
}

void th_stderr_back(int saved)
{
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
}

int th_count_entries(const char *dir, const char *prefix)
{
  DIR *d = opendir(dir);
  cr_assert(d);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    n += strncmp(e->d_name, prefix, strlen(prefix)) == 0;
  closedir(d);
  return n;
}
