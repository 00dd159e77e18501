/* Python's argument rules applied to each documented signature: the
 * documented parameters are all there is, positional-only ones cannot be
 * named, required ones cannot be left out. Each call raises TypeError before
 * the function does anything. */
#include <string.h>
#include "callbuild.h"
#include "sysgen.h"

static int has_kind(const spec_object *o, const char *kind)
{
  for (size_t i = 0; i < o->nparams; i++)
    if (strcmp(o->params[i].kind, kind) == 0)
      return 1;
  return 0;
}

static void add(const sysgen *g, const spec_object *o, const char *rule, const char *why,
                json_t *args, json_t *kwargs)
{
  json_t *c = sys_case(g, o, "call", rule, "behaviour", why);
  case_step(c, json_pack("{sssoso}", "call", o->name, "args", args, "kwargs", kwargs),
            sys_raises("TypeError", NULL));
  sys_finish(g, c, 1, 0);
}

static void too_many(const sysgen *g, const spec_object *o)
{
  if (has_kind(o, "var-positional"))
    return;
  json_t *args = json_array();
  for (size_t i = 0; i < o->nparams; i++)
    if (strcmp(o->params[i].kind, "keyword-only") != 0 && strcmp(o->params[i].kind, "var-keyword") != 0)
      json_array_append_new(args, json_null());
  json_array_append_new(args, json_null());
  add(g, o, "too-many", "more positional arguments than the documented signature has raise TypeError",
      args, json_object());
}

static void unknown_keyword(const sysgen *g, const spec_object *o)
{
  if (has_kind(o, "var-keyword"))
    return;
  add(g, o, "unknown-keyword", "a keyword that names no documented parameter raises TypeError",
      json_array(), json_pack("{sn}", "osconform_no_such_parameter"));
}

static void missing_required(const sysgen *g, const spec_object *o)
{
  for (size_t i = 0; i < o->nparams; i++)
    if (!o->params[i].optional && strncmp(o->params[i].kind, "var-", 4) != 0) {
      add(g, o, "missing-required", "leaving out a required parameter raises TypeError",
          json_array(), json_object());
      return;
    }
}

/* Every argument by name, each a valid value (fillers): a TypeError can
 * then only come from the binding, not from a value of the wrong type, and
 * an implementation that takes the names runs the call instead. Without a
 * filler for every parameter the case is left out, never guessed. */
static void positional_by_keyword(const sysgen *g, const spec_object *o)
{
  for (size_t i = 0; i < o->nparams; i++)
    if (strcmp(o->params[i].kind, "positional-only") == 0) {
      const char *fill = filler_for(o->name, o->params[i].name);
      json_t *c = sys_case(g, o, "call", "positional-by-keyword", "behaviour",
                           "a positional-only parameter passed by name, with a valid value, raises TypeError");
      json_t *value = fill ? json_loads(fill, JSON_DECODE_ANY, NULL) : NULL;
      sys_finish(g, c, value && call_build_keywords(c, o, i, value, sys_raises("TypeError", NULL), 1), 1);
      return;
    }
}

void argument_rules(const sysgen *g, const spec_object *o)
{
  if (o->nsignatures > 1)
    return;
  too_many(g, o);
  unknown_keyword(g, o);
  missing_required(g, o);
  positional_by_keyword(g, o);
}
