#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include "expect.h"
#include "util.h"

static bool tagged(const json_t *v, const char *tag)
{
  return json_is_object(v) && json_object_get(v, tag) != NULL;
}

static bool struct_equal(const json_t *exp, const json_t *obs)
{
  if (!tagged(obs, "struct") || !json_equal(json_object_get(exp, "struct"), json_object_get(obs, "struct")))
    return false;
  const json_t *have = json_object_get(obs, "fields");
  const char *key;
  const json_t *want;
  json_object_foreach((json_t *)json_object_get(exp, "fields"), key, want) {
    const json_t *got = json_object_get(have, key);
    if (!got || !osc_value_equal(want, got))
      return false;
  }
  return true;
}

static bool has_item(const json_t *items, const json_t *item)
{
  size_t i;
  const json_t *x;
  json_array_foreach(items, i, x)
    if (osc_value_equal(item, x))
      return true;
  return false;
}

/* {"dict": [[k, v], ...]} and {"set": [...]}: a mapping and a set are equal
 * whatever the order their items were listed in (an item of a dict is a
 * [key, value] pair, so this compares values too). */
static bool unordered_equal(const json_t *exp, const json_t *obs, const char *tag)
{
  const json_t *want = json_object_get(exp, tag), *got = json_object_get(obs, tag);
  if (!json_is_array(want) || !json_is_array(got) || json_array_size(want) != json_array_size(got) ||
      json_object_size(obs) != 1)
    return false;
  size_t i;
  const json_t *x;
  json_array_foreach(want, i, x)
    if (!has_item(got, x))
      return false;
  return true;
}

static bool object_equal(const json_t *exp, const json_t *obs)
{
  if (tagged(exp, "struct"))
    return struct_equal(exp, obs);
  if (tagged(exp, "dict") || tagged(exp, "set"))
    return unordered_equal(exp, obs, tagged(exp, "dict") ? "dict" : "set");
  if (!json_is_object(obs) || json_object_size(exp) != json_object_size(obs))
    return false;
  const char *key;
  const json_t *want;
  json_object_foreach((json_t *)exp, key, want) {
    const json_t *got = json_object_get(obs, key);
    if (!got || !osc_value_equal(want, got))
      return false;
  }
  return true;
}

bool osc_value_equal(const json_t *exp, const json_t *obs)
{
  if (json_is_number(exp) && json_is_number(obs)) {
    if (json_is_integer(exp) && json_is_integer(obs))
      return json_integer_value(exp) == json_integer_value(obs);
    return json_number_value(exp) == json_number_value(obs);
  }
  if (json_is_object(exp))
    return object_equal(exp, obs);
  if (json_is_array(exp)) {
    if (!json_is_array(obs) || json_array_size(exp) != json_array_size(obs))
      return false;
    for (size_t i = 0; i < json_array_size(exp); i++)
      if (!osc_value_equal(json_array_get(exp, i), json_array_get(obs, i)))
        return false;
    return true;
  }
  return json_equal(exp, obs);
}

const char *osc_step_errno(const json_t *step, char *buf, size_t len)
{
  const json_t *e = json_object_get(step, "errno");
  if (json_is_string(e))
    return json_string_value(e);
  if (!json_is_integer(e))
    return NULL;
  /* A number is the target's own: its table may not be this host's
   * (MicroPython's is not), so it is never named here. */
  snprintf(buf, len, "%lld", (long long)json_integer_value(e));
  return buf;
}

bool osc_step_raises(const json_t *step, const char *cls)
{
  const char *raised = json_string_value(json_object_get(step, "raises"));
  if (!raised)
    return false;
  if (strcmp(raised, cls) == 0)
    return true;
  size_t i;
  const json_t *base;
  json_array_foreach(json_object_get(step, "mro"), i, base)
    if (json_is_string(base) && strcmp(json_string_value(base), cls) == 0)
      return true;
  return false;
}

