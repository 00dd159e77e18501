#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cases.h"
#include "diag.h"

static const char *const kinds[] = {"existence", "signature", "value", "behaviour", "speculative", NULL};
static const char *const compares[] = {"doc", "reference", "both", NULL};

static bool one_of(const char *s, const char *const *list)
{
  for (; *list; list++)
    if (strcmp(s, *list) == 0)
      return true;
  return false;
}

static bool bad(const char *path, int line, const char *what, const char *arg)
{
  osc_error("%s:%d: %s%s", path, line, what, arg ? arg : "");
  return false;
}

static bool check_header(const char *path, json_t *h)
{
  const char *format = json_string_value(json_object_get(h, "format"));
  if (!format || strcmp(format, "osconform-cases") != 0)
    return bad(path, 1, "not a cases file: the header's \"format\" is not \"osconform-cases\"", NULL);
  if (json_integer_value(json_object_get(h, "version")) != 1)
    return bad(path, 1, "unsupported case format version (this runner reads version 1)", NULL);
  if (!json_is_string(json_object_get(h, "doc")))
    return bad(path, 1, "the header has no \"doc\" version", NULL);
  return true;
}

static const char *str_field(json_t *o, const char *key)
{
  return json_string_value(json_object_get(o, key));
}

static bool fill_case(const char *path, int line, json_t *j, osc_case *c)
{
  c->json = j;
  c->line = line;
  c->id = str_field(j, "id");
  c->object = str_field(j, "object");
  c->kind = str_field(j, "kind");
  c->compare = str_field(j, "compare");
  c->claim = str_field(j, "claim");
  if (!c->compare)
    c->compare = "doc";
  if (!c->id || !*c->id)
    return bad(path, line, "a case without a string \"id\"", NULL);
  if (!c->object)
    return bad(path, line, "no \"object\" in case ", c->id);
  if (!c->kind || !one_of(c->kind, kinds))
    return bad(path, line, "no valid \"kind\" in case ", c->id);
  if (!one_of(c->compare, compares))
    return bad(path, line, "\"compare\" is not doc, reference or both in case ", c->id);
  if (!json_is_array(json_object_get(j, "steps")))
    return bad(path, line, "no \"steps\" array in case ", c->id);
  json_t *t = json_object_get(j, "timeout_ms");
  c->timeout_ms = json_is_integer(t) && json_integer_value(t) > 0 ? (int)json_integer_value(t) : 0;
  c->isolate = json_is_true(json_object_get(j, "isolate"));
  return true;
}

int osc_case_ptr_cmp(const void *a, const void *b)
{
  return strcmp((*(const osc_case *const *)a)->id, (*(const osc_case *const *)b)->id);
}

static bool ids_unique(const char *path, osc_cases *cs)
{
  if (cs->n < 2)
    return true;
  const osc_case **sorted = malloc(cs->n * sizeof *sorted);
  if (!sorted)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  for (size_t i = 0; i < cs->n; i++)
    sorted[i] = &cs->v[i];
  qsort(sorted, cs->n, sizeof *sorted, osc_case_ptr_cmp);
  bool ok = true;
  for (size_t i = 1; i < cs->n && ok; i++)
    if (strcmp(sorted[i - 1]->id, sorted[i]->id) == 0)
      ok = bad(path, sorted[i]->line > sorted[i - 1]->line ? sorted[i]->line : sorted[i - 1]->line,
               "duplicate case id ", sorted[i]->id);
  free(sorted);
  return ok;
}

static bool append(osc_cases *cs, size_t *cap)
{
  if (cs->n < *cap)
    return true;
  *cap = *cap ? *cap * 2 : 1024;
  osc_case *v = realloc(cs->v, *cap * sizeof *v);
  if (!v)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  cs->v = v;
  return true;
}

static bool read_lines(FILE *f, const char *path, osc_cases *cs)
{
  char *line = NULL;
  size_t len = 0, cap = 0;
  ssize_t got;
  int lineno = 0;
  bool ok = true;
  while (ok && (got = getline(&line, &len, f)) > 0) {
    lineno++;
    if (line[got - 1] == '\n')
      line[--got] = '\0';
    json_error_t jerr;
    json_t *j = json_loadb(line, got, JSON_ALLOW_NUL, &jerr);
    if (!j || !json_is_object(j)) {
      ok = bad(path, lineno, j ? "not a JSON object" : "not JSON: ", j ? NULL : jerr.text);
      json_decref(j);
    } else if (lineno == 1) {
      cs->header = j;
      ok = check_header(path, j);
      cs->doc = str_field(j, "doc");
    } else {
      append(cs, &cap);
      osc_case *c = &cs->v[cs->n];
      memset(c, 0, sizeof *c);
      c->raw = strdup(line);
      cs->n++;
      ok = fill_case(path, lineno, j, c);
    }
  }
  free(line);
  if (ok && lineno == 0)
    ok = bad(path, 1, "empty cases file", NULL);
  return ok;
}

bool osc_cases_load(const char *path, osc_cases *out)
{
  memset(out, 0, sizeof *out);
  FILE *f = fopen(path, "r");
  if (!f) {
    osc_error("%s: cannot open the cases: %s", path, strerror(errno));
    return false;
  }
  out->path = strdup(path);
  bool ok = read_lines(f, path, out) && ids_unique(path, out);
  fclose(f);
  if (!ok)
    osc_cases_free(out);
  return ok;
}

void osc_cases_free(osc_cases *c)
{
  for (size_t i = 0; i < c->n; i++) {
    json_decref(c->v[i].json);
    free(c->v[i].raw);
  }
  free(c->v);
  json_decref(c->header);
  free(c->path);
  memset(c, 0, sizeof *c);
}
