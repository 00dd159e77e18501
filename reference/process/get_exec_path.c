/* os.get_exec_path(env=None): the PATH of env (os.environ when None) split
 * on os.pathsep; os.defpath when there is no PATH. As os.py does, a
 * mapping may hold 'PATH' or b'PATH' but not both. */
#include <string.h>
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

static osref_value *bytes_key(const osref_value *dict, const char *key)
{
  size_t n = strlen(key);
  for (size_t i = 0; i < dict->u.dict.len; i++) {
    const osref_value *k = dict->u.dict.keys[i];
    if (k->type == OSREF_BYTES && k->u.s.len == n && memcmp(k->u.s.data, key, n) == 0)
      return dict->u.dict.vals[i];
  }
  return NULL;
}

static osref_value *split_path(const char *s, size_t len)
{
  osref_value *list = osref_list();
  const char *end = s + len;
  for (const char *p = s; list;) {
    const char *colon = memchr(p, ':', (size_t)(end - p));
    const char *stop = colon ? colon : end;
    osref_list_append(list, osref_strn(p, (size_t)(stop - p)));
    if (!colon) break;
    p = colon + 1;
  }
  return list;
}

/* PATH of env, or NULL when it has none; err set when the mapping is bad. */
static const osref_value *path_of(const osref_value *env, osref_error *err)
{
  if (env->type != OSREF_DICT)
    return osref_set_error(err, "AttributeError", "'%s' object has no attribute 'get'", osref_type_name(env));
  const osref_value *s = osref_dict_get(env, "PATH"), *b = bytes_key(env, "PATH");
  if (s && b) return osref_set_error(err, "ValueError", "env cannot contain 'PATH' and b'PATH' keys");
  const osref_value *p = s ? s : b;
  if (p && p->type == OSREF_NONE) return NULL;   /* {'PATH': None}.get('PATH') is None */
  if (p && p->type != OSREF_STR && p->type != OSREF_BYTES)
    return osref_set_error(err, "AttributeError", "'%s' object has no attribute 'split'", osref_type_name(p));
  return p;
}

osref_value *osref_get_exec_path(const osref_value *env, osref_error *err)
{
  const osref_value *p;
  err->type = NULL;
  if (env) {
    p = path_of(env, err);
  } else {
    p = osref_environ_get("PATH", 4);
  }
  if (err->type) return NULL;
  return p ? split_path(p->u.s.data, p->u.s.len) : split_path(OSREF_DEFPATH, strlen(OSREF_DEFPATH));
}

static osref_value *call_get_exec_path(osref_value *const *argv, osref_error *err)
{
  const osref_value *env = argv[0] && argv[0]->type != OSREF_NONE ? argv[0] : NULL;
  return osref_get_exec_path(env, err);
}

static const osref_param get_exec_path_params[] = {
  {"env", "None", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(get_exec_path, OSREF_SECT_PROCESS, get_exec_path_params, call_get_exec_path)