void osc_describe_step(const json_t *step, char *buf, size_t len)
{
  char eb[16];
  const char *raised = json_string_value(json_object_get(step, "raises"));
  if (raised) {
    const char *e = osc_step_errno(step, eb, sizeof eb);
    snprintf(buf, len, "raises %s%s%s", raised, e ? " " : "", e ? e : "");
    return;
  }
  const char *tags[] = {"missing", "skipped", NULL};
  for (const char **t = tags; *t; t++)
    if (json_is_string(json_object_get(step, *t))) {
      snprintf(buf, len, "%s: %s", *t, json_string_value(json_object_get(step, *t)));
      return;
    }
  const json_t *v = json_object_get(step, "value");
  char *text = v ? json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
  snprintf(buf, len, "value %.120s", text ? text : "(none)");
  free(text);
}

/* Python truthiness of a value in the format's encoding. */
static bool truthy(const json_t *v)
{
  switch (json_typeof(v)) {
  case JSON_NULL: case JSON_FALSE: return false;
  case JSON_TRUE: return true;
  case JSON_INTEGER: case JSON_REAL: return json_number_value(v) != 0;
  case JSON_STRING: return json_string_length(v) > 0;
  case JSON_ARRAY: return json_array_size(v) > 0;
  case JSON_OBJECT: break;
  }
  const json_t *b = json_object_get(v, "bytes");
  if (json_is_string(b))
    return json_string_length(b) > 0;
  const char *seqs[] = {"tuple", "set", "dict", NULL};
  for (const char **t = seqs; *t; t++)
    if (json_is_array(json_object_get(v, *t)))
      return json_array_size(json_object_get(v, *t)) > 0;
  return true;  /* structs and other objects */
}

/* len(value), or -1 where the encoding does not tell it. */
static long long length_of(const json_t *v)
{
  if (json_is_string(v))
    return (long long)osc_utf8_length(json_string_value(v), json_string_length(v));
  if (json_is_array(v))
    return (long long)json_array_size(v);
  const json_t *b = json_object_get(v, "bytes");
  if (json_is_string(b))
    return (long long)json_string_length(b) / 2;
  const char *seqs[] = {"tuple", "set", "dict", NULL};
  for (const char **t = seqs; *t; t++)
    if (json_is_array(json_object_get(v, *t)))
      return (long long)json_array_size(json_object_get(v, *t));
  return -1;
}

static bool hex_contains(const char *hay, const char *needle)
{
  size_t nl = strlen(needle);
  for (const char *p = hay; (p = strstr(p, needle)); p++)
    if ((p - hay) % 2 == 0)
      return true;
  return nl == 0;
}

static bool contains(const json_t *v, const json_t *item)
{
  if (json_is_string(v) && json_is_string(item))
    return strstr(json_string_value(v), json_string_value(item)) != NULL;
  const json_t *b = json_object_get(v, "bytes"), *ib = json_object_get(item, "bytes");
  if (json_is_string(b) && json_is_string(ib))
    return hex_contains(json_string_value(b), json_string_value(ib));
  const json_t *seq = json_is_array(v) ? v : json_object_get(v, "tuple");
  if (!seq)
    seq = json_object_get(v, "set");
  bool dict = !seq && (seq = json_object_get(v, "dict")) != NULL;
  size_t i;
  const json_t *e;
  json_array_foreach(seq, i, e)
    if (osc_value_equal(item, dict ? json_array_get(e, 0) : e))
      return true;
  return false;
}

/* A Python int literal as the doc writes defaults: 511, 0o777, 0x1ff, -1, 1_000. */
static bool int_literal(const json_t *v, long long *out)
{
  if (json_is_integer(v)) {
    *out = json_integer_value(v);
    return true;
  }
  const char *s = json_string_value(v);
  if (!s || !*s)
    return false;
  char clean[64];
  size_t n = 0;
  for (; *s && n + 1 < sizeof clean; s++)
    if (*s != '_')
      clean[n++] = *s;
  clean[n] = '\0';
  const char *digits = clean + (clean[0] == '-');
  int base = 10;
  if (digits[0] == '0' && digits[1] && strchr("oObBxX", digits[1])) {
    base = strchr("oO", digits[1]) ? 8 : strchr("bB", digits[1]) ? 2 : 16;
    memmove((char *)digits, digits + 2, strlen(digits + 2) + 1);
  }
  char *end;
  *out = strtoll(clean, &end, base);
  return end != clean && *end == '\0';
}

