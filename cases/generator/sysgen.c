#include <stdio.h>
#include <string.h>
#include "callbuild.h"
#include "quote.h"
#include "sysgen.h"
#include "systables.h"

json_t *sys_case(const sysgen *g, const spec_object *o, const char *param, const char *rule,
                        const char *kind, const char *why)
{
  json_t *c = case_new(o, g->s->doc, kind, "sys/%s/%s/%s", o->name, param, rule);
  case_set_claim(c, NULL, why);
  if (sys_isolated(o->name))
    json_object_set_new(c, "isolate", json_true());
  return c;
}

void sys_finish(const sysgen *g, json_t *c, int built, int with_auto_setup)
{
  if (!built) {
    json_decref(c);
    g->stats->unfilled++;
    return;
  }
  if (with_auto_setup)
    auto_setup(c);
  caseset_add(g->out, c);
  g->stats->emitted++;
}

json_t *sys_raises(const char *cls, const char *err)
{
  return err ? json_pack("{ssss}", "raises", cls, "errno", err) : json_pack("{ss}", "raises", cls);
}

json_t *sys_bytes(const char *s)
{
  char hex[256] = "";
  for (size_t i = 0; s[i] && i < 100; i++)
    sprintf(hex + 2 * i, "%02x", (unsigned char)s[i]);
  return json_pack("{ss}", "bytes", hex);
}

/* One case: params[i] = value, expectation expect, auto setup. */
void sys_simple(const sysgen *g, const spec_object *o, size_t i, const char *rule, const char *why,
                   json_t *value, json_t *expect, const char *compare)
{
  json_t *c = sys_case(g, o, o->params[i].name, rule, "behaviour", why);
  json_object_set_new(c, "compare", json_string(compare));
  sys_finish(g, c, call_build(c, o, i, value, NULL, NULL, expect), 1);
}


void sys_by_keyword(const sysgen *g, const spec_object *o, size_t i, json_t *value, json_t *expect)
{
  if (strcmp(o->params[i].kind, "positional-or-keyword") != 0) {
    json_decref(value);
    json_decref(expect);
    return;
  }
  json_t *c = sys_case(g, o, o->params[i].name, "by-keyword", "behaviour",
                       "every argument can be passed by its documented name");
  /* A failed build leaves const steps behind: the case is dropped then. */
  sys_finish(g, c, call_build_keywords(c, o, i, value, expect, 0), 1);
}

void sys_cite(json_t *c, const spec_object *o, const char *phrase)
{
  for (size_t i = 0; i < o->nclaims; i++)
    if (strstr(o->claims[i].norm, phrase)) {
      case_set_claim(c, o->claims[i].id, o->claims[i].text);
      return;
    }
}
