#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "caseset.h"
#include "diag.h"

json_t *case_new(const spec_object *o, const char *doc, const char *kind, const char *id_fmt, ...)
{
  char id[512];
  va_list ap;
  va_start(ap, id_fmt);
  vsnprintf(id, sizeof id, id_fmt, ap);
  va_end(ap);
  json_t *c = json_object();
  json_object_set_new(c, "id", json_string(id));
  json_object_set_new(c, "object", json_string(o->name));
  json_object_set_new(c, "doc", json_string(doc));
  json_object_set_new(c, "line", json_integer(o->line));
  json_object_set_new(c, "claim", json_null());
  json_object_set_new(c, "claim_text", json_string(""));
  json_object_set_new(c, "kind", json_string(kind));
  if (o->since)
    json_object_set_new(c, "since", json_string(o->since));
  json_object_set(c, "availability", o->availability ? o->availability : json_null());
  json_object_set_new(c, "requires", json_array());
  json_object_set_new(c, "isolate", json_false());
  json_object_set_new(c, "timeout_ms", json_integer(5000));
  json_object_set_new(c, "setup", json_array());
  json_object_set_new(c, "steps", json_array());
  json_object_set_new(c, "expect", json_array());
  json_object_set_new(c, "check", json_array());
  json_object_set_new(c, "compare", json_string("doc"));
  return c;
}

void case_set_claim(json_t *c, const char *claim_id, const char *text)
{
  json_object_set_new(c, "claim", claim_id ? json_string(claim_id) : json_null());
  json_object_set_new(c, "claim_text", json_string(text ? text : ""));
}

json_t *case_list(json_t *c, const char *field)
{
  return json_object_get(c, field);
}

void case_step(json_t *c, json_t *step, json_t *expect)
{
  json_array_append_new(case_list(c, "steps"), step);
  json_array_append_new(case_list(c, "expect"), expect);
}

void caseset_init(caseset *cs)
{
  cs->cases = json_array();
}

void caseset_free(caseset *cs)
{
  json_decref(cs->cases);
  cs->cases = NULL;
}

void caseset_add(caseset *cs, json_t *c)
{
  json_array_append_new(cs->cases, c);
}

static const char *id_of(const json_t *c)
{
  return json_string_value(json_object_get(c, "id"));
}

static int by_id(const void *a, const void *b)
{
  return strcmp(id_of(*(json_t *const *)a), id_of(*(json_t *const *)b));
}

int caseset_sort(caseset *cs)
{
  size_t n = json_array_size(cs->cases);
  json_t **v = malloc((n ? n : 1) * sizeof *v);
  for (size_t i = 0; i < n; i++)
    v[i] = json_incref(json_array_get(cs->cases, i));
  qsort(v, n, sizeof *v, by_id);
  json_array_clear(cs->cases);
  int ok = 1;
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && strcmp(id_of(v[i - 1]), id_of(v[i])) == 0 && ok) {
      osc_error("two cases have the id '%s'", id_of(v[i]));
      ok = 0;
    }
    json_array_append_new(cs->cases, v[i]);
  }
  free(v);
  return ok;
}

static int write_line(const json_t *j, FILE *out)
{
  char *s = json_dumps(j, JSON_COMPACT);
  int ok = s && fputs(s, out) >= 0 && fputc('\n', out) != EOF;
  free(s);
  return ok;
}

int caseset_write(const caseset *cs, const json_t *header, FILE *out)
{
  int ok = write_line(header, out);
  for (size_t i = 0; ok && i < json_array_size(cs->cases); i++)
    ok = write_line(json_array_get(cs->cases, i), out);
  return ok;
}
