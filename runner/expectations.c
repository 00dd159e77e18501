#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"
#include "expectations.h"
#include "input.h"

static bool read_file(const char *path, osc_expectations *out, int depth);

static char *next_word(char **p)
{
  while (isspace((unsigned char)**p))
    (*p)++;
  if (!**p)
    return NULL;
  char *start = *p;
  while (**p && !isspace((unsigned char)**p))
    (*p)++;
  if (**p)
    *(*p)++ = '\0';
  return start;
}

static void trim_end(char *s)
{
  size_t n = strlen(s);
  while (n && isspace((unsigned char)s[n - 1]))
    s[--n] = '\0';
}

static bool add(osc_expectations *e, const char *glob, osc_verdict v, const char *observed, const char *reason,
                const char *path, int line)
{
  osc_expectation *grown = realloc(e->v, (e->n + 1) * sizeof *grown);
  if (!grown)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  e->v = grown;
  e->v[e->n++] = (osc_expectation){strdup(glob), v, observed ? strdup(observed) : NULL, strdup(reason),
                                   strdup(path), line, 0};
  return true;
}

/* "TEXT" at *p: TEXT (NUL-terminated in place), *p past it; NULL if unclosed. */
static char *quoted(char **p)
{
  char *start = *p + 1, *end = strchr(start, '"');
  if (!end)
    return NULL;
  *end = '\0';
  *p = end + 1;
  return start;
}

/* "include NAME": another file of the same directory, for divergences two
 * implementations share (Pyodide is CPython built for WebAssembly). */
static bool include(const char *path, int line, char *p, osc_expectations *e, int depth)
{
  char *name = next_word(&p);
  if (!name || next_word(&p) || strchr(name, '/')) {
    osc_error("%s:%d: include wants one file name of the same directory", path, line);
    return false;
  }
  if (depth >= 4) {
    osc_error("%s:%d: includes nest too deep", path, line);
    return false;
  }
  const char *slash = strrchr(path, '/');
  char other[4096];
  snprintf(other, sizeof other, "%.*s%s", slash ? (int)(slash - path + 1) : 0, path, name);
  return read_file(other, e, depth + 1);
}

/* Only what a run can record against an implementation: a PASS, a SKIP
 * or a NOTYET listed as "known" would hide nothing but mean nothing. */
static bool is_divergence(osc_verdict v)
{
  return v == OSC_FAIL || v == OSC_MISSING || v == OSC_UNEXPECTED || v == OSC_STUB || v == OSC_ERROR ||
         v == OSC_CRASH || v == OSC_TIMEOUT;
}

/* NULL, or why the glob can match no case id as its writer meant: ids
 * are printable ASCII (cases/case.schema.json), and fnmatch takes an
 * unclosed '[' literally instead of saying so. */
static const char *glob_problem(const char *glob)
{
  bool in_class = false;
  for (const char *c = glob; *c; c++) {
    if (!isalnum((unsigned char)*c) && !strchr("_./@:+=,-*?[]!", *c))
      return "holds a character no case id has";
    if (*c == '[' && !in_class)
      in_class = true;
    else if (*c == ']' && in_class)
      in_class = false;
  }
  return in_class ? "has a '[' that no ']' closes" : NULL;
}

static bool printable_utf8(const char *s)
{
  const unsigned char *u = (const unsigned char *)s;
  while (*u) {
    int extra = *u < 0x80 ? 0 : (*u & 0xE0) == 0xC0 ? 1 : (*u & 0xF0) == 0xE0 ? 2 : (*u & 0xF8) == 0xF0 ? 3 : -1;
    if (extra < 0 || (*u < 0x20 && *u != '\t') || *u == 0x7F || (extra == 1 && *u < 0xC2))
      return false;
    for (u++; extra > 0; extra--, u++)
      if ((*u & 0xC0) != 0x80)
        return false;
  }
  return true;
}

