/* Binding a call's positional and keyword arguments to a documented
 * signature, with the TypeErrors Python raises. */
#include <stdio.h>
#include <string.h>
#include "osref.h"

typedef struct signature {
  const char *fname;
  const osref_param *params;
  size_t n;
  size_t n_positional;     /* params before *args that may be given by position */
  size_t n_trailing;       /* positional params after *args: the doc's "..., env" */
  long var_positional;     /* index of *args, or -1 */
  long var_keyword;        /* index of **kwargs, or -1 */
} signature;

static signature describe(const char *fname, const osref_param *params, size_t n)
{
  signature s = {fname, params, n, 0, 0, -1, -1};
  for (size_t i = 0; i < n; i++) {
    osref_param_kind k = params[i].kind;
    if (k == OSREF_POSITIONAL_ONLY || k == OSREF_POSITIONAL_OR_KEYWORD) {
      if (s.var_positional < 0) s.n_positional++;
      else s.n_trailing++;
    }
    if (k == OSREF_VAR_POSITIONAL) s.var_positional = (long)i;
    if (k == OSREF_VAR_KEYWORD) s.var_keyword = (long)i;
  }
  return s;
}

static bool too_many(const signature *s, size_t given, osref_error *err)
{
  size_t required = 0;
  for (size_t i = 0; i < s->n_positional; i++)
    if (!s->params[i].default_value) required++;
  if (s->n_positional == 0)
    osref_set_error(err, "TypeError", "%s() takes no arguments (%zu given)", s->fname, given);
  else
    osref_set_error(err, "TypeError", "%s() takes %s %zu positional argument%s (%zu given)", s->fname,
                    required == s->n_positional ? "exactly" : "at most", s->n_positional,
                    s->n_positional == 1 ? "" : "s", given);
  return false;
}

static bool bind_positional(const signature *s, osref_value *args, osref_value **argv, osref_error *err)
{
  size_t given = args ? args->u.seq.len : 0;
  if (given > s->n_positional && s->var_positional < 0) return too_many(s, given, err);
  /* execle(path, arg0, arg1, ..., env): env takes the last argument, first
   * (arg1, optional, may then go without one). */
  size_t trailing = s->var_positional < 0 ? 0 : given < s->n_trailing ? given : s->n_trailing;
  size_t i = 0;
  for (; i < given - trailing && i < s->n_positional; i++) argv[i] = args->u.seq.items[i];
  if (s->var_positional < 0) return true;
  for (size_t t = 0; t < trailing; t++)
    argv[(size_t)s->var_positional + 1 + t] = args->u.seq.items[given - trailing + t];
  size_t extra = given - i - trailing;
  osref_value *rest = osref_tuple(extra);
  if (!rest) return osref_set_error(err, "MemoryError", "out of memory"), false;
  for (size_t j = 0; j < extra; j++) osref_seq_set(rest, j, osref_incref(args->u.seq.items[i + j]));
  argv[s->var_positional] = rest;
  return true;
}

static long find_keyword(const signature *s, const osref_value *key)
{
  for (size_t i = 0; i < s->n; i++) {
    const char *nm = s->params[i].name;
    osref_param_kind k = s->params[i].kind;
    if (k != OSREF_VAR_POSITIONAL && k != OSREF_VAR_KEYWORD && strlen(nm) == key->u.s.len &&
        memcmp(nm, key->u.s.data, key->u.s.len) == 0)
      return (long)i;
  }
  return -1;
}

static bool accepts_keywords(const signature *s)
{
  for (size_t i = 0; i < s->n; i++)
    if (s->params[i].kind != OSREF_POSITIONAL_ONLY && s->params[i].kind != OSREF_VAR_POSITIONAL)
      return true;
  return false;
}

