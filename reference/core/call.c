/* The call layer's entry points: os.NAME(...), os.NAME, obj.attr and
 * obj.method(...), with the errors Python raises for a missing name, a
 * value that is not callable, and an attribute an object does not have. */
#include <stdlib.h>
#include <string.h>
#include "internal/builtin_methods.h"
#include "osref.h"

static const osref_entry *module_entry(const char *name, osref_error *err)
{
  const osref_entry *e = osref_lookup(name);
  if (!e || e->absent || e->kind == OSREF_METHOD || e->kind == OSREF_ATTRIBUTE) {
    osref_set_error(err, "AttributeError", "module 'os' has no attribute '%s'", name);
    return NULL;
  }
  return e;
}

/* A function returning NULL without an error ran out of memory. */
static osref_value *checked_result(osref_value *r, osref_error *err)
{
  if (!r && !err->type) osref_set_error(err, "MemoryError", "out of memory");
  if (r && err->type) {
    osref_decref(r);
    return NULL;
  }
  return r;
}

#define MAX_PARAMS 32

osref_value *osref_call(const char *name, osref_value *args, osref_value *kwargs, osref_error *err)
{
  err->type = NULL;
  const osref_entry *e = module_entry(name, err);
  if (!e) return NULL;
  if (!e->call)
    return osref_set_error(err, "TypeError", "'%s' object is not callable",
                           e->kind == OSREF_DATA ? "int" : "object");
  osref_value *argv[MAX_PARAMS];
  if (e->nparams > MAX_PARAMS)
    return osref_set_error(err, "SystemError", "%s() declares too many parameters", name);
  if (!osref_bind(e->name, e->params, e->nparams, args, kwargs, argv, err)) return NULL;
  osref_value *r = checked_result(e->call(argv, err), err);
  osref_bind_release(e->params, e->nparams, argv);
  return r;
}

/* os.getcwd and os.PathLike as values: opaque objects that name the entry. */
static const osref_handle_ops function_ops = {"builtin_function_or_method", NULL, NULL, NULL, NULL, NULL};
static const osref_handle_ops class_ops = {"type", NULL, NULL, NULL, NULL, NULL};

osref_value *osref_getattr(const char *name, osref_error *err)
{
  err->type = NULL;
  const osref_entry *e = module_entry(name, err);
  if (!e) return NULL;
  if (e->kind == OSREF_DATA) return checked_result(e->get(err), err);
  const osref_handle_ops *ops = e->kind == OSREF_FUNCTION ? &function_ops : &class_ops;
  return checked_result(osref_handle(ops, (void *)e), err);
}

static osref_value *no_attribute(const osref_value *obj, const char *attr, osref_error *err)
{
  return osref_set_error(err, "AttributeError", "'%s' object has no attribute '%s'",
                         osref_type_name(obj), attr);
}

osref_value *osref_attr(osref_value *obj, const char *attr, osref_error *err)
{
  err->type = NULL;
  if (obj && obj->type == OSREF_STRUCT) {
    osref_value *v = osref_struct_get(obj, attr);
    return v ? osref_incref(v) : no_attribute(obj, attr, err);
  }
  if (obj && obj->type == OSREF_HANDLE && obj->u.h.ops && obj->u.h.ops->getattr)
    return checked_result(obj->u.h.ops->getattr(obj->u.h.self, attr, err), err);
  return no_attribute(obj, attr, err);
}

static bool no_arguments(const char *method, osref_value *args, osref_value *kwargs, osref_error *err)
{
  size_t n = args && (args->type == OSREF_TUPLE || args->type == OSREF_LIST) ? args->u.seq.len : 0;
  size_t nk = kwargs && kwargs->type == OSREF_DICT ? kwargs->u.dict.len : 0;
  if (n) osref_set_error(err, "TypeError", "%s() takes no arguments (%zu given)", method, n);
  else if (nk) osref_set_error(err, "TypeError", "%s() takes no keyword arguments", method);
  return !n && !nk;
}

static bool unhashable(const osref_value *v)
{
  return v && (v->type == OSREF_LIST || v->type == OSREF_DICT || v->type == OSREF_SET);
}

/* dict.get(key, default=None, /): os.environ and os.environb are dicts here. */
static osref_value *dict_get(const osref_value *dict, osref_value *args, osref_value *kwargs, osref_error *err)
{
  static const osref_param params[] = {
    {"key", NULL, OSREF_POSITIONAL_ONLY}, {"default", "None", OSREF_POSITIONAL_ONLY},
  };
  osref_value *argv[2];
  if (!osref_bind("get", params, 2, args, kwargs, argv, err)) return NULL;
  osref_value *found = argv[1];
  for (size_t i = 0; i < dict->u.dict.len; i++)
    if (osref_equal(dict->u.dict.keys[i], argv[0])) found = dict->u.dict.vals[i];
  osref_value *r = unhashable(argv[0])
    ? osref_set_error(err, "TypeError", "unhashable type: '%s'", osref_type_name(argv[0]))
    : found ? osref_incref(found) : osref_none();
  osref_bind_release(params, 2, argv);
  return r;
}

/* The iterator protocol of handles that iterate (scandir, walk): __iter__
 * is the iterator itself, __next__ its next item or StopIteration. */
static osref_value *iterator_method(osref_value *it, const char *method, osref_value *args,
                                    osref_value *kwargs, osref_error *err)
{
  if (!no_arguments(method, args, kwargs, err)) return NULL;
  if (strcmp(method, "__iter__") == 0) return osref_incref(it);
  osref_value *item = it->u.h.ops->next(it->u.h.self, err);
  if (!item && !err->type) return osref_set_error(err, "StopIteration", "%s", "");
  return item;
}

static bool is_iterator_method(const osref_value *obj, const char *method)
{
  return obj && obj->type == OSREF_HANDLE && obj->u.h.ops && obj->u.h.ops->next &&
         (strcmp(method, "__next__") == 0 || strcmp(method, "__iter__") == 0);
}

bool osref_has_method(const osref_value *obj, const char *method)
{
  if (is_iterator_method(obj, method) || (obj && obj->type == OSREF_DICT && strcmp(method, "get") == 0) ||
      (obj && obj->type == OSREF_PATHLIKE && strcmp(method, "__fspath__") == 0) ||
      osref_has_builtin_method(obj, method))
    return true;
  const char *const *m = obj && obj->type == OSREF_HANDLE && obj->u.h.ops ? obj->u.h.ops->methods : NULL;
  for (; m && *m; m++)
    if (strcmp(*m, method) == 0)
      return true;
  return false;
}

osref_value *osref_method(osref_value *obj, const char *method, osref_value *args,
                          osref_value *kwargs, osref_error *err)
{
  err->type = NULL;
  if (obj && obj->type == OSREF_DICT && strcmp(method, "get") == 0)
    return dict_get(obj, args, kwargs, err);
  if (is_iterator_method(obj, method))
    return checked_result(iterator_method(obj, method, args, kwargs, err), err);
  /* PathLike.__fspath__() is documented: it returns what the object holds. */
  if (obj && obj->type == OSREF_PATHLIKE && strcmp(method, "__fspath__") == 0)
    return no_arguments(method, args, kwargs, err) ? osref_incref(obj->u.pl.inner) : NULL;
  if (obj && obj->type == OSREF_HANDLE && obj->u.h.ops && obj->u.h.ops->call_method)
    return checked_result(obj->u.h.ops->call_method(obj->u.h.self, method, args, kwargs, err), err);
  if (osref_has_builtin_method(obj, method))
    return checked_result(osref_builtin_method(obj, method, args, kwargs, err), err);
  return no_attribute(obj, method, err);
}
