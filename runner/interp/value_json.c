#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "value_json.h"

static bool bad(char *why, size_t len, const char *what, const json_t *j)
{
  char *text = json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT);
  snprintf(why, len, "%s: %.160s", what, text ? text : "?");
  free(text);
  return false;
}

static int hex_digit(char c)
{
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static osref_value *decode_bytes(const json_t *hex, char *why, size_t len)
{
  const char *s = json_string_value(hex);
  size_t n = s ? strlen(s) : 1;
  if (n % 2) {
    bad(why, len, "bytes must be an even number of hex digits", hex);
    return NULL;
  }
  unsigned char *buf = malloc(n / 2 + 1);
  for (size_t i = 0; buf && i < n / 2; i++) {
    int hi = hex_digit(s[2 * i]), lo = hex_digit(s[2 * i + 1]);
    if (hi < 0 || lo < 0) {
      free(buf);
      bad(why, len, "bytes must be hex digits", hex);
      return NULL;
    }
    buf[i] = (unsigned char)(hi * 16 + lo);
  }
  osref_value *v = buf ? osref_bytes(buf, n / 2) : NULL;
  free(buf);
  return v;
}

static osref_value *decode_seq(const json_t *items, osref_value *seq, const interp_case *c,
                               char *why, size_t len)
{
  size_t i;
  const json_t *item;
  json_array_foreach(items, i, item) {
    osref_value *v = interp_decode(item, c, why, len);
    if (!v) {
      osref_decref(seq);
      return NULL;
    }
    if (seq->type == OSREF_TUPLE)
      osref_seq_set(seq, i, v);
    else
      osref_list_append(seq, v);
  }
  return seq;
}

static osref_value *decode_dict(const json_t *pairs, const interp_case *c, char *why, size_t len)
{
  osref_value *d = osref_dict();
  size_t i;
  const json_t *pair;
  json_array_foreach(pairs, i, pair) {
    if (!json_is_array(pair) || json_array_size(pair) != 2) {
      osref_decref(d);
      bad(why, len, "a dict item must be [key, value]", pair);
      return NULL;
    }
    osref_value *k = interp_decode(json_array_get(pair, 0), c, why, len);
    osref_value *v = k ? interp_decode(json_array_get(pair, 1), c, why, len) : NULL;
    if (!v) {
      if (k) osref_decref(k);
      osref_decref(d);
      return NULL;
    }
    osref_dict_set(d, k, v);
  }
  return d;
}

/* {"callable": {"call": NAME, "args": [...]}}: os.NAME with those args. */
static osref_value *decode_callable(const json_t *j, const interp_case *c, char *why, size_t len)
{
  const char *fn = json_string_value(json_object_get(j, "call"));
  const json_t *args = json_object_get(j, "args");
  if (!fn || (args && !json_is_array(args)))
    return bad(why, len, "a callable needs \"call\" and a list of \"args\"", j), NULL;
  osref_value *a = args ? interp_decode(args, c, why, len) : osref_list();
  return a ? osref_callable(fn, a) : NULL;
}

static osref_value *decode_object(const json_t *j, const interp_case *c, char *why, size_t len)
{
  const char *key = json_object_size(j) == 1 ? json_object_iter_key(json_object_iter((json_t *)j)) : NULL;
  const json_t *inner = key ? json_object_get(j, key) : NULL;
  if (!key)
    return bad(why, len, "a value object must have one key", j), NULL;
  if (strcmp(key, "bytes") == 0)
    return decode_bytes(inner, why, len);
  if (strcmp(key, "tuple") == 0 && json_is_array(inner))
    return decode_seq(inner, osref_tuple(json_array_size(inner)), c, why, len);
  if (strcmp(key, "dict") == 0 && json_is_array(inner))
    return decode_dict(inner, c, why, len);
  if (strcmp(key, "pathlike") == 0) {
    osref_value *v = interp_decode(inner, c, why, len);
    return v ? osref_pathlike(v) : NULL;
  }
  if (strcmp(key, "ref") == 0 && json_is_string(inner)) {
    osref_value *v = interp_bound(c, json_string_value(inner));
    return v ? osref_incref(v) : (bad(why, len, "ref not bound by an earlier step", j), NULL);
  }
  if (strcmp(key, "fd") == 0 && json_is_string(inner)) {
    int fd = interp_fd_named(c, json_string_value(inner));
    return fd >= 0 ? osref_int(fd) : (bad(why, len, "fd not opened by the setup", j), NULL);
  }
  if (strcmp(key, "closed_fd") == 0)
    return osref_int(interp_closed_fd());
  if (strcmp(key, "callable") == 0)
    return decode_callable(inner, c, why, len);
  return bad(why, len, "unknown value", j), NULL;
}

osref_value *interp_decode(const json_t *j, const interp_case *c, char *why, size_t len)
{
  switch (json_typeof(j)) {
  case JSON_NULL: return osref_none();
  case JSON_TRUE: return osref_bool(true);
  case JSON_FALSE: return osref_bool(false);
  case JSON_INTEGER: return osref_int(json_integer_value(j));
  case JSON_REAL: return osref_float(json_real_value(j));
  case JSON_STRING: return osref_strn(json_string_value(j), json_string_length(j));
  case JSON_ARRAY: return decode_seq(j, osref_list(), c, why, len);
  case JSON_OBJECT: return decode_object(j, c, why, len);
  }
  return bad(why, len, "unknown value", j), NULL;
}

/* ---- outcome side ---- */

static json_t *opaque(const char *type, const char *repr)
{
  return json_pack("{s:s,s:s}", "object", type, "repr", repr);
}

static json_t *encode_float(double f)
{
  if (isnan(f))
    return opaque("float", "nan");
  if (isinf(f))
    return opaque("float", f > 0 ? "inf" : "-inf");
  return json_real(f);
}

/* Python's repr of a str whose bytes are not UTF-8 (surrogateescape, PEP 383). */
static json_t *encode_raw_str(const char *s, size_t n)
{
  char *repr = malloc(n * 6 + 3), *p = repr;
  if (!repr)
    return opaque("str", "?");
  *p++ = '\'';
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    p += ch >= 0x20 && ch < 0x7f ? sprintf(p, "%c", ch) : sprintf(p, "\\udc%02x", ch);
  }
  *p++ = '\'';
  *p = '\0';
  json_t *j = opaque("str", repr);
  free(repr);
  return j;
}