static bool default_equal(const json_t *a, const json_t *b)
{
  long long x, y;
  if (int_literal(a, &x) && int_literal(b, &y))
    return x == y;
  return osc_value_equal(a, b);
}

static bool params_match(const json_t *want, const json_t *got, char *why, size_t len);

static bool named(const json_t *param, const char *name)
{
  const char *n = json_string_value(json_object_get(param, "name"));
  return n && strcmp(n, name) == 0;
}

/* argN: an example of the arguments the doc's `...` stands for. */
static bool example_arg(const json_t *param)
{
  const char *n = json_string_value(json_object_get(param, "name"));
  return n && strncmp(n, "arg", 3) == 0 && n[3] >= '0' && n[3] <= '9';
}

/* The doc's notation read as the doc means it: in `execle(path, arg0, arg1,
 * ..., env)` the `...` is the variable part of the call, and arg0, arg1
 * before it and env after it are examples of what goes there: one
 * var-positional parameter, whatever its name. New reference. */
static json_t *read_notation(const json_t *want)
{
  size_t dots = json_array_size(want), i;
  const json_t *p;
  json_array_foreach(want, i, p)
    if (named(p, "..."))
      dots = i;
  if (dots == json_array_size(want))
    return json_copy((json_t *)want);  /* a copy: params_equal may shorten it */
  json_t *out = json_array();
  size_t first = dots;
  while (first > 0 && example_arg(json_array_get(want, first - 1)))
    first--;
  for (i = 0; i < first; i++)
    json_array_append(out, json_array_get(want, i));
  json_array_append_new(out, json_pack("{s:s,s:s,s:n,s:b}", "name", "...", "kind", "var-positional", "default",
                                       "any_name", 1));
  return out;
}

/* `fdopen(fd, *args, **kwargs)`: "accepts the same arguments" as what it
 * forwards to; the parameters after the named ones are not the doc's. */
static bool forwards(const json_t *want)
{
  size_t n = json_array_size(want);
  return n >= 2 && named(json_array_get(want, n - 2), "args") && named(json_array_get(want, n - 1), "kwargs");
}

static bool params_equal(const json_t *want_as_written, const json_t *got, char *why, size_t len)
{
  json_t *want = read_notation(want_as_written), *head = NULL;
  if (forwards(want) && json_is_array(got) && json_array_size(got) >= json_array_size(want) - 2) {
    size_t keep = json_array_size(want) - 2;
    head = json_array();
    for (size_t i = 0; i < keep; i++)
      json_array_append(head, json_array_get(got, i));
    json_array_remove(want, keep + 1);
    json_array_remove(want, keep);
  }
  bool same = params_match(want, head ? head : got, why, len);
  json_decref(head);
  json_decref(want);
  return same;
}

/* Where the first var-positional parameter (*args) of a list stands, or SIZE_MAX. */
static size_t var_positional_at(const json_t *params)
{
  size_t i;
  const json_t *p;
  json_array_foreach(params, i, p) {
    const char *kind = json_string_value(json_object_get(p, "kind"));
    if (kind && strcmp(kind, "var-positional") == 0)
      return i;
  }
  return SIZE_MAX;
}

static bool params_match(const json_t *want, const json_t *got, char *why, size_t len)
{
  /* `execl(file, *args)`: a parameter before *args cannot be passed by
   * keyword together with any of the rest, so its name is no contract. */
  size_t a = var_positional_at(want), b = var_positional_at(got);
  size_t varargs = a == SIZE_MAX && b == SIZE_MAX ? 0 : a < b ? a : b;
  if (!json_is_array(got) || json_array_size(got) != json_array_size(want)) {
    snprintf(why, len, "expected %zu parameters, got %zu", json_array_size(want),
             json_is_array(got) ? json_array_size(got) : 0);
    return false;
  }
  for (size_t i = 0; i < json_array_size(want); i++) {
    const json_t *w = json_array_get(want, i), *g = json_array_get(got, i);
    /* A positional-only parameter's name cannot be seen by a caller, so it
     * is not part of the contract: only its kind and default are. */
    const char *kind = json_string_value(json_object_get(w, "kind"));
    bool positional_only = kind && strcmp(kind, "positional-only") == 0;
    bool any_name = positional_only || json_is_true(json_object_get(w, "any_name")) || i < varargs;
    const char *fields[] = {"kind", any_name ? NULL : "name", NULL};
    for (const char **f = fields; *f; f++)
      if (!json_equal(json_object_get(w, *f), json_object_get(g, *f))) {
        snprintf(why, len, "parameter %zu: expected %s %s, got %s", i, *f,
                 json_string_value(json_object_get(w, *f)), json_string_value(json_object_get(g, *f)));
        return false;
      }
    const json_t *wd = json_object_get(w, "default"), *gd = json_object_get(g, "default");
    /* Legacy brackets (`*[, ns]`) promise an optional parameter and no value. */
    bool any_default = json_is_true(json_object_get(w, "optional")) && !wd;
    if (any_default ? !gd || json_is_null(gd) : !default_equal(wd ? wd : json_null(), gd ? gd : json_null())) {
      snprintf(why, len, "parameter %s: the default differs",
               json_string_value(json_object_get(w, "name")));
      return false;
    }
  }
  return true;
}

