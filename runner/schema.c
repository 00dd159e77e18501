/* A checker for the subset of JSON Schema 2020-12 that cases/case.schema.json
 * and spec/platforms.schema.json use. Alternatives are chosen, not tried: anyOf by the instance's type,
 * oneOf by the first required key and the op's const, so an error names the
 * field and the one alternative the writer meant instead of "matches none".
 * A keyword outside the subset is refused when the schema is loaded: a
 * schema must never promise a check this file does not make. */
#include <pthread.h>
#include <regex.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "schema.h"
#include "diag.h"
#include "util.h"

/* generated from cases/case.schema.json and spec/platforms.schema.json */
extern const char osc_case_schema_text[], osc_platforms_schema_text[];

enum { MAX_PATTERNS = 64, MAX_NODES = 1024 };

/* The keywords a check reads, in the order of `keywords` below; a node's
 * values are looked up once, at load, not by name for every value checked
 * (a third of the time of loading a case file went to those lookups). */
enum kw {
  KW_REF, KW_TYPE, KW_CONST, KW_ENUM, KW_MIN_LENGTH, KW_MAX_LENGTH, KW_PATTERN, KW_MINIMUM, KW_MAXIMUM,
  KW_ITEMS, KW_MIN_ITEMS, KW_MAX_ITEMS, KW_REQUIRED, KW_PROPERTIES, KW_ADDITIONAL,
  KW_MIN_PROPERTIES, KW_MAX_PROPERTIES, KW_DEPENDENT_REQUIRED, KW_NOT, KW_ANY_OF, KW_ONE_OF, KW_COMMENT, NKW
};

typedef struct compiled {
  const json_t *node;
  const json_t *kw[NKW];
} compiled;

struct osc_schema {
  json_t *root;
  size_t npatterns;
  struct {
    const json_t *source;
    regex_t re;
  } patterns[MAX_PATTERNS];
  compiled nodes[MAX_NODES];   /* open addressing on the node's address */
  size_t nnodes;
};

/* ---- loading -------------------------------------------------------------- */

static const char *const annotations[] = {"$schema", "$id", "title", "description", "$defs", NULL};
static const char *const keywords[] = {
  "$ref", "type", "const", "enum", "minLength", "maxLength", "pattern", "minimum", "maximum",
  "items", "minItems", "maxItems", "required", "properties", "additionalProperties",
  "minProperties", "maxProperties", "dependentRequired", "not", "anyOf", "oneOf", "$comment", NULL};

static size_t slot_of(const json_t *node)
{
  return ((uintptr_t)node >> 4) * 2654435761u % MAX_NODES;
}

static const compiled *compiled_of(const osc_schema *s, const json_t *node)
{
  for (size_t i = slot_of(node), n = 0; n < MAX_NODES; i = (i + 1) % MAX_NODES, n++)
    if (s->nodes[i].node == node || !s->nodes[i].node)
      return s->nodes[i].node ? &s->nodes[i] : NULL;
  return NULL;
}

/* A node's keyword, by the table made at load (which holds every node the
 * checks can reach: a node missing there would check nothing). */
static const json_t *kw(const osc_schema *s, const json_t *node, enum kw k)
{
  const compiled *c = compiled_of(s, node);
  if (!c)
    osc_die(OSC_EXIT_SYSTEM, "schema: a node was not compiled at load");
  return c->kw[k];
}

static bool compile_node(osc_schema *s, const json_t *node)
{
  if (compiled_of(s, node))
    return true;
  if (++s->nnodes > MAX_NODES / 2)  /* keep the table half empty */
    return false;
  size_t i = slot_of(node);
  while (s->nodes[i].node)
    i = (i + 1) % MAX_NODES;
  s->nodes[i].node = node;
  for (int k = 0; k < NKW; k++)
    s->nodes[i].kw[k] = json_object_get(node, keywords[k]);
  return true;
}

static bool listed(const char *s, const char *const *list)
{
  for (; *list; list++)
    if (strcmp(s, *list) == 0)
      return true;
  return false;
}

static bool load_fail(char *why, size_t len, const char *what, const char *arg)
{
  snprintf(why, len, "%s%s", what, arg);
  return false;
}

