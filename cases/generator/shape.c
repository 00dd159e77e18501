#include <stdio.h>
#include <string.h>
#include "shape.h"

static int in_list(const char *s, const char *const *list)
{
  for (; *list; list++)
    if (strcmp(s, *list) == 0)
      return 1;
  return 0;
}

static int fail(char *why, size_t whylen, const char *fmt, const char *arg)
{
  snprintf(why, whylen, fmt, arg);
  return 0;
}

static int check_keys(const json_t *t, char *why, size_t whylen)
{
  static const char *const known[] = { "id", "quote", "object", "kind", "since", "requires", "isolate",
    "timeout_ms", "setup", "steps", "expect", "check", "compare", NULL };
  const char *key;
  json_t *v;
  json_object_foreach((json_t *)t, key, v)
    if (!in_list(key, known))
      return fail(why, whylen, "unknown key '%s'", key);
  return 1;
}

static int check_id(const json_t *id, char *why, size_t whylen)
{
  const char *s = json_string_value(id);
  if (!s || !*s)
    return fail(why, whylen, "%s", "'id' must be a non-empty string");
  for (const char *p = s; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || strchr("-_.", *p)))
      return fail(why, whylen, "id '%s' may hold only a-z, 0-9, '-', '_' and '.'", s);
  return 1;
}

static int check_step(const json_t *step, int depth, char *why, size_t whylen);

/* "child": the steps the child of a fork or forkpty step runs (FORMAT.md,
 * Processes a case starts): a non-empty list of steps, on those calls only. */
static int check_child(const json_t *step, const json_t *child, int depth, char *why, size_t whylen)
{
  static const char *const forks[] = { "fork", "forkpty", NULL };
  const char *fn = json_string_value(json_object_get(step, "call"));
  size_t i;
  json_t *v;
  if (!fn || !in_list(fn, forks))
    return fail(why, whylen, "%s", "'child' belongs to a call of fork or forkpty only");
  if (!json_is_array(child) || json_array_size(child) == 0)
    return fail(why, whylen, "%s", "'child' must be a non-empty list of steps");
  if (depth >= 8)
    return fail(why, whylen, "%s", "'child' steps nested too deep");
  json_array_foreach(child, i, v)
    if (!check_step(v, depth + 1, why, whylen))
      return 0;
  return 1;
}

static int check_step(const json_t *step, int depth, char *why, size_t whylen)
{
  static const char *const actions[] = { "call", "getattr", "hasattr", "attr", "method",
                                          "iterate", "signature", NULL };
  static const char *const extras[] = { "args", "kwargs", "bind", "on", "child", "continue", NULL };
  int nactions = 0;
  const char *key;
  json_t *v;
  if (!json_is_object(step))
    return fail(why, whylen, "%s", "a step must be an object");
  json_object_foreach((json_t *)step, key, v) {
    if (in_list(key, actions))
      nactions++;
    else if (!in_list(key, extras))
      return fail(why, whylen, "unknown step key '%s'", key);
  }
  if (nactions != 1)
    return fail(why, whylen, "%s", "a step needs exactly one of call, getattr, hasattr, attr, method, iterate, signature");
  const json_t *go_on = json_object_get(step, "continue");
  if (go_on && (!json_is_true(go_on) || !(json_object_get(step, "call") || json_object_get(step, "method"))))
    return fail(why, whylen, "%s", "'continue' is true, on a call or a method step only");
  if (json_object_get(step, "child"))
    return check_child(step, json_object_get(step, "child"), depth, why, whylen);
  return 1;
}

static int check_expectation(const json_t *e, char *why, size_t whylen)
{
  static const char *const keys[] = { "returns", "type", "raises", "errno", "present", "any",
                                      "truthy", "len", "contains", "params", NULL };
  const char *key;
  json_t *v;
  if (!json_is_object(e) || json_object_size(e) == 0)
    return fail(why, whylen, "%s", "an expectation must be a non-empty object");
  json_object_foreach((json_t *)e, key, v)
    if (!in_list(key, keys))
      return fail(why, whylen, "unknown expectation key '%s'", key);
  if (json_object_get(e, "errno") && !json_object_get(e, "raises"))
    return fail(why, whylen, "%s", "'errno' needs 'raises'");
  return 1;
}

