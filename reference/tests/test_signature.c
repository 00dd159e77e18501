/* The registry against the spec database (build/spec.db, given by
 * OSREF_SPEC_DB): every 3.14 object of the in-scope sections is declared;
 * every declaration names a documented object of the same kind; every
 * provided function's parameters equal the documented ones (names, kinds,
 * defaults as written; "..." stands for a legacy optional [, opt]). The
 * comparison itself is first checked on a small database built from
 * spec/schema.sql (OSREF_SPEC_SCHEMA). */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "osref.h"

static const char *const in_scope[] = {
  "Process Parameters", "File Object Creation", "File Descriptor Operations",
  "Querying the size of a terminal", "Inheritance of File Descriptors", "Files and Directories",
  "Timer File Descriptors", "Linux extended attributes", "Miscellaneous System Information",
  "Random numbers", "Process Management", "Interface to the scheduler",
};

static const char *const kind_names[] = {
  [OSREF_FUNCTION] = "function", [OSREF_DATA] = "data", [OSREF_CLASS] = "class",
  [OSREF_EXCEPTION] = "exception", [OSREF_METHOD] = "method", [OSREF_ATTRIBUTE] = "attribute",
};

static const char *const param_kinds[] = {
  [OSREF_POSITIONAL_ONLY] = "positional-only", [OSREF_POSITIONAL_OR_KEYWORD] = "positional-or-keyword",
  [OSREF_KEYWORD_ONLY] = "keyword-only", [OSREF_VAR_POSITIONAL] = "var-positional",
  [OSREF_VAR_KEYWORD] = "var-keyword",
};

/* Growing text of everything that differs, reported in one failure. */
typedef struct report { char *text; size_t len; int count; } report;

static void note(report *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note(report *r, const char *fmt, ...)
{
  char line[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  r->text = realloc(r->text, r->len + (size_t)n + 2);
  memcpy(r->text + r->len, line, (size_t)n);
  r->len += (size_t)n;
  r->text[r->len++] = '\n';
  r->text[r->len] = '\0';
  r->count++;
}

static sqlite3 *open_db(const char *path)
{
  sqlite3 *db;
  cr_assert_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK,
               "osconform: error: %s: %s", path, sqlite3_errmsg(db));
  return db;
}

static sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
  sqlite3_stmt *st;
  cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK, "%s: %s", sql, sqlite3_errmsg(db));
  return st;
}

static bool section_in_scope(const char *s)
{
  for (size_t i = 0; s && i < sizeof in_scope / sizeof in_scope[0]; i++)
    if (strcmp(s, in_scope[i]) == 0) return true;
  return false;
}

static const char *text(sqlite3_stmt *st, int col)
{
  const unsigned char *t = sqlite3_column_text(st, col);
  return t ? (const char *)t : NULL;
}

static bool same_default(const char *declared, const char *documented, int optional)
{
  if (!declared) return !documented && !optional;
  if (strcmp(declared, "...") == 0) return optional && !documented;
  return documented && strcmp(declared, documented) == 0;
}

/* Where the doc's own prose gives a parameter a kind its signature line
 * does not show, the reference follows the prose (the documented
 * behaviour), and the signature line is the doc's error. posix_spawn:
 * "The positional-only arguments path, args, and env are similar to
 * execve." (3.14), written as posix_spawn(path, argv, env, *, ...). */
static const struct { const char *function, *param, *kind; } prose_kinds[] = {
  {"posix_spawn", "path", "positional-only"}, {"posix_spawn", "argv", "positional-only"},
  {"posix_spawn", "env", "positional-only"}, {"posix_spawnp", "path", "positional-only"},
  {"posix_spawnp", "argv", "positional-only"}, {"posix_spawnp", "env", "positional-only"},
};

static const char *documented_kind(const char *function, const char *param, const char *kind)
{
  for (size_t i = 0; i < sizeof prose_kinds / sizeof prose_kinds[0]; i++)
    if (strcmp(prose_kinds[i].function, function) == 0 && strcmp(prose_kinds[i].param, param) == 0)
      return prose_kinds[i].kind;
  return kind;
}

/* *args and **kwargs are optional by nature, with no default to write. */
static bool is_var(osref_param_kind k) { return k == OSREF_VAR_POSITIONAL || k == OSREF_VAR_KEYWORD; }

/* Compares one documented signature (object id) with a declaration;
 * returns true if equal, else writes the first difference to why. */
