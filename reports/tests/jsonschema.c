#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "jsonschema.h"

struct ctx {
  json_t *root;
  char *err;
  size_t size;
};

static int fail(struct ctx *c, const char *where, const char *why, const char *what)
{
  snprintf(c->err, c->size, "%s: %s%s", *where ? where : "/", why, what ? what : "");
  return -1;
}

static int check(struct ctx *c, json_t *schema, json_t *v, const char *where);

static bool has_type(json_t *v, const char *type)
{
  if (strcmp(type, "object") == 0) return json_is_object(v);
  if (strcmp(type, "array") == 0) return json_is_array(v);
  if (strcmp(type, "string") == 0) return json_is_string(v);
  if (strcmp(type, "integer") == 0) return json_is_integer(v);
  if (strcmp(type, "number") == 0) return json_is_number(v);
  if (strcmp(type, "boolean") == 0) return json_is_boolean(v);
  return strcmp(type, "null") == 0 && json_is_null(v);
}

static int check_type(struct ctx *c, json_t *type, json_t *v, const char *where)
{
  if (json_is_string(type))
    return has_type(v, json_string_value(type)) ? 0
         : fail(c, where, "not of type ", json_string_value(type));
  size_t i;
  json_t *t;
  json_array_foreach(type, i, t)
    if (has_type(v, json_string_value(t)))
      return 0;
  return fail(c, where, "of none of the allowed types", NULL);
}

static int check_enum(struct ctx *c, json_t *values, json_t *v, const char *where)
{
  size_t i;
  json_t *e;
  json_array_foreach(values, i, e)
    if (json_equal(e, v))
      return 0;
  return fail(c, where, "not one of the enumerated values", NULL);
}

static int check_object(struct ctx *c, json_t *schema, json_t *v, const char *where)
{
  json_t *props = json_object_get(schema, "properties");
  json_t *extra = json_object_get(schema, "additionalProperties");
  json_t *req = json_object_get(schema, "required");
  size_t i;
  json_t *name;
  json_array_foreach(req, i, name)
    if (!json_object_get(v, json_string_value(name)))
      return fail(c, where, "lacks required member ", json_string_value(name));
  const char *key;
  json_t *member;
  json_object_foreach(v, key, member) {
    char sub[1024];
    snprintf(sub, sizeof sub, "%s/%s", where, key);
    json_t *s = props ? json_object_get(props, key) : NULL;
    if (!s && json_is_false(extra))
      return fail(c, where, "has a member the schema does not allow: ", key);
    if (!s && json_is_object(extra))
      s = extra;
    if (s && check(c, s, member, sub))
      return -1;
  }
  return 0;
}

static int check_items(struct ctx *c, json_t *items, json_t *v, const char *where)
{
  size_t i;
  json_t *e;
  json_array_foreach(v, i, e) {
    char sub[1024];
    snprintf(sub, sizeof sub, "%s/%zu", where, i);
    if (check(c, items, e, sub))
      return -1;
  }
  return 0;
}

static json_t *resolve(struct ctx *c, const char *ref)
{
  static const char prefix[] = "#/$defs/";
  if (strncmp(ref, prefix, sizeof prefix - 1) != 0)
    return NULL;
  return json_object_get(json_object_get(c->root, "$defs"), ref + sizeof prefix - 1);
}

static const char *const known[] = {
  "$schema", "$id", "$defs", "$ref", "title", "description", "type", "const", "enum",
  "required", "properties", "additionalProperties", "items", "minimum", "maximum", NULL
};

static int check(struct ctx *c, json_t *schema, json_t *v, const char *where)
{
  const char *key;
  json_t *k;
  json_object_foreach(schema, key, k) {
    bool ok = false;
    for (size_t i = 0; known[i] && !ok; i++)
      ok = strcmp(known[i], key) == 0;
    if (!ok)
      return fail(c, where, "schema uses an unsupported keyword: ", key);
  }
  json_t *ref = json_object_get(schema, "$ref"), *t;
  if (ref) {
    json_t *target = resolve(c, json_string_value(ref));
    if (!target)
      return fail(c, where, "unresolvable $ref ", json_string_value(ref));
    if (check(c, target, v, where))
      return -1;
  }
  if ((t = json_object_get(schema, "type")) && check_type(c, t, v, where))
    return -1;
  if ((t = json_object_get(schema, "const")) && !json_equal(t, v))
    return fail(c, where, "differs from the constant", NULL);
  if ((t = json_object_get(schema, "enum")) && check_enum(c, t, v, where))
    return -1;
  if ((t = json_object_get(schema, "minimum")) && json_is_number(v)
      && json_number_value(v) < json_number_value(t))
    return fail(c, where, "below the minimum", NULL);
  if ((t = json_object_get(schema, "maximum")) && json_is_number(v)
      && json_number_value(v) > json_number_value(t))
    return fail(c, where, "above the maximum", NULL);
  if (json_is_object(v) && check_object(c, schema, v, where))
    return -1;
  if ((t = json_object_get(schema, "items")) && json_is_array(v) && check_items(c, t, v, where))
    return -1;
  return 0;
}

int schema_validate(json_t *root_schema, json_t *instance, char *err, size_t size)
{
  struct ctx c = { root_schema, err, size };
  return check(&c, root_schema, instance, "");
}
