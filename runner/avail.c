#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "avail.h"
#include "input.h"
#include "schema.h"
#include "version.h"
#include "util.h"

struct osc_platforms {
  json_t *doc;
  json_t *platforms;  /* borrowed from doc */
  json_t *aliases;
  json_t *libcs;
};

/* What one evaluation needs to carry around. */
typedef struct eval_ctx {
  const osc_platforms *p;
  const json_t *facts;
  const char *target;      /* the vocabulary name of the target's platform, or NULL */
  char *why;
  size_t whylen;
} eval_ctx;

/* Does following member_of from name come back to start within steps? */
static bool reaches(const json_t *platforms, const char *name, const char *start, size_t steps)
{
  size_t i;
  const json_t *group;
  if (steps == 0)
    return false;
  json_array_foreach(json_object_get(json_object_get(platforms, name), "member_of"), i, group)
    if (strcmp(json_string_value(group), start) == 0 || reaches(platforms, json_string_value(group), start, steps - 1))
      return true;
  return false;
}

/* What spec/platforms.schema.json cannot say: every member_of names a group
 * of the file and no group is its own member, every alias names an entry. */
static bool names_resolve(const json_t *doc, char *err, size_t errlen)
{
  const json_t *platforms = json_object_get(doc, "platforms"), *entry, *group, *to;
  const char *name;
  size_t i;
  json_object_foreach((json_t *)platforms, name, entry)
    json_array_foreach(json_object_get(entry, "member_of"), i, group) {
      const char *kind = json_string_value(json_object_get(json_object_get(platforms, json_string_value(group)),
                                                           "kind"));
      if (!kind || strcmp(kind, "group") != 0) {
        snprintf(err, errlen, "field platforms.%.60s.member_of[%zu]: \"%.60s\" is not a group of the file", name,
                 i, json_string_value(group));
        return false;
      }
    }
  json_object_foreach((json_t *)platforms, name, entry)
    if (reaches(platforms, name, name, json_object_size(platforms))) {
      snprintf(err, errlen, "field platforms.%.60s.member_of: a cycle leads back to %.60s", name, name);
      return false;
    }
  json_object_foreach(json_object_get(doc, "aliases"), name, to)
    if (!json_object_get(platforms, json_string_value(to))) {
      snprintf(err, errlen, "field aliases.%.60s: \"%.60s\" is not a platform or group of the file", name,
               json_string_value(to));
      return false;
    }
  return true;
}

osc_platforms *osc_platforms_from_json(json_t *doc, char *err, size_t errlen)
{
  json_t *platforms = json_object_get(doc, "platforms");
  if (!osc_platforms_schema_check(doc, err, errlen) || !names_resolve(doc, err, errlen)) {
    json_decref(doc);
    return NULL;
  }
  osc_platforms *p = calloc(1, sizeof *p);
  if (!p) {
    snprintf(err, errlen, "out of memory");
    json_decref(doc);
    return NULL;
  }
  p->doc = doc;
  p->platforms = platforms;
  p->aliases = json_object_get(doc, "aliases");
  p->libcs = json_object_get(doc, "libcs");
  return p;
}

osc_platforms *osc_platforms_load(const char *path, char *err, size_t errlen)
{
  json_error_t jerr;
  char why[200];
  FILE *f = osc_open_regular(path, why, sizeof why);
  if (!f) {
    snprintf(err, errlen, "%s: cannot read the platform vocabulary: %s", path, why);
    return NULL;
  }
  json_t *doc = json_loadf(f, 0, &jerr);
  fclose(f);
  if (!doc) {
    snprintf(err, errlen, "%s:%d: %s", path, jerr.line, jerr.text);
    return NULL;
  }
  char inner[300];
  osc_platforms *p = osc_platforms_from_json(doc, inner, sizeof inner);
  if (!p)
    snprintf(err, errlen, "%s: %s", path, inner);
  return p;
}

void osc_platforms_free(osc_platforms *p)
{
  if (!p)
    return;
  json_decref(p->doc);
  free(p);
}

const char *osc_avail_name(osc_avail a)
{
  static const char *const names[] = {"absent", "available", "unknown"};
  return names[a];
}

static osc_avail unknown(eval_ctx *c, const char *fmt, const char *arg)
{
  if (c->why && !c->why[0])
    snprintf(c->why, c->whylen, fmt, arg);
  return OSC_UNKNOWN;
}

/* A fact as text: facts are strings, but a level may come as a number. */
static const char *fact(const eval_ctx *c, const char *name, char *buf, size_t len)
{
  const json_t *v = json_object_get(c->facts, name);
  if (json_is_string(v))
    return json_string_value(v);
  if (json_is_integer(v)) {
    snprintf(buf, len, "%lld", (long long)json_integer_value(v));
    return buf;
  }
  return NULL;
}

static const char *resolve_alias(const osc_platforms *p, const char *name)
{
  const json_t *to = json_object_get(p->aliases, name);
  return json_is_string(to) ? json_string_value(to) : name;
}

/* Is platform `name` the group or platform `of`, directly or through member_of? */
static bool is_member(const osc_platforms *p, const char *name, const char *of, int depth)
{
  if (strcmp(name, of) == 0)
    return true;
  if (depth > 8)
    return false;  /* a cycle in the vocabulary; not worth more than this */
  const json_t *parents = json_object_get(json_object_get(p->platforms, name), "member_of");
  size_t i;
  const json_t *v;
  json_array_foreach(parents, i, v)
    if (json_is_string(v) && is_member(p, json_string_value(v), of, depth + 1))
      return true;
  return false;
}