static const json_t *deref(const osc_schema *s, const json_t *schema)
{
  for (int hops = 0; hops < 16; hops++) {
    const compiled *c = compiled_of(s, schema);
    const char *ref = json_string_value(c ? c->kw[0] : json_object_get(schema, "$ref"));
    if (!ref)
      return schema;
    if (strncmp(ref, "#/$defs/", 8) != 0)
      return NULL;
    schema = json_object_get(json_object_get(s->root, "$defs"), ref + 8);
  }
  return NULL;
}

static bool load_node(osc_schema *s, const json_t *node, char *why, size_t len);

static bool load_each(osc_schema *s, const json_t *list, char *why, size_t len)
{
  size_t i;
  const json_t *sub;
  const char *key;
  if (json_is_array(list)) {
    json_array_foreach(list, i, sub)
      if (!load_node(s, sub, why, len))
        return false;
  } else {
    json_object_foreach((json_t *)list, key, sub)
      if (!load_node(s, sub, why, len))
        return false;
  }
  return true;
}

static bool load_pattern(osc_schema *s, const json_t *pattern, char *why, size_t len)
{
  if (!json_is_string(pattern) || s->npatterns == MAX_PATTERNS)
    return load_fail(why, len, "a pattern that is not a string, or too many patterns", "");
  int rc = regcomp(&s->patterns[s->npatterns].re, json_string_value(pattern), REG_EXTENDED | REG_NOSUB);
  if (rc != 0)
    return load_fail(why, len, "a pattern POSIX regcomp refuses: ", json_string_value(pattern));
  s->patterns[s->npatterns++].source = pattern;
  return true;
}

static bool load_node(osc_schema *s, const json_t *node, char *why, size_t len)
{
  if (json_is_boolean(node))
    return true;
  if (!json_is_object(node))
    return load_fail(why, len, "a schema that is not an object", "");
  if (!compile_node(s, node))
    return load_fail(why, len, "more schema nodes than this checker holds", "");
  const char *key;
  const json_t *v;
  json_object_foreach((json_t *)node, key, v) {
    if (listed(key, annotations))
      continue;
    if (!listed(key, keywords))
      return load_fail(why, len, "a keyword this checker does not implement: ", key);
    if (strcmp(key, "$ref") == 0 && !deref(s, node))
      return load_fail(why, len, "a $ref that does not resolve: ", json_string_value(v) ? json_string_value(v) : "?");
    bool ok = strcmp(key, "pattern") == 0 ? load_pattern(s, v, why, len)
              : strcmp(key, "items") == 0 || strcmp(key, "not") == 0 || strcmp(key, "additionalProperties") == 0
                ? load_node(s, v, why, len)
              : strcmp(key, "properties") == 0 || strcmp(key, "anyOf") == 0 || strcmp(key, "oneOf") == 0
                ? load_each(s, v, why, len)
                : true;
    if (!ok)
      return false;
  }
  return load_each(s, json_object_get(node, "$defs"), why, len);
}

osc_schema *osc_schema_new(const char *text, char *why, size_t len)
{
  osc_schema *s = calloc(1, sizeof *s);
  json_error_t jerr;
  if (!s)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  s->root = json_loads(text, 0, &jerr);
  if (!s->root ? load_fail(why, len, "not JSON: ", jerr.text) : !load_node(s, s->root, why, len)) {
    osc_schema_free(s);
    return NULL;
  }
  return s;
}

void osc_schema_free(osc_schema *s)
{
  if (!s)
    return;
  for (size_t i = 0; i < s->npatterns; i++)
    regfree(&s->patterns[i].re);
  json_decref(s->root);
  free(s);
}

/* ---- checking ------------------------------------------------------------- */

enum { MAX_DEPTH = 64 };

/* The field being checked, as the steps that lead to it (a key or an
 * index each), written out only when there is something to say. */
typedef struct check {
  const osc_schema *s;
  struct {
    const char *key;    /* NULL: an array index */
    size_t index;
  } path[MAX_DEPTH + 2];
  size_t depth;
  char *why;
  size_t len;
} check;