static json_t *encode_bytes(const osref_value *v)
{
  static const char digits[] = "0123456789abcdef";
  char *hex = malloc(v->u.s.len * 2 + 1);
  if (!hex)
    return opaque("bytes", "?");
  for (size_t i = 0; i < v->u.s.len; i++) {
    hex[2 * i] = digits[(unsigned char)v->u.s.data[i] >> 4];
    hex[2 * i + 1] = digits[(unsigned char)v->u.s.data[i] & 15];
  }
  hex[v->u.s.len * 2] = '\0';
  json_t *j = json_pack("{s:s}", "bytes", hex);
  free(hex);
  return j;
}

static json_t *encode_items(osref_value *const *items, size_t n)
{
  json_t *a = json_array();
  for (size_t i = 0; i < n; i++)
    json_array_append_new(a, interp_encode(items[i]));
  return a;
}

static json_t *encode_dict(const osref_value *v)
{
  json_t *pairs = json_array();
  for (size_t i = 0; i < v->u.dict.len; i++)
    json_array_append_new(pairs, json_pack("[o,o]", interp_encode(v->u.dict.keys[i]),
                                           interp_encode(v->u.dict.vals[i])));
  return json_pack("{s:o}", "dict", pairs);
}

static json_t *encode_struct(const osref_value *v)
{
  json_t *fields = json_object();
  for (size_t i = 0; i < v->u.st.len; i++)
    if (v->u.st.fields[i] && v->u.st.items[i])
      json_object_set_new(fields, v->u.st.fields[i], interp_encode(v->u.st.items[i]));
  return json_pack("{s:s,s:o}", "struct", v->u.st.name, "fields", fields);
}

/* "<DirEntry 'name'>", as CPython writes an object that has a name. */
static bool named_repr(const osref_value *v, char *repr, size_t len)
{
  if (!v->u.h.ops->getattr)
    return false;
  osref_error err = {0};
  osref_value *name = v->u.h.ops->getattr(v->u.h.self, "name", &err);
  bool ok = name && name->type == OSREF_STR;
  if (ok)
    snprintf(repr, len, "<%s '%.*s'>", osref_type_name(v), (int)name->u.s.len, name->u.s.data);
  if (name)
    osref_decref(name);
  return ok;
}