static const char *target_platform(const osc_platforms *p, const char *sys_platform)
{
  const char *name;
  const json_t *entry;
  json_object_foreach((json_t *)p->platforms, name, entry) {
    const json_t *kind = json_object_get(entry, "kind");
    if (json_is_string(kind) && strcmp(json_string_value(kind), "platform") == 0 &&
        osc_json_has_string(json_object_get(entry, "sys_platform"), sys_platform))
      return name;
  }
  return NULL;
}

/* min <= the fact's value; unknown when the fact is missing. */
static osc_avail at_least(eval_ctx *c, const char *fact_name, const char *min)
{
  char buf[32];
  const char *have = fact_name ? fact(c, fact_name, buf, sizeof buf) : NULL;
  if (!have)
    return unknown(c, "the target did not report the fact %s", fact_name ? fact_name : "(version)");
  int cmp;
  if (!osc_version_compare(have, min, &cmp))
    return unknown(c, "version %s does not compare numerically", have);
  return cmp >= 0 ? OSC_AVAILABLE : OSC_ABSENT;
}

static osc_avail libc_holds(eval_ctx *c, const json_t *clause)
{
  const char *libc = json_string_value(json_object_get(clause, "libc"));
  const char *min = json_string_value(json_object_get(clause, "libc_min_version"));
  char buf[32];
  if (libc) {
    const char *have = fact(c, "libc", buf, sizeof buf);
    if (!have)
      return unknown(c, "the target did not report the fact %s", "libc");
    const json_t *values = json_object_get(json_object_get(c->p->libcs, libc), "libc_fact_values");
    bool match = values ? osc_json_has_string(values, have) : strcmp(libc, have) == 0;
    if (!match)
      return OSC_ABSENT;
  }
  return min ? at_least(c, "libc_version", min) : OSC_AVAILABLE;
}

static osc_avail clause_holds(eval_ctx *c, const json_t *clause)
{
  const char *raw = json_string_value(json_object_get(clause, "platform"));
  if (!raw)
    return unknown(c, "a clause has no platform%s", "");
  const char *name = resolve_alias(c->p, raw);
  const json_t *entry = json_object_get(c->p->platforms, name);
  if (!entry)
    return unknown(c, "platform '%s' is not in spec/platforms.json", name);
  if (!c->target) {
    char buf[32];
    const char *sys_platform = fact(c, "sys_platform", buf, sizeof buf);
    return sys_platform ? unknown(c, "the target's sys_platform '%s' is not in spec/platforms.json", sys_platform)
                        : unknown(c, "the target did not report the fact %s", "sys_platform");
  }
  if (!is_member(c->p, c->target, name, 0))
    return OSC_ABSENT;
  const char *min = json_string_value(json_object_get(clause, "min_version"));
  if (min) {
    /* A group has no version of its own: the target platform's applies. */
    const json_t *vf = json_object_get(entry, "version_fact");
    if (!vf)
      vf = json_object_get(json_object_get(c->p->platforms, c->target), "version_fact");
    osc_avail v = at_least(c, json_string_value(vf), min);
    if (v != OSC_AVAILABLE)
      return v;
  }
  return libc_holds(c, clause);
}

/* Kleene logic: true wins an OR, false wins an AND, else unknown. */
static osc_avail any_clause(eval_ctx *c, const json_t *clauses)
{
  osc_avail result = OSC_ABSENT;
  size_t i;
  const json_t *clause;
  json_array_foreach(clauses, i, clause) {
    osc_avail v = clause_holds(c, clause);
    if (v == OSC_AVAILABLE)
      return OSC_AVAILABLE;
    if (v == OSC_UNKNOWN)
      result = OSC_UNKNOWN;
  }
  return result;
}

static osc_avail and3(osc_avail a, osc_avail b)
{
  if (a == OSC_ABSENT || b == OSC_ABSENT)
    return OSC_ABSENT;
  return a == OSC_UNKNOWN || b == OSC_UNKNOWN ? OSC_UNKNOWN : OSC_AVAILABLE;
}

static osc_avail not3(osc_avail a)
{
  return a == OSC_UNKNOWN ? OSC_UNKNOWN : a == OSC_AVAILABLE ? OSC_ABSENT : OSC_AVAILABLE;
}

static osc_avail one_expr(eval_ctx *c, const json_t *expr)
{
  const json_t *include = json_object_get(expr, "include");
  /* No include clause (only exclusions, "not WASI") means everywhere else. */
  osc_avail in = json_array_size(include) ? any_clause(c, include) : OSC_AVAILABLE;
  osc_avail out = any_clause(c, json_object_get(expr, "exclude"));
  return and3(in, not3(out));
}

osc_avail osc_avail_eval(const osc_platforms *p, const json_t *expr, const json_t *facts,
                         char *why, size_t whylen)
{
  if (why && whylen)
    why[0] = '\0';
  if (!expr || json_is_null(expr))
    return OSC_AVAILABLE;
  char buf[32];
  eval_ctx c = {p, facts, NULL, why, whylen};
  const char *sys_platform = fact(&c, "sys_platform", buf, sizeof buf);
  if (sys_platform)
    c.target = target_platform(p, sys_platform);
  if (!json_is_array(expr))
    return one_expr(&c, expr);
  osc_avail all = OSC_AVAILABLE;
  size_t i;
  const json_t *e;
  json_array_foreach(expr, i, e)
    all = and3(all, one_expr(&c, e));
  return all;
}
