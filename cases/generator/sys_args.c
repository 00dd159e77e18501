/* Python's argument rules applied to each documented signature: the
 * documented parameters are all there is, positional-only ones cannot be
 * named, required ones cannot be left out. Each call raises TypeError before
 * the function does anything. */
#include <string.h>
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

static void positional_by_keyword(const sysgen *g, const spec_object *o)
{
  for (size_t i = 0; i < o->nparams; i++)
    if (strcmp(o->params[i].kind, "positional-only") == 0) {
      json_t *kwargs = json_object();
      json_object_set_new(kwargs, o->params[i].name, json_null());
      add(g, o, "positional-by-keyword", "a positional-only parameter passed by name raises TypeError",
          json_array(), kwargs);
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