static bool check_node(check *c, const json_t *schema, const json_t *v);

/* steps[2].args[0], shown by its start when a value nests deep */
static void field_name(const check *c, char *buf, size_t len)
{
  size_t used = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < c->depth && used < len; i++) {
    if (c->path[i].key)
      snprintf(buf + used, len - used, "%s%s", used ? "." : "", c->path[i].key);
    else
      snprintf(buf + used, len - used, "[%zu]", c->path[i].index);
    used = strlen(buf);
  }
  if (used >= 60)
    strcpy(buf + 57, "...");
}

__attribute__((format(printf, 2, 3)))
static bool fail(check *c, const char *fmt, ...)
{
  char what[200], field[80];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof what, fmt, ap);
  va_end(ap);
  field_name(c, field, sizeof field);
  if (field[0])
    snprintf(c->why, c->len, "field %s: %s", field, what);
  else
    snprintf(c->why, c->len, "%s", what);
  return false;
}

/* Checks v against schema as the field path.key or path[i]. */
static bool check_member(check *c, const json_t *schema, const json_t *v, const char *key, size_t index)
{
  c->path[c->depth].key = key;
  c->path[c->depth].index = index;
  bool ok = ++c->depth > MAX_DEPTH ? fail(c, "nested more than %d deep", MAX_DEPTH) : check_node(c, schema, v);
  if (ok)
    c->depth--;
  return ok;
}

static const char *type_name(const json_t *v)
{
  switch (json_typeof(v)) {
  case JSON_OBJECT: return "an object";
  case JSON_ARRAY: return "an array";
  case JSON_STRING: return "a string";
  case JSON_INTEGER: return "an integer";
  case JSON_REAL: return "a number";
  case JSON_TRUE: case JSON_FALSE: return "a boolean";
  default: return "null";
  }
}

static bool has_type(const json_t *v, const char *type)
{
  return strcmp(type, "object") == 0 ? json_is_object(v)
         : strcmp(type, "array") == 0 ? json_is_array(v)
         : strcmp(type, "string") == 0 ? json_is_string(v)
         : strcmp(type, "integer") == 0 ? json_is_integer(v)
         : strcmp(type, "number") == 0 ? json_is_number(v)
         : strcmp(type, "boolean") == 0 ? json_is_boolean(v)
         : strcmp(type, "null") == 0 ? json_is_null(v)
                                      : false;
}

/* A schema with no "type" (a const, an enum) admits any type here; its
 * other keywords decide. */
static bool admits_type(const osc_schema *s, const json_t *schema, const json_t *v)
{
  const json_t *type = kw(s, schema, KW_TYPE);
  size_t i;
  const json_t *t;
  if (!type)
    return true;
  if (json_is_string(type))
    return has_type(v, json_string_value(type));
  json_array_foreach(type, i, t)
    if (json_is_string(t) && has_type(v, json_string_value(t)))
      return true;
  return false;
}

static char *short_json(const json_t *v, char *buf, size_t len)
{
  char *text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
  snprintf(buf, len, "%s", text ? text : "?");
  if (text && strlen(text) >= len && len > 4)
    strcpy(buf + len - 4, "...");
  free(text);
  return buf;
}

static bool check_enum(check *c, const json_t *values, const json_t *v)
{
  size_t i;
  const json_t *e;
  char list[160] = "", one[60];
  json_array_foreach(values, i, e) {
    if (json_equal(e, v))
      return true;
    size_t used = strlen(list);
    snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "", short_json(e, one, sizeof one));
  }
  return fail(c, "%s is not one of %s", short_json(v, one, sizeof one), list);
}

static const regex_t *pattern_of(const osc_schema *s, const json_t *source)
{
  for (size_t i = 0; i < s->npatterns; i++)
    if (s->patterns[i].source == source)
      return &s->patterns[i].re;
  return NULL;
}

