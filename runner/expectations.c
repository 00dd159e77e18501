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

static bool add(osc_expectations *e, const char *glob, osc_verdict v, const char *reason,
                const char *path, int line)
{
  osc_expectation *grown = realloc(e->v, (e->n + 1) * sizeof *grown);
  if (!grown)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  e->v = grown;
  e->v[e->n++] = (osc_expectation){strdup(glob), v, strdup(reason), strdup(path), line, 0};
  return true;
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
  if (!verdict || !osc_verdict_parse(verdict, &v)) {
    osc_error("%s:%d: expected 'GLOB VERDICT reason' with VERDICT one of PASS FAIL MISSING "
              "UNEXPECTED UNSUPPORTED STUB SKIP ERROR CRASH TIMEOUT OBSERVED NOTYET", path, line);
    return false;
  }
  while (isspace((unsigned char)*p))
    p++;
  trim_end(p);
  if (!*p) {
    osc_error("%s:%d: the expectation for '%s' gives no reason", path, line, glob);
    return false;
  }
  return add(e, glob, v, p, path, line);
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
  if (n < 0)
    return errno == ENOENT;
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
    free(e->v[i].reason);
    free(e->v[i].file);
  }
  free(e->v);
  memset(e, 0, sizeof *e);
}

osc_expectation *osc_expectations_match(osc_expectations *e, const char *case_id)
{
  for (size_t i = 0; i < e->n; i++)
    if (fnmatch(e->v[i].glob, case_id, 0) == 0) {
      e->v[i].matches++;
      return &e->v[i];
    }
  return NULL;
}
