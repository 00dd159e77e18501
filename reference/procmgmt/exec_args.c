/* argv and env for exec, spawn and posix_spawn, as CPython converts them. */
#include <stdlib.h>
#include <string.h>
#include "internal/args.h"
#include "internal/exec_args.h"

void osref_strv_free(osref_strv *v)
{
  for (size_t i = 0; v->items && i < v->len; i++) free(v->items[i]);
  free(v->items);
  v->items = NULL;
  v->len = 0;
}

static bool strv_alloc(osref_strv *v, size_t n, osref_error *err)
{
  v->len = 0;
  v->items = calloc(n + 1, sizeof *v->items);
  if (!v->items) osref_set_error(err, "MemoryError", "out of memory");
  return v->items != NULL;
}

/* Appends a+b (b may be NULL) as one new string. */
static bool strv_push(osref_strv *v, const char *a, size_t alen, const char *b, size_t blen,
                      osref_error *err)
{
  char *s = malloc(alen + blen + 2);
  if (!s) return osref_set_error(err, "MemoryError", "out of memory"), false;
  memcpy(s, a, alen);
  size_t n = alen;
  if (b) {
    s[n++] = '=';
    memcpy(s + n, b, blen);
    n += blen;
  }
  s[n] = '\0';
  v->items[v->len++] = s;
  return true;
}

bool osref_exec_argv_check(const char *what, const osref_value *argv, osref_error *err)
{
  if (!argv || (argv->type != OSREF_TUPLE && argv->type != OSREF_LIST))
    return osref_set_error(err, "TypeError", "%s must be a tuple or list", what), false;
  if (argv->u.seq.len == 0)
    return osref_set_error(err, "ValueError", "%s must not be empty", what), false;
  return true;
}

bool osref_exec_argv(const char *what, const osref_value *argv, osref_strv *out, osref_error *err)
{
  if (!strv_alloc(out, argv->u.seq.len, err)) return false;
  for (size_t i = 0; i < argv->u.seq.len; i++) {
    osref_path item;
    if (!osref_arg_fsconvert(argv->u.seq.items[i], &item, err) ||
        !strv_push(out, item.name, item.len, NULL, 0, err)) {
      osref_strv_free(out);
      return false;
    }
  }
  if (out->items[0][0] == '\0') {
    osref_strv_free(out);
    return osref_set_error(err, "ValueError", "%s first element cannot be empty", what), false;
  }
  return true;
}

bool osref_exec_is_mapping(const osref_value *env)
{
  switch (env->type) {
  case OSREF_DICT: case OSREF_TUPLE: case OSREF_LIST: case OSREF_STR: case OSREF_BYTES: case OSREF_STRUCT:
    return true;
  default:
    return false;
  }
}

/* CPython searches from the second character: a leading '=' is allowed
 * (Windows' hidden variables such as "=C:"). */
static bool legal_name(const osref_path *key)
{
  return key->len > 0 && !strchr(key->name + 1, '=');
}

bool osref_exec_envp(const osref_value *env, osref_strv *out, osref_error *err)
{
  if (env->type != OSREF_DICT)
    return osref_set_error(err, "AttributeError", "'%s' object has no attribute 'keys'",
                           osref_type_name(env)), false;
  if (!strv_alloc(out, env->u.dict.len, err)) return false;
  for (size_t i = 0; i < env->u.dict.len; i++) {
    osref_path key, val;
    bool ok = osref_arg_fsconvert(env->u.dict.keys[i], &key, err) &&
              osref_arg_fsconvert(env->u.dict.vals[i], &val, err);
    if (ok && !legal_name(&key)) {
      osref_set_error(err, "ValueError", "illegal environment variable name");
      ok = false;
    }
    if (!ok || !strv_push(out, key.name, key.len, val.name, val.len, err)) {
      osref_strv_free(out);
      return false;
    }
  }
  return true;
}
