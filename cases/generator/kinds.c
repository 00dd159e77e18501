#include <stdio.h>
#include <string.h>
#include "kinds.h"

/* The function whose result the doc documents o on (scandir.close is a
 * method of the iterator scandir returns), or NULL. */
static const spec_object *returned_by(const spec *s, const spec_object *o)
{
  const char *dot = strrchr(o->name, '.');
  char owner[256];
  if (!dot || (size_t)(dot - o->name) >= sizeof owner)
    return NULL;
  snprintf(owner, sizeof owner, "%.*s", (int)(dot - o->name), o->name);
  const spec_object *f = spec_find(s, owner);
  return f && strcmp(f->kind, "function") == 0 ? f : NULL;
}

void gen_existence(const spec *s, caseset *out)
{
  for (size_t i = 0; i < s->nobjects; i++) {
    const spec_object *o = &s->objects[i];
    if (!spec_is_first(s, i))
      continue;
    json_t *c = case_new(o, s->doc, "existence", "exists/%s", o->name);
    case_set_claim(c, NULL, o->availability_raw ? o->availability_raw : "documented, no availability claim");
    const spec_object *f = returned_by(s, o);
    if (f) {  /* looked up where the doc puts it: on what the function returns */
      case_step(c, json_pack("{ss,s[],ss}", "call", f->name, "args", "bind", "owner"), json_pack("{sb}", "any", 1));
      case_step(c, json_pack("{ss,s{ss}}", "hasattr", strrchr(o->name, '.') + 1, "on", "ref", "owner"),
                json_pack("{sb}", "present", 1));
    } else {
      case_step(c, json_pack("{ss}", "hasattr", o->name), json_pack("{sb}", "present", 1));
    }
    caseset_add(out, c);
  }
}

static json_t *documented_params(const spec_object *o)
{
  json_t *params = json_array();
  for (size_t i = 0; i < o->nparams; i++) {
    const spec_param *p = &o->params[i];
    json_t *param = json_pack("{ssss}", "name", p->name, "kind", p->kind);
    if (p->default_value)
      json_object_set_new(param, "default", json_string(p->default_value));
    else if (p->optional && strncmp(p->kind, "var-", 4) != 0)
      json_object_set_new(param, "optional", json_true());   /* legacy `[, name]`: no value promised */
    else
      json_object_set_new(param, "default", json_null());
    json_array_append_new(params, param);
  }
  return params;
}

void gen_signature(const spec *s, caseset *out)
{
  for (size_t i = 0; i < s->nobjects; i++) {
    const spec_object *o = &s->objects[i];
    int callable = strcmp(o->kind, "function") == 0 || strcmp(o->kind, "method") == 0;
    /* A method of what a function returns has no name to introspect by. */
    if (!callable || !spec_is_first(s, i) || returned_by(s, o))
      continue;
    int several = o->nsignatures > 1;
    json_t *c = case_new(o, s->doc, several ? "speculative" : "signature", "sig/%s", o->name);
    case_set_claim(c, NULL, o->signature ? o->signature : o->name);
    json_t *expect = several ? json_pack("{sb}", "any", 1) : json_pack("{so}", "params", documented_params(o));
    case_step(c, json_pack("{ss}", "signature", o->name), expect);
    caseset_add(out, c);
  }
}

/* The environment differs between any two processes: no reference to compare with. */
static int process_dependent(const char *name)
{
  return strcmp(name, "environ") == 0 || strcmp(name, "environb") == 0;
}

/* Constants that no C header defines on POSIX: the implementation picks
 * their values (CPython's Lib/os.py sets P_WAIT = 0, posixmodule.c numbers
 * the POSIX_SPAWN_* actions), and os.rst fixes none, so there is no
 * platform value for the reference to witness. Their cases use them by name. */
static int implementation_chosen(const char *name)
{
  static const char *const chosen[] = {
    "P_WAIT", "P_NOWAIT", "P_NOWAITO", "P_DETACH", "P_OVERLAY",
    "POSIX_SPAWN_OPEN", "POSIX_SPAWN_CLOSE", "POSIX_SPAWN_DUP2", "POSIX_SPAWN_CLOSEFROM", NULL};
  for (const char *const *p = chosen; *p; p++)
    if (strcmp(name, *p) == 0)
      return 1;
  return 0;
}

void gen_value(const spec *s, caseset *out)
{
  for (size_t i = 0; i < s->nobjects; i++) {
    const spec_object *o = &s->objects[i];
    if (strcmp(o->kind, "data") != 0 || strchr(o->name, '.') || !spec_is_first(s, i)
        || process_dependent(o->name) || implementation_chosen(o->name))
      continue;
    json_t *c = case_new(o, s->doc, "value", "value/%s", o->name);
    case_set_claim(c, NULL, "the value equals the platform's, as the reference reads it from the C headers");
    json_object_set_new(c, "compare", json_string("reference"));
    case_step(c, json_pack("{ssss}", "getattr", o->name, "bind", "v"), json_pack("{sb}", "any", 1));
    caseset_add(out, c);
  }
}