static bool fail(char *why, size_t len, const char *what, const json_t *step)
{
  char got[200];
  osc_describe_step(step, got, sizeof got);
  snprintf(why, len, "expected %s, got %s", what, got);
  return false;
}

/* The keys about a raised exception; every other key is about a value. */
static bool raise_holds(const json_t *expect, const json_t *step, char *why, size_t len)
{
  const char *cls = json_string_value(json_object_get(expect, "raises"));
  char what[160], eb[16];
  const char *want_errno = json_string_value(json_object_get(expect, "errno"));
  snprintf(what, sizeof what, "raises %s%s%s", cls, want_errno ? " " : "", want_errno ? want_errno : "");
  if (!osc_step_raises(step, cls))
    return fail(why, len, what, step);
  const char *got_errno = osc_step_errno(step, eb, sizeof eb);
  if (want_errno && (!got_errno || strcmp(want_errno, got_errno) != 0))
    return fail(why, len, what, step);
  return true;
}

static bool value_holds(const json_t *expect, const json_t *step, char *why, size_t len)
{
  const json_t *value = json_object_get(step, "value");
  if (!value || json_object_get(step, "raises"))
    return fail(why, len, "a value", step);
  const json_t *want;
  if ((want = json_object_get(expect, "returns")) && !osc_value_equal(want, value)) {
    char *text = json_dumps(want, JSON_ENCODE_ANY | JSON_COMPACT);
    char what[160];
    snprintf(what, sizeof what, "value %.140s", text);
    free(text);
    return fail(why, len, what, step);
  }
  if ((want = json_object_get(expect, "type")) &&
      !json_equal(want, json_object_get(step, "type"))) {
    char what[100];
    snprintf(what, sizeof what, "type %s", json_string_value(want));
    snprintf(why, len, "expected %s, got type %s", what,
             json_string_value(json_object_get(step, "type")) ?: "(none)");
    return false;
  }
  if ((want = json_object_get(expect, "present")) && !json_equal(want, value))
    return fail(why, len, json_is_true(want) ? "present" : "absent", step);
  if ((want = json_object_get(expect, "truthy")) && truthy(value) != json_is_true(want))
    return fail(why, len, json_is_true(want) ? "a true value" : "a false value", step);
  if ((want = json_object_get(expect, "len")) && length_of(value) != json_integer_value(want)) {
    char what[40];
    snprintf(what, sizeof what, "length %lld", (long long)json_integer_value(want));
    return fail(why, len, what, step);
  }
  if ((want = json_object_get(expect, "contains")) && !contains(value, want))
    return fail(why, len, "a value containing the expected item", step);
  if ((want = json_object_get(expect, "params")))
    return params_equal(want, value, why, len);
  return true;
}

bool osc_expect_holds(const json_t *expect, const json_t *step, char *why, size_t len)
{
  why[0] = '\0';
  if (!json_is_object(step))
    return fail(why, len, "an outcome for the step", json_null());
  if (json_is_true(json_object_get(expect, "any")))
    return !json_object_get(step, "skipped") || fail(why, len, "the step to run", step);
  if (json_object_get(expect, "raises"))
    return raise_holds(expect, step, why, len);
  return value_holds(expect, step, why, len);
}
