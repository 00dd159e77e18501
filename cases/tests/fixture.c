#include <criterion/criterion.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "fixture.h"
#include "generate.h"
#include "provided.h"

/* The test double for provided.c: the reference "provides" these. */
const char **provided_functions(size_t *n)
{
  static const char *const names[] = { "access", "fork", "listdir", "mkdir", "read", "stat" };
  const char **v = malloc(sizeof names);
  memcpy(v, names, sizeof names);
  *n = sizeof names / sizeof *names;
  return v;
}

static const char fixture_sql[] =
  "INSERT INTO documents VALUES (1, '000.txt', '3.14', 'x', 'rst'), (2, '002.txt', '3.8', 'y', 'scraped-stripped');"
  "INSERT INTO sections VALUES (1, 1, 'Files and Directories', 2, NULL, 10);"
  "INSERT INTO objects (id, document_id, name, kind, signature, section_id, section, line) VALUES"
  " (1, 1, 'mkdir', 'function', 'mkdir(path, mode=0o777, *, dir_fd=None)', 1, 'Files and Directories', 100),"
  " (2, 1, 'O_RDONLY', 'data', NULL, 1, 'Files and Directories', 50),"
  " (3, 1, 'stat_result', 'class', NULL, 1, 'Files and Directories', 200),"
  " (4, 1, 'stat_result.st_mode', 'attribute', NULL, 1, 'Files and Directories', 210),"
  " (5, 1, 'sendfile', 'function', 'sendfile(out_fd, in_fd, offset, count)', 1, 'Files and Directories', 300),"
  " (6, 1, 'sendfile', 'function', 'sendfile(out_fd, in_fd, offset, count, headers=(), trailers=(), flags=0)', 1, 'Files and Directories', 301),"
  " (7, 1, 'stat', 'function', 'stat(path, *, dir_fd=None, follow_symlinks=True)', 1, 'Files and Directories', 400),"
  " (8, 1, 'read', 'function', 'read(fd, n, /)', 1, 'Files and Directories', 500),"
  " (9, 1, 'listdir', 'function', 'listdir(path=''.'')', 1, 'Files and Directories', 600),"
  " (10, 1, 'environ', 'data', NULL, 1, 'Files and Directories', 20),"
  " (11, 1, 'fork', 'function', 'fork()', 1, 'Files and Directories', 700),"
  " (12, 1, 'scandir', 'function', 'scandir(path=''.'')', 1, 'Files and Directories', 800),"
  " (13, 1, 'scandir.close', 'method', 'scandir.close()', 1, 'Files and Directories', 810),"
  " (20, 2, 'mkdir', 'function', 'mkdir(path[, mode])', NULL, NULL, 90),"
  " (21, 2, 'getcwdu', 'function', 'getcwdu()', NULL, NULL, 80);"
  "INSERT INTO parameters VALUES"
  " (1, 0, 'path', NULL, 'positional-or-keyword', 0), (1, 1, 'mode', '0o777', 'positional-or-keyword', 1),"
  " (1, 2, 'dir_fd', 'None', 'keyword-only', 1),"
  " (5, 0, 'out_fd', NULL, 'positional-or-keyword', 0), (5, 1, 'in_fd', NULL, 'positional-or-keyword', 0),"
  " (5, 2, 'offset', NULL, 'positional-or-keyword', 0), (5, 3, 'count', NULL, 'positional-or-keyword', 0),"
  " (7, 0, 'path', NULL, 'positional-or-keyword', 0), (7, 1, 'dir_fd', 'None', 'keyword-only', 1),"
  " (7, 2, 'follow_symlinks', 'True', 'keyword-only', 1),"
  " (8, 0, 'fd', NULL, 'positional-only', 0), (8, 1, 'n', NULL, 'positional-only', 0),"
  " (9, 0, 'path', '''.''', 'positional-or-keyword', 1),"
  " (20, 0, 'path', NULL, 'positional-or-keyword', 0), (20, 1, 'mode', NULL, 'positional-or-keyword', 1);"
  "INSERT INTO availability (object_id, raw, origin, expr, line) VALUES"
  " (5, 'Unix, not WASI.', 'directive', '{\"include\": [{\"platform\": \"Unix\"}], \"exclude\": [{\"platform\": \"WASI\"}]}', 305),"
  " (5, 'Linux >= 2.6', 'section', '{\"include\": [{\"platform\": \"Linux\", \"min_version\": \"2.6\"}], \"exclude\": []}', 5),"
  " (8, 'Unix.', 'directive', '{\"include\": [{\"platform\": \"Unix\"}], \"exclude\": []}', 505);"
  "INSERT INTO claims VALUES"
  " ('R-0000000001', 1, 'If the directory already exists, :exc:`FileExistsError` is raised.', 'x', 101),"
  " ('R-0000000002', 1, 'Create a directory named *path* with numeric mode *mode*.', 'x', 100),"
  " ('R-0000000003', 1, 'If the parent directory does not exist, :exc:`FileNotFoundError` is raised.', 'x', 102),"
  " ('R-0000000004', 11, 'Fork a child process.', 'x', 701),"
  " ('R-0000000009', 21, 'Return a Unicode object representing the current working directory.', 'x', 80);"
  "INSERT INTO notes VALUES (5, 'versionadded', '3.3', '', 302), (3, 'versionadded', '3.10', '', 201),"
  " (3, 'versionadded', '3.9', '', 202), (3, 'versionchanged', '3.12', 'x', 203);"
  "UPDATE objects SET parent_id = 3 WHERE id = 4;";

