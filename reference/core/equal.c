/* Python's == over values, and the type names Python reports. */
#include <string.h>
#include "osref.h"

static bool is_number(const osref_value *v)
{
  return v->type == OSREF_BOOL || v->type == OSREF_INT || v->type == OSREF_FLOAT;
}

/* bool is an int subclass and an int equals the float of the same value. */
static bool numbers_equal(const osref_value *a, const osref_value *b)
{
  if (a->type == OSREF_FLOAT || b->type == OSREF_FLOAT) {
    double x = a->type == OSREF_FLOAT ? a->u.f : (double)(a->type == OSREF_BOOL ? a->u.b : a->u.i);
    double y = b->type == OSREF_FLOAT ? b->u.f : (double)(b->type == OSREF_BOOL ? b->u.b : b->u.i);
    return x == y;
  }
  int64_t x = a->type == OSREF_BOOL ? a->u.b : a->u.i;
  int64_t y = b->type == OSREF_BOOL ? b->u.b : b->u.i;
  return x == y;
}

static bool items_equal(osref_value *const *a, size_t na, osref_value *const *b, size_t nb)
{
  if (na != nb) return false;
  for (size_t i = 0; i < na; i++)
    if (!osref_equal(a[i], b[i])) return false;
  return true;
}

/* A struct sequence compares as the tuple of its sequence fields. */
static bool tuple_view(const osref_value *v, osref_value *const **items, size_t *n)
{
  if (v->type == OSREF_TUPLE) {
    *items = v->u.seq.items;
    *n = v->u.seq.len;
    return true;
  }
  if (v->type == OSREF_STRUCT) {
    *items = v->u.st.items;
    *n = v->u.st.n_sequence;
    return true;
  }
  return false;
}

static bool dicts_equal(const osref_value *a, const osref_value *b)
{
  if (a->u.dict.len != b->u.dict.len) return false;
  for (size_t i = 0; i < a->u.dict.len; i++) {
    size_t j = 0;
    while (j < b->u.dict.len && !osref_equal(a->u.dict.keys[i], b->u.dict.keys[j])) j++;
    if (j == b->u.dict.len || !osref_equal(a->u.dict.vals[i], b->u.dict.vals[j])) return false;
  }
  return true;
}

/* Sets hold no two equal items, so equal sizes and a in b make a == b. */
static bool sets_equal(const osref_value *a, const osref_value *b)
{
  if (a->u.seq.len != b->u.seq.len) return false;
  for (size_t i = 0; i < a->u.seq.len; i++) {
    size_t j = 0;
    while (j < b->u.seq.len && !osref_equal(a->u.seq.items[i], b->u.seq.items[j])) j++;
    if (j == b->u.seq.len) return false;
  }
  return true;
}

bool osref_equal(const osref_value *a, const osref_value *b)
{
  if (a == b) return true;
  if (!a || !b) return false;
  if (is_number(a) && is_number(b)) return numbers_equal(a, b);
  osref_value *const *ia, *const *ib;
  size_t na, nb;
  if (tuple_view(a, &ia, &na) && tuple_view(b, &ib, &nb)) return items_equal(ia, na, ib, nb);
  if (a->type != b->type) return false;
  switch (a->type) {
  case OSREF_NONE: return true;
  case OSREF_STR:
  case OSREF_BYTES:
    return a->u.s.len == b->u.s.len && memcmp(a->u.s.data, b->u.s.data, a->u.s.len) == 0;
  case OSREF_LIST: return items_equal(a->u.seq.items, a->u.seq.len, b->u.seq.items, b->u.seq.len);
  case OSREF_DICT: return dicts_equal(a, b);
  case OSREF_SET: return sets_equal(a, b);
  case OSREF_HANDLE: return a->u.h.self == b->u.h.self && a->u.h.ops == b->u.h.ops;
  default: return false;   /* PathLike objects are equal only to themselves */
  }
}

const char *osref_type_name(const osref_value *v)
{
  if (!v) return "NULL";
  switch (v->type) {
  case OSREF_NONE: return "NoneType";
  case OSREF_BOOL: return "bool";
  case OSREF_INT: return "int";
  case OSREF_FLOAT: return "float";
  case OSREF_STR: return "str";
  case OSREF_BYTES: return "bytes";
  case OSREF_TUPLE: return "tuple";
  case OSREF_LIST: return "list";
  case OSREF_DICT: return "dict";
  case OSREF_SET: return "set";
  case OSREF_STRUCT: return v->u.st.name;
  case OSREF_PATHLIKE: return "PathLike";
  case OSREF_HANDLE: return v->u.h.ops && v->u.h.ops->type_name ? v->u.h.ops->type_name : "object";
  }
  return "object";
}