static bool parse_line(char *text, const char *path, int line, osc_expectations *e, int depth)
{
  char *hash = strchr(text, '#');
  if (hash)
    *hash = '\0';
  char *p = text;
  char *glob = next_word(&p);
  if (!glob)
    return true;
  if (strcmp(glob, "include") == 0)
    return include(path, line, p, e, depth);
  char *verdict = next_word(&p);
  osc_verdict v;
  if (!verdict || !osc_verdict_parse(verdict, &v) || !is_divergence(v)) {
    osc_error("%s:%d: expected 'GLOB VERDICT reason' with VERDICT one of FAIL MISSING UNEXPECTED "
              "STUB ERROR CRASH TIMEOUT (a known divergence)", path, line);
    return false;
  }
  const char *bad = glob_problem(glob);
  if (bad) {
    osc_error("%s:%d: the glob %s", path, line, bad);
    return false;
  }
  while (isspace((unsigned char)*p))
    p++;
  char *observed = NULL;
  if (*p == '"' && !(observed = quoted(&p))) {
    osc_error("%s:%d: the observed difference has no closing '\"'", path, line);
    return false;
  }
  while (isspace((unsigned char)*p))
    p++;
  trim_end(p);
  if (!*p) {
    osc_error("%s:%d: the expectation for '%s' gives no reason", path, line, glob);
    return false;
  }
  if (!printable_utf8(p) || (observed && !printable_utf8(observed))) {
    osc_error("%s:%d: the reason or the difference holds a control character or is not UTF-8", path, line);
    return false;
  }
  return add(e, glob, v, observed, p, path, line);
}

static bool read_file(const char *path, osc_expectations *out, int depth)
{
  FILE *f = osc_open_input(path, "the expectations");
  if (!f)
    return false;
  char *text = NULL;
  size_t cap = 0;
  bool ok = true;
  for (int line = 1; ok && getline(&text, &cap, f) > 0; line++)
    ok = parse_line(text, path, line, out, depth);
  free(text);
  fclose(f);
  return ok;
}

bool osc_expectations_read_file(const char *path, osc_expectations *out)
{
  return read_file(path, out, 0);
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
  return strcmp((*a)->d_name, (*b)->d_name);
}

/* "7.3" is a prefix of the version "7.3.11" by whole components, not of "7.30". */
static bool version_prefix(const char *prefix, size_t len, const char *version)
{
  return len && version && strncmp(version, prefix, len) == 0 && (version[len] == '\0' || version[len] == '.');
}

/* IMPLEMENTATION.* for every version; IMPLEMENTATION@VERSION.* for the
 * versions that start with VERSION. 0: not this implementation's; 1: the
 * general file; 2: a version's own. */
static int applies(const char *name, const char *implementation, const char *version)
{
  size_t prefix = strlen(implementation);
  if (strncmp(name, implementation, prefix) != 0)
    return 0;
  const char *rest = name + prefix;
  if (rest[0] == '.' && rest[1])
    return 1;
  /* the version ends at the suffix: "pypy@7.3.txt" is 7.3 */
  const char *suffix = rest[0] == '@' ? strrchr(rest, '.') : NULL;
  return suffix && suffix > rest + 1 && suffix[1] && version_prefix(rest + 1, (size_t)(suffix - rest - 1), version)
           ? 2 : 0;
}

bool osc_expectations_load(const char *dir, const char *implementation, const char *version,
                           osc_expectations *out)
{
  memset(out, 0, sizeof *out);
  struct dirent **names;
  int n = scandir(dir, &names, NULL, by_name);
  if (n < 0) {  /* a misspelt directory must not mean "no known divergences" */
    osc_error("%s: cannot read the expectations directory: %s", dir, strerror(errno));
    return false;
  }
  bool ok = true;
  /* A version's own files first: the first matching line applies. */
  for (int pass = 2; pass >= 1; pass--)
    for (int i = 0; ok && i < n; i++)
      if (applies(names[i]->d_name, implementation, version) == pass) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
        ok = osc_expectations_read_file(path, out);
      }
  for (int i = 0; i < n; i++)
    free(names[i]);
  free(names);
  return ok;
}

void osc_expectations_free(osc_expectations *e)
{
  for (size_t i = 0; i < e->n; i++) {
    free(e->v[i].glob);
    free(e->v[i].observed);
    free(e->v[i].reason);
    free(e->v[i].file);
  }
  free(e->v);
  memset(e, 0, sizeof *e);
}

osc_expectation *osc_expectations_match(osc_expectations *e, const char *case_id)
{
  for (size_t i = 0; i < e->n; i++)
    if (osc_expectation_lists(&e->v[i], case_id))
      return &e->v[i];
  return NULL;
}

bool osc_expectation_lists(const osc_expectation *e, const char *case_id)
{
  return fnmatch(e->glob, case_id, 0) == 0;
}

const osc_expectation *osc_expectations_holding(const osc_expectations *e, const char *case_id, osc_verdict v,
                                                const char *reason)
{
  for (size_t i = 0; i < e->n; i++)
    if (osc_expectation_lists(&e->v[i], case_id) && osc_expectation_holds(&e->v[i], v, reason))
      return &e->v[i];
  return NULL;
}

bool osc_expectation_holds(const osc_expectation *e, osc_verdict v, const char *reason)
{
  return e->verdict == v && (!e->observed || fnmatch(e->observed, reason ? reason : "", 0) == 0);
}
