#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "exceptions.h"
#include "steps.h"
#include "value_json.h"

static const char *str_field(const json_t *step, const char *key)
{
  return json_string_value(json_object_get(step, key));
}

/* Why the reference lacks a documented name ("not in this libc
 * (HAVE_CHFLAGS unset)"): the platform witness the runner reads. */
static void say_why_absent(const char *name, json_t *outcome)
{
  const osref_entry *e = osref_lookup(name);
  if (e && e->absent)
    json_object_set_new(outcome, "absent", json_string(e->absent));
}

static interp_step_result missing(const char *name, json_t **outcome)
{
  *outcome = json_pack("{s:s}", "missing", name);
  say_why_absent(name, *outcome);
  return INTERP_STEP_FAILED;
}

static bool provided(const char *name)
{
  const osref_entry *e = osref_lookup(name);
  return e && !e->absent;
}

/* The value of a step that worked: encoded, and bound if asked. */
static interp_step_result produced(const json_t *step, interp_case *c, osref_value *v, json_t **outcome)
{
  *outcome = json_pack("{s:o,s:s}", "value", interp_encode(v), "type", osref_type_name(v));
  const char *bind = str_field(step, "bind");
  if (bind)
    interp_bind(c, bind, v);
  else
    osref_decref(v);
  return INTERP_STEP_OK;
}

static interp_step_result raised(const osref_error *err, json_t **outcome)
{
  *outcome = interp_encode_error(err);
  return INTERP_STEP_FAILED;
}

static interp_step_result finish(const json_t *step, interp_case *c, osref_value *v,
                                 const osref_error *err, json_t **outcome)
{
  return v ? produced(step, c, v, outcome) : raised(err, outcome);
}

/* An AttributeError looking a member up means the member is not there. */
static interp_step_result finish_member(const json_t *step, interp_case *c, osref_value *v,
                                        const osref_error *err, const char *member, json_t **outcome)
{
  if (!v && strcmp(err->type, "AttributeError") == 0)
    return missing(member, outcome);
  return finish(step, c, v, err, outcome);
}

static bool decode_args(const json_t *step, const interp_case *c, osref_value **args,
                        osref_value **kwargs, char *why, size_t len)
{
  const json_t *a = json_object_get(step, "args"), *kw = json_object_get(step, "kwargs");
  *kwargs = NULL;
  *args = a ? interp_decode(a, c, why, len) : osref_list();
  if (!*args)
    return false;
  if ((*args)->type != OSREF_LIST) {
    snprintf(why, len, "args must be a list");
    osref_decref(*args);
    return false;
  }
  *kwargs = osref_dict();
  const char *key;
  const json_t *v;
  json_object_foreach((json_t *)kw, key, v) {
    osref_value *value = interp_decode(v, c, why, len);
    if (!value) {
      osref_decref(*args);
      osref_decref(*kwargs);
      return false;
    }
    osref_dict_set(*kwargs, osref_str(key), value);
  }
  return true;
}

static interp_step_result call_step(const json_t *step, interp_case *c, const json_t *on,
                                    json_t **outcome, char *why, size_t len)
{
  osref_value *args, *kwargs, *obj = NULL, *v;
  const char *name = str_field(step, on ? "method" : "call");
  osref_error err = {0};
  if (!on && !provided(name))
    return missing(name, outcome);
  if (on && !(obj = interp_decode(on, c, why, len)))
    return INTERP_STEP_BAD_CASE;
  if (!decode_args(step, c, &args, &kwargs, why, len)) {
    if (obj) osref_decref(obj);
    return INTERP_STEP_BAD_CASE;
  }
  v = on ? osref_method(obj, name, args, kwargs, &err) : osref_call(name, args, kwargs, &err);
  /* A method the value has that raises AttributeError itself (a struct
   * sequence's __setattr__) raised; only a method it lacks is missing. */
  bool listed = on && osref_has_method(obj, name);
  osref_decref(args);
  osref_decref(kwargs);
  if (obj)
    osref_decref(obj);
  return on && !listed ? finish_member(step, c, v, &err, name, outcome) : finish(step, c, v, &err, outcome);
}

static interp_step_result attr_step(const json_t *step, interp_case *c, json_t **outcome,
                                    char *why, size_t len)
{
  const char *attr = str_field(step, "attr");
  osref_value *obj = interp_decode(json_object_get(step, "on"), c, why, len);
  if (!obj)
    return INTERP_STEP_BAD_CASE;
  osref_error err = {0};
  osref_value *v = osref_attr(obj, attr, &err);
  osref_decref(obj);
  return finish_member(step, c, v, &err, attr, outcome);
}

/* hasattr(value, name): an attribute, or a method the value has. */
static interp_step_result hasattr_on_step(const json_t *step, interp_case *c, json_t **outcome,
                                          char *why, size_t len)
{
  const char *name = str_field(step, "hasattr");
  osref_value *obj = interp_decode(json_object_get(step, "on"), c, why, len);
  if (!obj)
    return INTERP_STEP_BAD_CASE;
  osref_error err = {0};
  bool has = osref_has_method(obj, name);
  osref_value *v = has ? NULL : osref_attr(obj, name, &err);
  has |= v != NULL;
  osref_decref(v);
  osref_decref(obj);
  *outcome = json_pack("{s:b,s:s}", "value", has, "type", "bool");
  return INTERP_STEP_OK;
}

static osref_value *list_of(osref_value *const *items, size_t n)
{
  osref_value *list = osref_list();
  for (size_t i = 0; i < n; i++)
    osref_list_append(list, osref_incref(items[i]));
  return list;
}

/* list(it): a sequence is copied (a struct sequence's tuple part, a dict's
 * keys), a handle is drained with next(). */