static int check_ops(const json_t *ops, const char *field, const char *const *names,
                     char *why, size_t whylen)
{
  size_t i;
  json_t *op;
  if (ops && !json_is_array(ops))
    return fail(why, whylen, "'%s' must be a list", field);
  json_array_foreach(ops, i, op) {
    const char *name = json_string_value(json_object_get(op, "op"));
    if (!name || !in_list(name, names))
      return fail(why, whylen, "unknown %s op", field);
  }
  return 1;
}

static int check_body(const json_t *t, char *why, size_t whylen)
{
  static const char *const setup_ops[] = { "mkdir", "write", "symlink", "chmod", "mkfifo", "open", NULL };
  static const char *const check_ops_[] = { "exists", "absent", "isdir", "isfile", "islink",
                                            "content", "mode", "readlink", "size", NULL };
  const json_t *steps = json_object_get(t, "steps"), *expect = json_object_get(t, "expect");
  size_t i;
  json_t *v;
  if (!json_is_array(steps) || json_array_size(steps) == 0)
    return fail(why, whylen, "%s", "'steps' must be a non-empty list");
  json_array_foreach(steps, i, v)
    if (!check_step(v, 0, why, whylen))
      return 0;
  if (expect && (!json_is_array(expect) || json_array_size(expect) != json_array_size(steps)))
    return fail(why, whylen, "%s", "'expect' must be a list with one expectation per step");
  json_array_foreach(expect, i, v)
    if (!check_expectation(v, why, whylen))
      return 0;
  return check_ops(json_object_get(t, "setup"), "setup", setup_ops, why, whylen)
      && check_ops(json_object_get(t, "check"), "check", check_ops_, why, whylen);
}

static int check_kind_and_compare(const json_t *t, char *why, size_t whylen)
{
  static const char *const kinds[] = { "behaviour", "speculative", NULL };
  static const char *const compares[] = { "doc", "reference", "both", NULL };
  const json_t *kind = json_object_get(t, "kind"), *compare = json_object_get(t, "compare");
  if (kind && (!json_is_string(kind) || !in_list(json_string_value(kind), kinds)))
    return fail(why, whylen, "%s", "'kind' must be 'behaviour' or 'speculative'");
  if (compare && (!json_is_string(compare) || !in_list(json_string_value(compare), compares)))
    return fail(why, whylen, "%s", "'compare' must be 'doc', 'reference' or 'both'");
  if (!json_is_string(json_object_get(t, "quote")))
    return fail(why, whylen, "%s", "'quote' must be the documented sentence the scenario checks");
  int speculative = kind && strcmp(json_string_value(kind), "speculative") == 0;
  if (speculative && json_object_get(t, "expect"))
    return fail(why, whylen, "%s", "a speculative scenario has no 'expect': it records what the target does");
  if (!speculative && !json_object_get(t, "expect"))
    return fail(why, whylen, "%s", "'expect' is required");
  return 1;
}

/* "since": "3.13", the version from which the quoted rule holds (a
 * versionchanged note): X.Y, numbers only. */
static int check_since(const json_t *since, char *why, size_t whylen)
{
  const char *s = json_string_value(since);
  int major, minor, n = 0;
  if (!since || (s && sscanf(s, "%3d.%3d%n", &major, &minor, &n) == 2 && s[n] == '\0' && s[0] != '-' &&
                 minor >= 0))
    return 1;
  return fail(why, whylen, "%s", "'since' must be a version X.Y, as \"3.13\"");
}

int shape_check_template(const json_t *t, char *why, size_t whylen)
{
  if (!json_is_object(t))
    return fail(why, whylen, "%s", "a template line must be a JSON object");
  return check_keys(t, why, whylen) && check_id(json_object_get(t, "id"), why, whylen)
      && check_since(json_object_get(t, "since"), why, whylen)
      && check_kind_and_compare(t, why, whylen) && check_body(t, why, whylen);
}