static bool check_string(check *c, const json_t *schema, const json_t *v)
{
  const char *text = json_string_value(v);
  size_t bytes = json_string_length(v), n = osc_utf8_length(text, bytes);
  const json_t *min = kw(c->s, schema, KW_MIN_LENGTH), *max = kw(c->s, schema, KW_MAX_LENGTH);
  const json_t *pattern = kw(c->s, schema, KW_PATTERN);
  if (min && (json_int_t)n < json_integer_value(min))
    return n ? fail(c, "shorter than %lld characters", (long long)json_integer_value(min)) : fail(c, "is empty");
  if (max && (json_int_t)n > json_integer_value(max))
    return fail(c, "longer than %lld characters", (long long)json_integer_value(max));
  if (!pattern)
    return true;
  char shown[60];
  if (strlen(text) != bytes)
    return fail(c, "holds a NUL character");
  const char *why = json_string_value(kw(c->s, schema, KW_COMMENT));
  if (regexec(pattern_of(c->s, pattern), text, 0, NULL, 0) != 0)
    return fail(c, "%s does not match %s%s%s%s", short_json(v, shown, sizeof shown), json_string_value(pattern),
                why ? " (" : "", why ? why : "", why ? ")" : "");
  return true;
}

static bool below(const json_t *v, const json_t *bound)
{
  if (json_is_integer(v) && json_is_integer(bound))
    return json_integer_value(v) < json_integer_value(bound);
  return json_number_value(v) < json_number_value(bound);
}

static bool check_number(check *c, const json_t *schema, const json_t *v)
{
  const json_t *min = kw(c->s, schema, KW_MINIMUM), *max = kw(c->s, schema, KW_MAXIMUM);
  char shown[60], bound[60];
  if (min && below(v, min))
    return fail(c, "%s is below the minimum %s", short_json(v, shown, sizeof shown), short_json(min, bound, sizeof bound));
  if (max && below(max, v))
    return fail(c, "%s is above the maximum %s", short_json(v, shown, sizeof shown), short_json(max, bound, sizeof bound));
  return true;
}

static bool check_array(check *c, const json_t *schema, const json_t *v)
{
  const json_t *min = kw(c->s, schema, KW_MIN_ITEMS), *max = kw(c->s, schema, KW_MAX_ITEMS);
  const json_t *items = kw(c->s, schema, KW_ITEMS), *item;
  size_t n = json_array_size(v), i;
  if (min && (json_int_t)n < json_integer_value(min))
    return fail(c, "has %zu items, fewer than %lld", n, (long long)json_integer_value(min));
  if (max && (json_int_t)n > json_integer_value(max))
    return fail(c, "has %zu items, more than %lld", n, (long long)json_integer_value(max));
  if (items)
    json_array_foreach(v, i, item)
      if (!check_member(c, items, item, NULL, i))
        return false;
  return true;
}

static bool check_required(check *c, const json_t *schema, const json_t *v)
{
  size_t i;
  const json_t *key;
  const char *name;
  const json_t *needs;
  json_array_foreach(kw(c->s, schema, KW_REQUIRED), i, key)
    if (!json_object_get(v, json_string_value(key)))
      return fail(c, "no \"%s\"", json_string_value(key));
  json_object_foreach((json_t *)kw(c->s, schema, KW_DEPENDENT_REQUIRED), name, needs)
    if (json_object_get(v, name))
      json_array_foreach(needs, i, key)
        if (!json_object_get(v, json_string_value(key)))
          return fail(c, "\"%s\" without \"%s\"", name, json_string_value(key));
  return true;
}

static bool check_object(check *c, const json_t *schema, const json_t *v)
{
  const json_t *min = kw(c->s, schema, KW_MIN_PROPERTIES), *max = kw(c->s, schema, KW_MAX_PROPERTIES);
  const json_t *props = kw(c->s, schema, KW_PROPERTIES), *extra = kw(c->s, schema, KW_ADDITIONAL);
  size_t n = json_object_size(v);
  if (min && (json_int_t)n < json_integer_value(min))
    return n ? fail(c, "has fewer than %lld keys", (long long)json_integer_value(min)) : fail(c, "is empty");
  if (max && (json_int_t)n > json_integer_value(max))
    return fail(c, "has more than %lld keys", (long long)json_integer_value(max));
  const char *key;
  const json_t *member;
  json_object_foreach((json_t *)v, key, member) {
    const json_t *sub = json_object_get(props, key);
    if (!sub && json_is_false(extra))
      return fail(c, "unknown key \"%.60s\"", key);
    if (!sub)
      sub = extra;
    if (sub && !check_member(c, sub, member, key, 0))
      return false;
  }
  return check_required(c, schema, v);
}