static bool params_equal(sqlite3 *db, int64_t object_id, const osref_entry *e, char *why, size_t n)
{
  sqlite3_stmt *st = prepare(db, "SELECT name, default_value, kind, optional FROM parameters "
                                 "WHERE object_id = ? ORDER BY position");
  sqlite3_bind_int64(st, 1, object_id);
  size_t i = 0;
  bool equal = true;
  for (; equal && sqlite3_step(st) == SQLITE_ROW; i++) {
    const char *name = text(st, 0), *dflt = text(st, 1), *kind = documented_kind(e->name, name, text(st, 2));
    if (i >= e->nparams) {
      snprintf(why, n, "documented parameter '%s' is not declared", name);
      equal = false;
    } else if (strcmp(e->params[i].name, name) != 0 || strcmp(param_kinds[e->params[i].kind], kind) != 0 ||
               !same_default(e->params[i].default_value, dflt, is_var(e->params[i].kind) ? 0 : sqlite3_column_int(st, 3))) {
      snprintf(why, n, "parameter %zu: declared %s %s=%s, documented %s %s=%s", i + 1, param_kinds[e->params[i].kind],
               e->params[i].name, e->params[i].default_value ? e->params[i].default_value : "(required)",
               kind, name, dflt ? dflt : "(required)");
      equal = false;
    }
  }
  sqlite3_finalize(st);
  if (equal && i < e->nparams) {
    snprintf(why, n, "declared parameter '%s' is not documented", e->params[i].name);
    equal = false;
  }
  return equal;
}

/* Checks one declaration against every documented object of its name. */
static void check_entry(sqlite3 *db, const osref_entry *e, report *r)
{
  sqlite3_stmt *st = prepare(db, "SELECT o.id, o.kind, o.signature FROM objects o JOIN documents d "
                                 "ON d.id = o.document_id WHERE d.version = '3.14' AND o.name = ?");
  sqlite3_bind_text(st, 1, e->name, -1, SQLITE_STATIC);
  int found = 0, matched = 0;
  char why[400] = "";
  while (sqlite3_step(st) == SQLITE_ROW) {
    found++;
    if (strcmp(text(st, 1), kind_names[e->kind]) != 0) {
      snprintf(why, sizeof why, "declared a %s, documented a %s", kind_names[e->kind], text(st, 1));
      continue;
    }
    bool has_signature = e->kind == OSREF_FUNCTION || (e->kind == OSREF_METHOD && text(st, 2))
                         || (e->kind == OSREF_CLASS && e->nparams);
    if (e->absent || !has_signature || params_equal(db, sqlite3_column_int64(st, 0), e, why, sizeof why))
      matched++;
  }
  sqlite3_finalize(st);
  if (!found) note(r, "%s: declared but not documented in 3.14", e->name);
  else if (!matched) note(r, "%s: %s", e->name, why);
}

/* Every object of the in-scope sections must be declared. */
static void check_documented(sqlite3 *db, report *r)
{
  sqlite3_stmt *st = prepare(db, "SELECT o.name, o.section, o.line FROM objects o JOIN documents d "
                                 "ON d.id = o.document_id WHERE d.version = '3.14' ORDER BY o.line");
  while (sqlite3_step(st) == SQLITE_ROW)
    if (section_in_scope(text(st, 1)) && !osref_lookup(text(st, 0)))
      note(r, "%s (%s, line %d): documented, not declared", text(st, 0), text(st, 1), sqlite3_column_int(st, 2));
  sqlite3_finalize(st);
}

static const char *required_env(const char *name)
{
  const char *v = getenv(name);
  cr_assert(v && *v, "osconform: error: %s is not set (make check-reference sets it)", name);
  return v;
}

Test(signature, registry_equals_the_spec_database)
{
  sqlite3 *db = open_db(required_env("OSREF_SPEC_DB"));
  report r = {NULL, 0, 0};
  size_t n;
  const osref_entry *e = osref_entries(&n);
  for (size_t i = 0; i < n; i++) check_entry(db, &e[i], &r);
  check_documented(db, &r);
  sqlite3_close(db);
  char *msg = r.text ? r.text : "";
  cr_expect_eq(r.count, 0, "%d difference(s) between the registry and %s:\n%s", r.count,
               getenv("OSREF_SPEC_DB"), msg);
  free(r.text);
}

/* ---- the comparison itself, on a database made for the purpose ---- */