static void build_db(const char *path)
{
  char *schema = NULL;
  size_t len = 0;
  FILE *f = fopen("spec/schema.sql", "r");
  cr_assert_not_null(f, "run the tests from the repository root");
  cr_assert(getdelim(&schema, &len, '\0', f) > 0);
  fclose(f);
  sqlite3 *db;
  cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
  char *msg = NULL;
  cr_assert_eq(sqlite3_exec(db, schema, NULL, NULL, &msg), SQLITE_OK, "%s", msg);
  cr_assert_eq(sqlite3_exec(db, fixture_sql, NULL, NULL, &msg), SQLITE_OK, "%s", msg);
  sqlite3_close(db);
  free(schema);
}

void fixture_setup(fixture *f)
{
  snprintf(f->dir, sizeof f->dir, "/tmp/osc-gen-test-XXXXXX");
  cr_assert_not_null(mkdtemp(f->dir));
  snprintf(f->db, sizeof f->db, "%s/spec.db", f->dir);
  snprintf(f->templates, sizeof f->templates, "%s/templates", f->dir);
  snprintf(f->out, sizeof f->out, "%s/out.jsonl", f->dir);
  cr_assert_eq(mkdir(f->templates, 0777), 0);
  build_db(f->db);
}

void fixture_teardown(fixture *f)
{
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  cr_assert_eq(system(cmd), 0);
}

void fixture_template(const fixture *f, const char *rel, const char *text)
{
  char path[1024], cmd[1200];
  snprintf(path, sizeof path, "%s/%s", f->templates, rel);
  snprintf(cmd, sizeof cmd, "mkdir -p \"$(dirname '%s')\"", path);
  cr_assert_eq(system(cmd), 0);
  FILE *out = fopen(path, "w");
  cr_assert_not_null(out);
  fputs(text, out);
  fclose(out);
}

int fixture_run(const fixture *f, int argc, char **argv, char *err, size_t errlen)
{
  char errpath[600];
  snprintf(errpath, sizeof errpath, "%s/stderr", f->dir);
  fflush(stderr);
  int saved = dup(2), fd = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  dup2(fd, 2);
  close(fd);
  int rc = osc_cmd_generate(argc, argv);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  if (err) {
    FILE *in = fopen(errpath, "r");
    size_t n = fread(err, 1, errlen - 1, in);
    err[n] = '\0';
    fclose(in);
  }
  return rc;
}

int fixture_generate(const fixture *f, const char *doc, char *err, size_t errlen)
{
  char *argv[] = { "generate", "--spec", (char *)f->db, "--doc", (char *)doc, "--templates",
                   (char *)f->templates, "--out", (char *)f->out, NULL };
  return fixture_run(f, 9, argv, err, errlen);
}

char *fixture_output(const fixture *f)
{
  FILE *in = fopen(f->out, "r");
  cr_assert_not_null(in, "no output written");
  char *text = NULL;
  size_t len = 0;
  if (getdelim(&text, &len, '\0', in) < 0) {
    free(text);
    text = strdup("");
  }
  fclose(in);
  return text;
}

json_t *fixture_cases(const fixture *f)
{
  char *text = fixture_output(f);
  json_t *all = json_array();
  for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
    json_error_t je;
    json_t *j = json_loads(line, 0, &je);
    cr_assert_not_null(j, "not JSON: %s (%s)", line, je.text);
    json_array_append_new(all, j);
  }
  free(text);
  return all;
}

json_t *fixture_case(json_t *cases, const char *id)
{
  size_t i;
  json_t *c;
  json_array_foreach(cases, i, c)
    if (json_is_string(json_object_get(c, "id")) && strcmp(json_string_value(json_object_get(c, "id")), id) == 0)
      return c;
  return NULL;
}
