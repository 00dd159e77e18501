/* Filling and reading containers: tuples, lists, dicts and struct sequences.
 * Setters steal the references they are given, as CPython's PyTuple_SET_ITEM. */
#include <stdlib.h>
#include <string.h>
#include "osref.h"

void osref_seq_set(osref_value *seq, size_t i, osref_value *v)
{
  osref_value **slot = NULL;
  if (seq && seq->type == OSREF_TUPLE && i < seq->u.seq.len) slot = &seq->u.seq.items[i];
  if (seq && seq->type == OSREF_STRUCT && i < seq->u.st.len) slot = &seq->u.st.items[i];
  if (!slot) {
    osref_decref(v);
    return;
  }
  osref_decref(*slot);
  *slot = v;
}

/* Doubles *cap (from 4) until it holds need; false when memory runs out. */
static bool grow(osref_value ***items, size_t *cap, size_t need)
{
  if (need <= *cap) return true;
  size_t ncap = *cap ? *cap * 2 : 4;
  osref_value **n = realloc(*items, ncap * sizeof *n);
  if (!n) return false;
  *items = n;
  *cap = ncap;
  return true;
}

void osref_list_append(osref_value *list, osref_value *v)
{
  if (!list || list->type != OSREF_LIST ||
      !grow(&list->u.seq.items, &list->u.seq.cap, list->u.seq.len + 1)) {
    osref_decref(v);
    return;
  }
  list->u.seq.items[list->u.seq.len++] = v;
}

static long dict_find(const osref_value *dict, const osref_value *key)
{
  for (size_t i = 0; i < dict->u.dict.len; i++)
    if (osref_equal(dict->u.dict.keys[i], key)) return (long)i;
  return -1;
}

void osref_dict_set(osref_value *dict, osref_value *key, osref_value *v)
{
  long at = dict && dict->type == OSREF_DICT && key ? dict_find(dict, key) : -1;
  if (at >= 0) {
    osref_decref(key);
    osref_decref(dict->u.dict.vals[at]);
    dict->u.dict.vals[at] = v;
    return;
  }
  size_t cap = dict && dict->type == OSREF_DICT ? dict->u.dict.cap : 0;
  if (!dict || dict->type != OSREF_DICT || !key ||
      !grow(&dict->u.dict.keys, &cap, dict->u.dict.len + 1) ||
      !grow(&dict->u.dict.vals, &dict->u.dict.cap, dict->u.dict.len + 1)) {
    osref_decref(key);
    osref_decref(v);
    return;
  }
  dict->u.dict.keys[dict->u.dict.len] = key;
  dict->u.dict.vals[dict->u.dict.len++] = v;
}

osref_value *osref_dict_get(const osref_value *dict, const char *key)
{
  if (!dict || dict->type != OSREF_DICT) return NULL;
  size_t klen = strlen(key);
  for (size_t i = 0; i < dict->u.dict.len; i++) {
    const osref_value *k = dict->u.dict.keys[i];
    if (k->type == OSREF_STR && k->u.s.len == klen && memcmp(k->u.s.data, key, klen) == 0)
      return dict->u.dict.vals[i];
  }
  return NULL;
}

osref_value *osref_struct_get(const osref_value *st, const char *field)
{
  if (!st || st->type != OSREF_STRUCT) return NULL;
  for (size_t i = 0; i < st->u.st.len; i++)
    if (st->u.st.fields[i] && strcmp(st->u.st.fields[i], field) == 0) return st->u.st.items[i];
  return NULL;
}
