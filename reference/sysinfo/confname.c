/* The names of confstr() and sysconf(): the name argument, as CPython's
 * conv_confname (a str from the host's table, or an int for a name the
 * table lacks), and the confstr_names/sysconf_names dicts. */
#include <string.h>
#include <stdint.h>
#include "internal/args.h"
#include "internal/process.h"

bool osref_arg_confname(const char *fn, const osref_value *v, const osref_conf_name *table,
                        size_t n, int *out, osref_error *err)
{
  if (v->type == OSREF_INT || v->type == OSREF_BOOL) {
    int64_t i;
    if (!osref_arg_int_range(fn, "name", v, INT32_MIN, INT32_MAX, &i, err)) return false;
    *out = (int)i;
    return true;
  }
  if (v->type != OSREF_STR) {
    osref_set_error(err, "TypeError", "configuration names must be strings or integers");
    return false;
  }
  for (size_t i = 0; i < n; i++) {
    if (strlen(table[i].name) == v->u.s.len && memcmp(table[i].name, v->u.s.data, v->u.s.len) == 0) {
      *out = table[i].value;
      return true;
    }
  }
  osref_set_error(err, "ValueError", "unrecognized configuration name");
  return false;
}

osref_value *osref_conf_names_dict(const osref_conf_name *table, size_t n, osref_error *err)
{
  osref_value *d = osref_dict();
  if (!d) return osref_set_error(err, "MemoryError", "out of memory");
  for (size_t i = 0; i < n; i++) osref_dict_set(d, osref_str(table[i].name), osref_int(table[i].value));
  return d;
}