static sqlite3 *fixture(void)
{
  FILE *f = fopen(required_env("OSREF_SPEC_SCHEMA"), "r");
  cr_assert_not_null(f, "osconform: error: %s: cannot open", getenv("OSREF_SPEC_SCHEMA"));
  static char schema[1 << 16];
  size_t len = fread(schema, 1, sizeof schema - 1, f);
  fclose(f);
  schema[len] = '\0';
  sqlite3 *db;
  cr_assert_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
  cr_assert_eq(sqlite3_exec(db, schema, NULL, NULL, NULL), SQLITE_OK, "%s", sqlite3_errmsg(db));
  const char *rows =
    "INSERT INTO documents VALUES (1, 'x.txt', '3.14', '0', 'rst');"
    "INSERT INTO objects (id, document_id, name, kind, signature, section, line) VALUES"
    " (1, 1, 'mkdir', 'function', 'mkdir(path, mode=0o777, *, dir_fd=None)', 'Files and Directories', 10),"
    " (2, 1, 'spawn', 'function', 'spawn(mode[, arg])', 'Notes on other platforms', 20),"
    " (3, 1, 'O_RDONLY', 'data', NULL, 'File Descriptor Operations', 30);"
    "INSERT INTO parameters VALUES (1, 0, 'path', NULL, 'positional-or-keyword', 0),"
    " (1, 1, 'mode', '0o777', 'positional-or-keyword', 1), (1, 2, 'dir_fd', 'None', 'keyword-only', 1),"
    " (2, 0, 'mode', NULL, 'positional-only', 0), (2, 1, 'arg', NULL, 'positional-only', 1);";
  cr_assert_eq(sqlite3_exec(db, rows, NULL, NULL, NULL), SQLITE_OK, "%s", sqlite3_errmsg(db));
  return db;
}

static int differences(sqlite3 *db, const osref_entry *e)
{
  report r = {NULL, 0, 0};
  check_entry(db, e, &r);
  free(r.text);
  return r.count;
}

Test(signature, comparison_catches_every_kind_of_difference)
{
  sqlite3 *db = fixture();
  osref_param good[] = {{"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
                        {"mode", "0o777", OSREF_POSITIONAL_OR_KEYWORD},
                        {"dir_fd", "None", OSREF_KEYWORD_ONLY}};
  osref_entry e = {"mkdir", OSREF_FUNCTION, "Files and Directories", good, 3, NULL, NULL, NULL};
  cr_assert_eq(differences(db, &e), 0);
  e.nparams = 2;
  cr_assert_eq(differences(db, &e), 1, "a parameter missing");
  e.nparams = 3;
  good[1].default_value = "511";
  cr_assert_eq(differences(db, &e), 1, "a default written differently");
  good[1].default_value = "0o777";
  good[2].kind = OSREF_POSITIONAL_OR_KEYWORD;
  cr_assert_eq(differences(db, &e), 1, "a kind");
  good[2].kind = OSREF_KEYWORD_ONLY;
  good[0].name = "p";
  cr_assert_eq(differences(db, &e), 1, "a name");
  good[0].name = "path";
  e.kind = OSREF_DATA;
  cr_assert_eq(differences(db, &e), 1, "a kind of object");
  e = (osref_entry){"O_RDONLY", OSREF_DATA, "x", NULL, 0, NULL, NULL, NULL};
  cr_assert_eq(differences(db, &e), 0);
  e.name = "O_NOPE";
  cr_assert_eq(differences(db, &e), 1, "not documented");
  osref_param legacy[] = {{"mode", NULL, OSREF_POSITIONAL_ONLY}, {"arg", "...", OSREF_POSITIONAL_ONLY}};
  e = (osref_entry){"spawn", OSREF_FUNCTION, "x", legacy, 2, NULL, NULL, NULL};
  cr_assert_eq(differences(db, &e), 0, "\"...\" is the legacy optional [, arg]");
  legacy[1].default_value = NULL;
  cr_assert_eq(differences(db, &e), 1);
  e = (osref_entry){"mkdir", OSREF_FUNCTION, "x", NULL, 0, NULL, NULL, "absent here"};
  cr_assert_eq(differences(db, &e), 0, "an absent function has no signature to compare");
  sqlite3_close(db);
}

Test(signature, undeclared_objects_of_in_scope_sections_are_reported)
{
  sqlite3 *db = fixture();
  report r = {NULL, 0, 0};
  check_documented(db, &r);
  /* mkdir is ref-files', O_RDONLY ref-fd's: both must be in this registry;
   * spawn's section is out of scope. */
  int want = (osref_lookup("mkdir") ? 0 : 1) + (osref_lookup("O_RDONLY") ? 0 : 1);
  cr_assert_eq(r.count, want, "%s", r.text ? r.text : "");
  cr_assert(!r.text || !strstr(r.text, "spawn"));
  free(r.text);
  sqlite3_close(db);
}