static bool check_any_of(check *c, const json_t *alternatives, const json_t *v)
{
  size_t i;
  const json_t *alt;
  json_array_foreach(alternatives, i, alt)
    if (admits_type(c->s, deref(c->s, alt), v))
      return check_node(c, alt, v);
  return fail(c, "%s is not allowed here", type_name(v));
}

enum meaning { BY_FIRST_KEY, BY_ALL_KEYS, BY_FIRST_KEY_ONLY };

/* Is v meant for this alternative? It carries the key the alternative
 * starts with (BY_ALL_KEYS: every key it requires) and, but for
 * BY_FIRST_KEY_ONLY, agrees with every const or enum the alternative sets. */
static bool is_meant(const json_t *alt, const json_t *v, enum meaning by)
{
  const json_t *required = json_object_get(alt, "required"), *key;
  size_t i;
  json_array_foreach(required, i, key)
    if ((i == 0 || by == BY_ALL_KEYS) && !json_object_get(v, json_string_value(key)))
      return false;
  if (by == BY_FIRST_KEY_ONLY)
    return true;
  const char *name;
  const json_t *prop;
  json_object_foreach(json_object_get(alt, "properties"), name, prop) {
    const json_t *have = json_object_get(v, name), *want = json_object_get(prop, "const");
    const json_t *choices = json_object_get(prop, "enum"), *choice;
    bool listed_choice = !choices;
    json_array_foreach(choices, i, choice)
      listed_choice = listed_choice || (have && json_equal(have, choice));
    if (have && ((want && !json_equal(have, want)) || (choices && !listed_choice)))
      return false;
  }
  return true;
}

static void alternative_names(const osc_schema *s, const json_t *alternatives, const json_t *v, char *buf, size_t len)
{
  size_t i, used = 0;
  const json_t *alt;
  buf[0] = '\0';
  json_array_foreach(alternatives, i, alt) {
    alt = deref(s, alt);
    if (v && !is_meant(alt, v, BY_FIRST_KEY))
      continue;
    /* an alternative is named by the value its first key must have
     * ("op": "mkdir"), else by that key ("call") */
    const char *first = json_string_value(json_array_get(json_object_get(alt, "required"), 0));
    const json_t *key = first ? json_object_get(json_object_get(alt, "properties"), first) : NULL;
    const char *name = json_string_value(json_object_get(key, "const"));
    if (!name && key)
      name = json_string_value(json_array_get(json_object_get(key, "enum"), 0));
    if (!name)
      name = first;
    snprintf(buf + used, len - used, "%s%s", used ? ", " : "", name ? name : "?");
    used = strlen(buf);
  }
}

/* The key every alternative starts with (setup ops: "op"), or NULL. */
static const char *shared_first_key(const osc_schema *s, const json_t *alternatives)
{
  const char *key = NULL;
  size_t i;
  const json_t *alt;
  json_array_foreach(alternatives, i, alt) {
    const char *first = json_string_value(json_array_get(json_object_get(deref(s, alt), "required"), 0));
    if (!first || (key && strcmp(key, first) != 0))
      return NULL;
    key = first;
  }
  return key;
}

/* How many alternatives v is meant for, by that rule; *meant: the last. */
static size_t count_meant(const osc_schema *s, const json_t *alternatives, const json_t *v, enum meaning by,
                          const json_t **meant)
{
  size_t i, found = 0;
  const json_t *alt;
  json_array_foreach(alternatives, i, alt)
    if (json_is_object(v) && is_meant(deref(s, alt), v, by)) {
      *meant = alt;
      found++;
    }
  return found;
}