static osref_value *drain(osref_value *it, osref_error *err)
{
  if (it->type == OSREF_LIST || it->type == OSREF_TUPLE)
    return list_of(it->u.seq.items, it->u.seq.len);
  if (it->type == OSREF_STRUCT)
    return list_of(it->u.st.items, it->u.st.n_sequence);
  if (it->type == OSREF_DICT)
    return list_of(it->u.dict.keys, it->u.dict.len);
  osref_value *list = osref_list();
  if (it->type == OSREF_STR || it->type == OSREF_BYTES) {
    const unsigned char *p = (const unsigned char *)it->u.s.data, *end = p + it->u.s.len;
    while (p < end) {
      size_t n = 1;  /* a str yields its characters (UTF-8 sequences), bytes its ints */
      while (it->type == OSREF_STR && p + n < end && (p[n] & 0xC0) == 0x80)
        n++;
      osref_list_append(list, it->type == OSREF_STR ? osref_strn((const char *)p, n) : osref_int(*p));
      p += n;
    }
    return list;
  }
  if (it->type != OSREF_HANDLE || !it->u.h.ops || !it->u.h.ops->next) {
    osref_decref(list);
    return osref_set_error(err, "TypeError", "'%s' object is not iterable", osref_type_name(it));
  }
  osref_value *item;
  while ((item = it->u.h.ops->next(it->u.h.self, err)))
    osref_list_append(list, item);
  if (err->type) {
    osref_decref(list);
    return NULL;
  }
  return list;
}

static interp_step_result iterate_step(const json_t *step, interp_case *c, json_t **outcome,
                                       char *why, size_t len)
{
  osref_value *it = interp_decode(json_object_get(step, "iterate"), c, why, len);
  if (!it)
    return INTERP_STEP_BAD_CASE;
  osref_error err = {0};
  osref_value *v = drain(it, &err);
  osref_decref(it);
  return finish(step, c, v, &err, outcome);
}

static const char *kind_name(osref_param_kind k)
{
  switch (k) {
  case OSREF_POSITIONAL_ONLY: return "positional-only";
  case OSREF_POSITIONAL_OR_KEYWORD: return "positional-or-keyword";
  case OSREF_KEYWORD_ONLY: return "keyword-only";
  case OSREF_VAR_POSITIONAL: return "var-positional";
  case OSREF_VAR_KEYWORD: return "var-keyword";
  }
  return "?";
}

/* The entry's declared parameters, which the reference checks against the doc. */
static interp_step_result signature_step(const char *name, json_t **outcome)
{
  const osref_entry *e = osref_lookup(name);
  if (!e || e->absent)
    return missing(name, outcome);
  if (e->kind != OSREF_FUNCTION && e->kind != OSREF_METHOD && e->kind != OSREF_CLASS) {
    *outcome = json_pack("{s:s}", "unavailable", "not callable");
    return INTERP_STEP_OK;
  }
  json_t *params = json_array();
  for (size_t i = 0; i < e->nparams; i++) {
    const osref_param *p = &e->params[i];
    json_array_append_new(params, json_pack("{s:s,s:s,s:s?}", "name", p->name, "kind", kind_name(p->kind),
                                            "default", p->default_value));
  }
  *outcome = json_pack("{s:o,s:s}", "value", params, "type", "signature");
  return INTERP_STEP_OK;
}

static interp_step_result named_step(const json_t *step, interp_case *c, json_t **outcome)
{
  const char *name;
  if ((name = str_field(step, "hasattr"))) {
    *outcome = json_pack("{s:b,s:s}", "value", provided(name), "type", "bool");
    say_why_absent(name, *outcome);
    return INTERP_STEP_OK;
  }
  if ((name = str_field(step, "signature")))
    return signature_step(name, outcome);
  name = str_field(step, "getattr");
  if (!provided(name) || strchr(name, '.'))
    return missing(name, outcome);
  osref_error err = {0};
  osref_value *v = osref_getattr(name, &err);
  return finish(step, c, v, &err, outcome);
}

/* A call or method step; one marked "continue" whose call raised ends
 * nothing (cases/FORMAT.md), but a missing name still does. */
static interp_step_result calling_step(const json_t *step, interp_case *c, const json_t *on, json_t **outcome,
                                       char *why, size_t len)
{
  interp_step_result r = call_step(step, c, on, outcome, why, len);
  bool marked = json_is_true(json_object_get(step, "continue"));
  return r == INTERP_STEP_FAILED && marked && json_object_get(*outcome, "raises") ? INTERP_STEP_GOES_ON : r;
}

interp_step_result interp_run_step(const json_t *step, interp_case *c, json_t **outcome,
                                   char *why, size_t len)
{
  *outcome = NULL;
  if (str_field(step, "call"))
    return calling_step(step, c, NULL, outcome, why, len);
  if (str_field(step, "method") && json_object_get(step, "on"))
    return calling_step(step, c, json_object_get(step, "on"), outcome, why, len);
  if (str_field(step, "attr") && json_object_get(step, "on"))
    return attr_step(step, c, outcome, why, len);
  if (str_field(step, "hasattr") && json_object_get(step, "on"))
    return hasattr_on_step(step, c, outcome, why, len);
  if (json_object_get(step, "iterate"))
    return iterate_step(step, c, outcome, why, len);
  if (str_field(step, "hasattr") || str_field(step, "signature") || str_field(step, "getattr"))
    return named_step(step, c, outcome);
  char *text = json_dumps(step, JSON_COMPACT);
  snprintf(why, len, "unknown step %.160s", text ? text : "?");
  free(text);
  return INTERP_STEP_BAD_CASE;
}
