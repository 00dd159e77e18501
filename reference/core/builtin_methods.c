/* The methods of Python's built-in types that cases call on the values a
 * step returned: an item of a tuple (waitpid's (pid, status)) or of a
 * struct sequence, a pid negated for waitpid(-pgid), an item popped from
 * a set (sched_getaffinity's CPUs) or a list, and an attempt to set a
 * struct sequence's field (readonly: "It is immutable"). With CPython's
 * errors. */
#include <string.h>
#include "internal/args.h"
#include "internal/builtin_methods.h"

static bool is_sequence(const osref_value *v)
{
  return v && (v->type == OSREF_TUPLE || v->type == OSREF_LIST || v->type == OSREF_STRUCT);
}

static size_t visible_len(const osref_value *v)
{
  return v->type == OSREF_STRUCT ? v->u.st.n_sequence : v->u.seq.len;
}

static osref_value *item_at(const osref_value *v, size_t i)
{
  return v->type == OSREF_STRUCT ? v->u.st.items[i] : v->u.seq.items[i];
}

static const char *seq_word(const osref_value *v)
{
  return v->type == OSREF_LIST ? "list" : "tuple";
}

/* sequence[index], a negative index counting from the end. */
static osref_value *getitem(const osref_value *seq, osref_value *const *argv, osref_error *err)
{
  const osref_value *index = argv[0];
  if (index->type != OSREF_INT && index->type != OSREF_BOOL)
    return osref_set_error(err, "TypeError", "%s indices must be integers or slices, not %s", seq_word(seq),
                           osref_type_name(index));
  int64_t i = index->type == OSREF_BOOL ? index->u.b : index->u.i;
  int64_t n = (int64_t)visible_len(seq);
  if (i < 0)
    i += n;
  if (i < 0 || i >= n)
    return osref_set_error(err, "IndexError", "%s index out of range", seq_word(seq));
  return osref_incref(item_at(seq, (size_t)i));
}

/* set.pop(): the element CPython's set gives first (the smallest of small
 * ints, by their hash order); list.pop(): the last. */
static osref_value *pop(osref_value *v, osref_error *err)
{
  size_t n = v->u.seq.len, at = n ? n - 1 : 0;
  if (!n)
    return v->type == OSREF_SET ? osref_set_error(err, "KeyError", "'pop from an empty set'")
                                : osref_set_error(err, "IndexError", "pop from empty list");
  if (v->type == OSREF_SET)
    for (size_t i = 0; i < n; i++) {
      const osref_value *a = v->u.seq.items[i], *b = v->u.seq.items[at];
      if (i == 0 || (a->type == OSREF_INT && b->type == OSREF_INT && a->u.i < b->u.i))
        at = i;
    }
  osref_value *item = v->u.seq.items[at];
  memmove(v->u.seq.items + at, v->u.seq.items + at + 1, (n - at - 1) * sizeof *v->u.seq.items);
  v->u.seq.len--;
  return item;
}

static bool method_of(const osref_value *v, const char *method)
{
  if (!v)
    return false;
  if (strcmp(method, "__getitem__") == 0)
    return is_sequence(v);
  if (strcmp(method, "__neg__") == 0)
    return v->type == OSREF_INT || v->type == OSREF_BOOL;
  if (strcmp(method, "pop") == 0)
    return v->type == OSREF_LIST || v->type == OSREF_SET;
  return strcmp(method, "__setattr__") == 0 && v->type == OSREF_STRUCT;
}

bool osref_has_builtin_method(const osref_value *v, const char *method)
{
  return method_of(v, method);
}

osref_value *osref_builtin_method(osref_value *v, const char *method, osref_value *args, osref_value *kwargs,
                                  osref_error *err)
{
  static const osref_param one[] = {{"index", NULL, OSREF_POSITIONAL_ONLY}};
  static const osref_param none[] = {{"...", NULL, OSREF_VAR_POSITIONAL}};
  static const osref_param two[] = {{"name", NULL, OSREF_POSITIONAL_ONLY}, {"value", NULL, OSREF_POSITIONAL_ONLY}};
  osref_value *argv[2] = {NULL, NULL};
  if (strcmp(method, "__getitem__") == 0) {
    if (!osref_bind(method, one, 1, args, kwargs, argv, err))
      return NULL;
    return getitem(v, argv, err);
  }
  if (strcmp(method, "__setattr__") == 0) {
    if (!osref_bind(method, two, 2, args, kwargs, argv, err))
      return NULL;
    return osref_set_error(err, "AttributeError", "readonly attribute");
  }
  if (!osref_bind(method, none, 1, args, kwargs, argv, err))
    return NULL;
  size_t extra = argv[0]->u.seq.len;
  osref_bind_release(none, 1, argv);
  if (extra)
    return osref_set_error(err, "TypeError", "%s() takes no arguments (%zu given)", method, extra);
  if (strcmp(method, "pop") == 0)
    return pop(v, err);
  int64_t i = v->type == OSREF_BOOL ? v->u.b : v->u.i;
  if (i == INT64_MIN)
    return osref_set_error(err, "OverflowError", "the negation of %lld does not fit in 64 bits", (long long)i);
  return osref_int(-i);
}