static bool check_one_of(check *c, const json_t *alternatives, const json_t *v)
{
  const json_t *meant = NULL;
  size_t found = count_meant(c->s, alternatives, v, BY_FIRST_KEY, &meant);
  if (found > 1 && count_meant(c->s, alternatives, v, BY_ALL_KEYS, &meant) == 1)
    found = 1;
  if (!found && count_meant(c->s, alternatives, v, BY_FIRST_KEY_ONLY, &meant) == 1)
    found = 1;  /* its const is wrong: checking it says which */
  if (found == 1)
    return check_node(c, meant, v);
  char names[200];
  alternative_names(c->s, alternatives, found ? v : NULL, names, sizeof names);
  const char *key = shared_first_key(c->s, alternatives);
  if (!found && key && json_object_get(v, key)) {
    c->path[c->depth].key = key;  /* the message is about that member */
    c->depth++;
    char shown[60];
    return fail(c, "%s is not one of %s", short_json(json_object_get(v, key), shown, sizeof shown), names);
  }
  return fail(c, found ? "is several of: %s" : "is none of: %s", names);
}

static bool check_node(check *c, const json_t *schema, const json_t *v)
{
  schema = deref(c->s, schema);
  if (json_is_boolean(schema))
    return json_is_true(schema) || fail(c, "is not allowed here");
  const json_t *type = kw(c->s, schema, KW_TYPE), *k;
  char shown[60], other[60];
  if (type && !admits_type(c->s, schema, v))
    return fail(c, "expected %s, not %s", json_is_string(type) ? json_string_value(type) : "another type", type_name(v));
  if ((k = kw(c->s, schema, KW_CONST)) && !json_equal(k, v))
    return fail(c, "%s is not %s", short_json(v, shown, sizeof shown), short_json(k, other, sizeof other));
  if ((k = kw(c->s, schema, KW_ENUM)) && !check_enum(c, k, v))
    return false;
  bool ok = json_is_string(v) ? check_string(c, schema, v)
            : json_is_number(v) ? check_number(c, schema, v)
            : json_is_array(v) ? check_array(c, schema, v)
            : json_is_object(v) ? check_object(c, schema, v)
                                : true;
  if (ok && (k = kw(c->s, schema, KW_NOT)) && check_node(&(check){.s = c->s, .why = other, .len = sizeof other}, k, v)) {
    const char *why = json_string_value(kw(c->s, schema, KW_COMMENT));
    ok = fail(c, "%s is refused (%s)", short_json(v, shown, sizeof shown), why ? why : "the schema's \"not\"");
  }
  if (ok && (k = kw(c->s, schema, KW_ANY_OF)))
    ok = check_any_of(c, k, v);
  if (ok && (k = kw(c->s, schema, KW_ONE_OF)))
    ok = check_one_of(c, k, v);
  return ok;
}

bool osc_schema_check(const osc_schema *s, const json_t *v, char *why, size_t len)
{
  check c = {.s = s, .why = why, .len = len};
  return check_node(&c, s->root, v);
}

/* ---- the schemas the binary carries ---------------------------------------- */

typedef struct carried {
  const char *text, *file;
  osc_schema *schema;
  pthread_once_t once;
} carried;

static carried case_format = {osc_case_schema_text, "cases/case.schema.json", NULL, PTHREAD_ONCE_INIT};
static carried platforms_format = {osc_platforms_schema_text, "spec/platforms.schema.json", NULL, PTHREAD_ONCE_INIT};

static void load_carried(carried *c)
{
  char why[200];
  c->schema = osc_schema_new(c->text, why, sizeof why);
  if (!c->schema)
    osc_die(OSC_EXIT_SYSTEM, "%s, built in: %s", c->file, why);
}

static void load_case_format(void)
{
  load_carried(&case_format);
}

static void load_platforms_format(void)
{
  load_carried(&platforms_format);
}

void osc_case_schema_load(void)
{
  pthread_once(&case_format.once, load_case_format);
}

bool osc_case_schema_check(const json_t *c, char *why, size_t len)
{
  osc_case_schema_load();
  return osc_schema_check(case_format.schema, c, why, len);
}

bool osc_platforms_schema_check(const json_t *vocabulary, char *why, size_t len)
{
  pthread_once(&platforms_format.once, load_platforms_format);
  return osc_schema_check(platforms_format.schema, vocabulary, why, len);
}
