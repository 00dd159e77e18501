/* os.getenv(key, default=None) and os.getenvb(key, default=None): a lookup in
 * the snapshot (os.environ / os.environb), so later putenv() calls are not
 * seen. The key's type is checked as os.environ's encodekey does. */
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

static osref_value *lookup(osref_value *const *argv, osref_type key_type, osref_error *err)
{
  const osref_value *key = argv[0];
  if (key->type != key_type)
    return osref_set_error(err, "TypeError", "%s expected, not %s",
                           key_type == OSREF_STR ? "str" : "bytes", osref_type_name(key));
  osref_value *v = osref_environ_get(key->u.s.data, key->u.s.len);
  if (!v) return argv[1] ? osref_incref(argv[1]) : osref_none();
  return key_type == OSREF_STR ? osref_strn(v->u.s.data, v->u.s.len) : osref_incref(v);
}

static osref_value *call_getenv(osref_value *const *argv, osref_error *err)
{
  return lookup(argv, OSREF_STR, err);
}

static osref_value *call_getenvb(osref_value *const *argv, osref_error *err)
{
  return lookup(argv, OSREF_BYTES, err);
}

static const osref_param getenv_params[] = {
  {"key", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"default", "None", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(getenv, OSREF_SECT_PROCESS, getenv_params, call_getenv)
OSREF_FUNCTION(getenvb, OSREF_SECT_PROCESS, getenv_params, call_getenvb)
