#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "helpers.h"

char *path_in(const char *dir, const char *file)
{
  char *p;
  cr_assert(asprintf(&p, "%s/%s", dir, file) > 0);
  return p;
}

char *slurp(const char *path)
{
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  char *text = NULL;
  size_t size = 0;
  FILE *mem = open_memstream(&text, &size);
  char buf[8192];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    fwrite(buf, 1, n, mem);
  fclose(f);
  fclose(mem);
  return text;
}

void sql(const char *db_path, const char *statements)
{
  sqlite3 *db;
  char *err = NULL;
  cr_assert_eq(sqlite3_open(db_path, &db), SQLITE_OK);
  int rc = sqlite3_exec(db, statements, NULL, NULL, &err);
  cr_assert_eq(rc, SQLITE_OK, "%s: %s", db_path, err ? err : "");
  sqlite3_close(db);
}

static void build_db(const char *db, const char *schema, const char *inserts)
{
  char *s = slurp(schema), *i = slurp(inserts);
  cr_assert(s && i, "cannot read %s or %s (run from the repository root)", schema, inserts);
  sql(db, s);
  sql(db, i);
  free(s);
  free(i);
}

/* Fixture directories are per process (make check may run twice at once in
 * one tree); those of processes that have exited are swept away. */
static void sweep_stale_fixtures(void)
{
  DIR *d = opendir(TEST_ROOT "/fixtures");
  struct dirent *e;
  while (d && (e = readdir(d))) {
    const char *dot = strrchr(e->d_name, '.');
    long pid = dot ? strtol(dot + 1, NULL, 10) : 0;
    if (pid > 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH) {
      char cmd[600];
      snprintf(cmd, sizeof cmd, "rm -rf '" TEST_ROOT "/fixtures/%s'", e->d_name);
      cr_assert_eq(system(cmd), 0);
    }
  }
  if (d)
    closedir(d);
}

const char *fixture(const char *name)
{
  static char dir[512];
  sweep_stale_fixtures();
  snprintf(dir, sizeof dir, TEST_ROOT "/fixtures/%s.%ld", name, (long)getpid());
  char cmd[1100];
  snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", dir, dir);
  cr_assert_eq(system(cmd), 0);
  char *spec = path_in(dir, "spec.db"), *results = path_in(dir, "results.db");
  build_db(spec, "spec/schema.sql", "reports/tests/fixture/spec.sql");
  build_db(results, "runner/results.sql", "reports/tests/fixture/results.sql");
  free(spec);
  free(results);
  return dir;
}

struct osc_model *fixture_model(const char *dir)
{
  struct osc_model *m = rpt_model_new();
  char *spec = path_in(dir, "spec.db"), *results = path_in(dir, "results.db");
  const char *paths[] = { results };
  cr_assert_eq(rpt_model_load_results(m, paths, 1), 0);
  cr_assert_eq(rpt_model_load_spec(m, spec), 0);
  rpt_model_finish(m);
  free(spec);
  free(results);
  return m;
}

char *render(rpt_reporter *report, const struct osc_model *m)
{
  char *text = NULL;
  size_t size = 0;
  FILE *mem = open_memstream(&text, &size);
  cr_assert_eq(report(m, mem), 0);
  fclose(mem);
  return text;
}

char *last_stderr;

static char *read_back(FILE *tmp)
{
  rewind(tmp);
  char *text = NULL;
  size_t size = 0;
  FILE *mem = open_memstream(&text, &size);
  int ch;
  while ((ch = fgetc(tmp)) != EOF)
    fputc(ch, mem);
  fclose(mem);
  fclose(tmp);
  return text;
}

int run(int (*cmd)(int, char **), char **out, const char *arg, ...)
{
  char *argv[32];
  int argc = 0;
  va_list ap;
  va_start(ap, arg);
  for (const char *a = arg; a && argc < 31; a = va_arg(ap, const char *))
    argv[argc++] = (char *)a;
  va_end(ap);
  argv[argc] = NULL;
  fflush(stdout);
  fflush(stderr);
  FILE *tmp_out = tmpfile(), *tmp_err = tmpfile();
  int saved_out = dup(1), saved_err = dup(2);
  dup2(fileno(tmp_out), 1);
  dup2(fileno(tmp_err), 2);
  int rc = cmd(argc, argv);
  fflush(stdout);
  fflush(stderr);
  dup2(saved_out, 1);
  dup2(saved_err, 2);
  close(saved_out);
  close(saved_err);
  char *text = read_back(tmp_out);
  free(last_stderr);
  last_stderr = read_back(tmp_err);
  if (out)
    *out = text;
  else
    free(text);
  return rc;
}
