/* Value constructors and reference counting. Every constructor returns a new
 * reference (refs == 1), or NULL when memory runs out; the call layer turns a
 * NULL without an error into MemoryError. */
#include <stdlib.h>
#include <string.h>
#include "osref.h"

static osref_value *alloc_value(osref_type type)
{
  osref_value *v = calloc(1, sizeof *v);
  if (v) {
    v->type = type;
    v->refs = 1;
  }
  return v;
}

osref_value *osref_none(void) { return alloc_value(OSREF_NONE); }

osref_value *osref_bool(bool b)
{
  osref_value *v = alloc_value(OSREF_BOOL);
  if (v) v->u.b = b;
  return v;
}

osref_value *osref_int(int64_t i)
{
  osref_value *v = alloc_value(OSREF_INT);
  if (v) v->u.i = i;
  return v;
}

osref_value *osref_float(double f)
{
  osref_value *v = alloc_value(OSREF_FLOAT);
  if (v) v->u.f = f;
  return v;
}

/* STR and BYTES data is always NUL-terminated, so a path argument can be
 * handed to the system without a copy (after the embedded-NUL check). */
static osref_value *text_value(osref_type type, const void *p, size_t n)
{
  osref_value *v = alloc_value(type);
  if (!v) return NULL;
  v->u.s.data = malloc(n + 1);
  if (!v->u.s.data) {
    free(v);
    return NULL;
  }
  if (n) memcpy(v->u.s.data, p, n);
  v->u.s.data[n] = '\0';
  v->u.s.len = n;
  return v;
}

osref_value *osref_str(const char *s) { return text_value(OSREF_STR, s, strlen(s)); }
osref_value *osref_strn(const char *s, size_t n) { return text_value(OSREF_STR, s, n); }
osref_value *osref_bytes(const void *p, size_t n) { return text_value(OSREF_BYTES, p, n); }

osref_value *osref_tuple(size_t n)
{
  osref_value *v = alloc_value(OSREF_TUPLE);
  if (!v) return NULL;
  v->u.seq.items = calloc(n ? n : 1, sizeof *v->u.seq.items);
  if (!v->u.seq.items) {
    free(v);
    return NULL;
  }
  v->u.seq.len = v->u.seq.cap = n;
  return v;
}

osref_value *osref_list(void) { return alloc_value(OSREF_LIST); }
osref_value *osref_dict(void) { return alloc_value(OSREF_DICT); }

osref_value *osref_struct(const char *name, const char *const *fields, size_t len, size_t n_sequence)
{
  osref_value *v = alloc_value(OSREF_STRUCT);
  if (!v) return NULL;
  v->u.st.items = calloc(len ? len : 1, sizeof *v->u.st.items);
  if (!v->u.st.items) {
    free(v);
    return NULL;
  }
  v->u.st.name = name;
  v->u.st.fields = fields;
  v->u.st.len = len;
  v->u.st.n_sequence = n_sequence;
  return v;
}

osref_value *osref_pathlike(osref_value *inner)
{
  osref_value *v = alloc_value(OSREF_PATHLIKE);
  if (!v) {
    osref_decref(inner);
    return NULL;
  }
  v->u.pl.inner = inner;
  return v;
}

osref_value *osref_handle(const osref_handle_ops *ops, void *self)
{
  osref_value *v = alloc_value(OSREF_HANDLE);
  if (!v) {
    if (ops && ops->release) ops->release(self);
    return NULL;
  }
  v->u.h.ops = ops;
  v->u.h.self = self;
  return v;
}

osref_value *osref_set(void) { return alloc_value(OSREF_SET); }

static bool set_contains(const osref_value *set, const osref_value *v)
{
  for (size_t i = 0; i < set->u.seq.len; i++)
    if (osref_equal(set->u.seq.items[i], v)) return true;
  return false;
}

/* A linear scan: the sets libosref builds (supports_*) hold a few dozen names. */
void osref_set_add(osref_value *set, osref_value *v)
{
  if (!set || set->type != OSREF_SET || !v || set_contains(set, v)) {
    osref_decref(v);
    return;
  }
  if (set->u.seq.len == set->u.seq.cap) {
    size_t cap = set->u.seq.cap ? set->u.seq.cap * 2 : 8;
    osref_value **items = realloc(set->u.seq.items, cap * sizeof *items);
    if (!items) {
      osref_decref(v);
      return;
    }
    set->u.seq.items = items;
    set->u.seq.cap = cap;
  }
  set->u.seq.items[set->u.seq.len++] = v;
}

osref_value *osref_incref(osref_value *v)
{
  if (v) v->refs++;
  return v;
}

static void release_items(osref_value **items, size_t n)
{
  for (size_t i = 0; i < n; i++) osref_decref(items[i]);
  free(items);
}

static void release_contents(osref_value *v)
{
  switch (v->type) {
  case OSREF_STR:
  case OSREF_BYTES: free(v->u.s.data); break;
  case OSREF_TUPLE:
  case OSREF_LIST:
  case OSREF_SET: release_items(v->u.seq.items, v->u.seq.len); break;
  case OSREF_DICT:
    release_items(v->u.dict.keys, v->u.dict.len);
    release_items(v->u.dict.vals, v->u.dict.len);
    break;
  case OSREF_STRUCT: release_items(v->u.st.items, v->u.st.len); break;
  case OSREF_PATHLIKE: osref_decref(v->u.pl.inner); break;
  case OSREF_HANDLE:
    if (v->u.h.ops && v->u.h.ops->release) v->u.h.ops->release(v->u.h.self);
    break;
  default: break;
  }
}

void osref_decref(osref_value *v)
{
  if (!v || --v->refs > 0) return;
  release_contents(v);
  free(v);
}