/* Functions and classes got through os.NAME are handles over their entry. */
static json_t *encode_handle(const osref_value *v)
{
  const char *type = osref_type_name(v);
  char repr[160];
  const osref_entry *e = v->u.h.self;
  if (strcmp(type, "builtin_function_or_method") == 0 && e)
    snprintf(repr, sizeof repr, "<built-in function %s>", e->name);
  else if (strcmp(type, "type") == 0 && e)
    snprintf(repr, sizeof repr, "<class 'os.%s'>", e->name);
  else if (!named_repr(v, repr, sizeof repr))
    snprintf(repr, sizeof repr, "<%s object>", type);
  return opaque(type, repr);
}

/* A set's item; a function by its name, as the Python driver writes it. */
static json_t *encode_set_item(const osref_value *v)
{
  const osref_entry *e = v->type == OSREF_HANDLE ? v->u.h.self : NULL;
  if (e && strcmp(osref_type_name(v), "builtin_function_or_method") == 0)
    return json_string(e->name);
  return interp_encode(v);
}

typedef struct keyed_item {
  char *key;      /* canonical JSON text: compact, sorted keys, ASCII */
  json_t *item;
} keyed_item;

static int by_key(const void *a, const void *b)
{
  return strcmp(((const keyed_item *)a)->key, ((const keyed_item *)b)->key);
}

/* {"set": [...]} in the order of the items' canonical JSON text
 * (cases/FORMAT.md, Additions), the order the Python driver sorts by. */
static json_t *encode_set(const osref_value *v)
{
  size_t n = v->u.seq.len;
  keyed_item *items = calloc(n ? n : 1, sizeof *items);
  json_t *a = json_array();
  for (size_t i = 0; items && i < n; i++) {
    items[i].item = encode_set_item(v->u.seq.items[i]);
    items[i].key = json_dumps(items[i].item, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII | JSON_ENCODE_ANY);
  }
  bool complete = items != NULL;
  for (size_t i = 0; items && i < n; i++)
    complete &= items[i].key != NULL;
  if (complete)
    qsort(items, n, sizeof *items, by_key);
  for (size_t i = 0; items && i < n; i++) {
    json_array_append_new(a, items[i].item);
    free(items[i].key);
  }
  free(items);
  return complete ? json_pack("{s:o}", "set", a) : (json_decref(a), opaque("set", "?"));
}

static json_t *encode_pathlike(const osref_value *v)
{
  json_t *inner = interp_encode(v->u.pl.inner);
  char *text = json_dumps(inner, JSON_ENCODE_ANY | JSON_COMPACT);
  char repr[200];
  snprintf(repr, sizeof repr, "PathLike(%.180s)", text ? text : "?");
  free(text);
  json_decref(inner);
  return opaque("PathLike", repr);
}

json_t *interp_encode(const osref_value *v)
{
  json_t *s;
  switch (v ? v->type : OSREF_NONE) {
  case OSREF_NONE: return json_null();
  case OSREF_BOOL: return json_boolean(v->u.b);
  case OSREF_INT: return json_integer(v->u.i);
  case OSREF_FLOAT: return encode_float(v->u.f);
  case OSREF_STR:
    s = json_stringn(v->u.s.data, v->u.s.len);
    return s ? s : encode_raw_str(v->u.s.data, v->u.s.len);
  case OSREF_BYTES: return encode_bytes(v);
  case OSREF_TUPLE: return json_pack("{s:o}", "tuple", encode_items(v->u.seq.items, v->u.seq.len));
  case OSREF_LIST: return encode_items(v->u.seq.items, v->u.seq.len);
  case OSREF_DICT: return encode_dict(v);
  case OSREF_STRUCT: return encode_struct(v);
  case OSREF_PATHLIKE: return encode_pathlike(v);
  case OSREF_HANDLE: return encode_handle(v);
  case OSREF_SET: return encode_set(v);
  }
  return opaque("object", "?");
}
