#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "safety.h"

static int has_dotdot(const char *p, size_t len)
{
  for (size_t i = 0; i + 1 < len; i++)
    if (p[i] == '.' && p[i + 1] == '.' && (i == 0 || p[i - 1] == '/')
        && (i + 2 == len || p[i + 2] == '/'))
      return 1;
  return 0;
}

static int bad_path(const char *p, size_t len, char *why, size_t whylen)
{
  if (len > 0 && p[0] == '/') {
    snprintf(why, whylen, "absolute path '%.*s'", (int)len, p);
    return 1;
  }
  if (has_dotdot(p, len)) {
    snprintf(why, whylen, "'..' in path '%.*s'", (int)len, p);
    return 1;
  }
  return 0;
}

static int bad_hex_path(const char *hex, char *why, size_t whylen)
{
  size_t n = strlen(hex) / 2;
  char *raw = malloc(n + 1);
  for (size_t i = 0; i < n; i++) {
    unsigned v = 0;
    sscanf(hex + 2 * i, "%2x", &v);
    raw[i] = (char)v;
  }
  int bad = bad_path(raw, n, why, whylen);
  free(raw);
  return bad;
}

/* Any string, bytes value or path-like inside an argument value. */
static int bad_value(const json_t *v, char *why, size_t whylen)
{
  if (json_is_string(v))
    return bad_path(json_string_value(v), json_string_length(v), why, whylen);
  if (json_is_object(v) && json_is_string(json_object_get(v, "bytes")))
    return bad_hex_path(json_string_value(json_object_get(v, "bytes")), why, whylen);
  const char *key;
  const json_t *item;
  size_t i;
  if (json_is_object(v)) {
    json_object_foreach((json_t *)v, key, item)
      if (bad_value(item, why, whylen))
        return 1;
  } else if (json_is_array(v)) {
    json_array_foreach(v, i, item)
      if (bad_value(item, why, whylen))
        return 1;
  }
  return 0;
}

static int bad_ops(const json_t *ops, char *why, size_t whylen)
{
  size_t i;
  const json_t *op;
  json_array_foreach(ops, i, op) {
    static const char *const keys[] = { "path", "target" };
    for (size_t k = 0; k < 2; k++) {
      const json_t *p = json_object_get(op, keys[k]);
      if (json_is_string(p) && bad_path(json_string_value(p), json_string_length(p), why, whylen))
        return 1;
    }
  }
  return 0;
}

static int bad_steps(const json_t *steps, char *why, size_t whylen)
{
  size_t i;
  const json_t *step;
  json_array_foreach(steps, i, step)
    if (bad_value(json_object_get(step, "args"), why, whylen)
        || bad_value(json_object_get(step, "kwargs"), why, whylen))
      return 1;
  return 0;
}

int safety_check_case(const json_t *c, char *why, size_t whylen)
{
  return !(bad_ops(json_object_get(c, "setup"), why, whylen)
           || bad_ops(json_object_get(c, "check"), why, whylen)
           || bad_steps(json_object_get(c, "steps"), why, whylen));
}