/* A keyword that names no parameter goes to **kwargs, or is an error. */
static bool bind_extra_keyword(const signature *s, long at, osref_value *key, osref_value *val,
                               osref_value **argv, osref_error *err)
{
  if (s->var_keyword >= 0) {
    if (!argv[s->var_keyword]) argv[s->var_keyword] = osref_dict();
    osref_dict_set(argv[s->var_keyword], osref_incref(key), osref_incref(val));
    return true;
  }
  if (!accepts_keywords(s))
    osref_set_error(err, "TypeError", "%s() takes no keyword arguments", s->fname);
  else if (at >= 0)
    osref_set_error(err, "TypeError",
                    "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    s->fname, key->u.s.data);
  else
    osref_set_error(err, "TypeError", "%s() got an unexpected keyword argument '%s'", s->fname,
                    key->u.s.data);
  return false;
}

static bool bind_keywords(const signature *s, osref_value *kwargs, osref_value **argv, osref_error *err)
{
  for (size_t k = 0; kwargs && k < kwargs->u.dict.len; k++) {
    osref_value *key = kwargs->u.dict.keys[k], *val = kwargs->u.dict.vals[k];
    if (key->type != OSREF_STR) return osref_set_error(err, "TypeError", "keywords must be strings"), false;
    long at = find_keyword(s, key);
    if (at < 0 || s->params[at].kind == OSREF_POSITIONAL_ONLY) {
      if (!bind_extra_keyword(s, at, key, val, argv, err)) return false;
      continue;
    }
    if (argv[at])
      return osref_set_error(err, "TypeError", "%s() got multiple values for argument '%s'", s->fname,
                             s->params[at].name), false;
    argv[at] = val;
  }
  return true;
}

static bool check_required(const signature *s, osref_value **argv, osref_error *err)
{
  for (size_t i = 0; i < s->n; i++) {
    const osref_param *p = &s->params[i];
    if (argv[i] || p->default_value || p->kind == OSREF_VAR_POSITIONAL || p->kind == OSREF_VAR_KEYWORD)
      continue;
    if (p->kind == OSREF_KEYWORD_ONLY)
      osref_set_error(err, "TypeError", "%s() missing required keyword-only argument '%s'", s->fname,
                      p->name);
    else
      osref_set_error(err, "TypeError", "%s() missing required argument '%s' (pos %zu)", s->fname,
                      p->name, i + 1);
    return false;
  }
  return true;
}

/* *args and **kwargs always get a container, so the function need not test. */
static bool fill_var_slots(const signature *s, osref_value **argv, osref_error *err)
{
  if (s->var_positional >= 0 && !argv[s->var_positional]) argv[s->var_positional] = osref_tuple(0);
  if (s->var_keyword >= 0 && !argv[s->var_keyword]) argv[s->var_keyword] = osref_dict();
  if ((s->var_positional >= 0 && !argv[s->var_positional]) || (s->var_keyword >= 0 && !argv[s->var_keyword]))
    return osref_set_error(err, "MemoryError", "out of memory"), false;
  return true;
}

bool osref_bind(const char *fname, const osref_param *params, size_t nparams,
                osref_value *args, osref_value *kwargs, osref_value **argv, osref_error *err)
{
  signature s = describe(fname, params, nparams);
  for (size_t i = 0; i < nparams; i++) argv[i] = NULL;
  if ((args && args->type != OSREF_TUPLE && args->type != OSREF_LIST) ||
      (kwargs && kwargs->type != OSREF_DICT)) {
    osref_set_error(err, "TypeError", "%s() argument after * must be an iterable", fname);
    return false;
  }
  bool ok = bind_positional(&s, args, argv, err) && bind_keywords(&s, kwargs, argv, err) &&
            fill_var_slots(&s, argv, err) && check_required(&s, argv, err);
  if (!ok) osref_bind_release(params, nparams, argv);
  return ok;
}

void osref_bind_release(const osref_param *params, size_t nparams, osref_value **argv)
{
  for (size_t i = 0; i < nparams; i++) {
    if (params[i].kind == OSREF_VAR_POSITIONAL || params[i].kind == OSREF_VAR_KEYWORD) {
      osref_decref(argv[i]);
      argv[i] = NULL;
    }
  }
}
