/* The callable value (osref.h): what a case passes where Python takes a
 * function. Calling it calls one os function with the arguments it was
 * made with, as functools.partial(os.NAME, *args)() would. */
#include <stdlib.h>
#include <string.h>
#include "osref.h"

typedef struct partial {
  char *fn;
  osref_value *args;
} partial;

static void partial_release(void *self)
{
  partial *p = self;
  free(p->fn);
  osref_decref(p->args);
  free(p);
}

static osref_value *partial_call(void *self, const char *method, osref_value *args,
                                 osref_value *kwargs, osref_error *err)
{
  partial *p = self;
  if (strcmp(method, "__call__") != 0)
    return osref_set_error(err, "AttributeError", "'partial' object has no attribute '%s'", method);
  if ((args && args->u.seq.len) || (kwargs && kwargs->u.dict.len))
    return osref_set_error(err, "TypeError", "the case's callable takes no arguments");
  return osref_call(p->fn, p->args, NULL, err);
}

static const char *const partial_methods[] = {"__call__", NULL};
static const osref_handle_ops partial_ops = {
  "partial", NULL, partial_call, NULL, partial_release, partial_methods,
};

osref_value *osref_callable(const char *fn, osref_value *args)
{
  partial *p = calloc(1, sizeof *p);
  if (!p || !(p->fn = strdup(fn)) || !args) {
    if (p) free(p->fn);
    free(p);
    osref_decref(args);
    return NULL;
  }
  p->args = args;
  return osref_handle(&partial_ops, p);
}

bool osref_is_callable(const osref_value *v)
{
  return v && v->type == OSREF_HANDLE && v->u.h.ops == &partial_ops;
}

osref_value *osref_invoke(const osref_value *callable, osref_error *err)
{
  if (!osref_is_callable(callable))
    return osref_set_error(err, "TypeError", "'%s' object is not callable", osref_type_name(callable));
  return partial_call(callable->u.h.self, "__call__", NULL, NULL, err);
}
