/* The environment as Python's os module holds it: captured once, when the
 * library is loaded (Python: at import), and refreshed only by
 * reload_environ(). putenv/unsetenv change the process environment but not
 * the snapshot, exactly as the doc says of os.environ. Keys and values are
 * kept as the raw bytes; the str view holds the same bytes (the value model
 * represents surrogateescape'd text by its bytes). */
#include <stdlib.h>
#include <string.h>
#include "internal/process.h"
#include "osref/process.h"

extern char **environ;

static osref_value *snapshot;   /* DICT of BYTES -> BYTES */

static osref_value *capture(void)
{
  osref_value *d = osref_dict();
  for (char **e = environ; d && e && *e; e++) {
    const char *eq = strchr(*e, '=');
    /* A first '=' at position 0 belongs to the name (Windows' "=C:"); none is bad. */
    if (eq == *e) eq = strchr(*e + 1, '=');
    if (!eq) continue;
    osref_dict_set(d, osref_bytes(*e, (size_t)(eq - *e)), osref_bytes(eq + 1, strlen(eq + 1)));
  }
  return d;
}

__attribute__((constructor)) static void capture_at_load(void) { snapshot = capture(); }
__attribute__((destructor)) static void release_at_exit(void) { osref_decref(snapshot); snapshot = NULL; }

int osref_reload_environ(osref_error *err)
{
  osref_value *d = capture();
  if (!d) {
    osref_set_error(err, "MemoryError", "out of memory");
    return -1;
  }
  osref_decref(snapshot);
  snapshot = d;
  return 0;
}

osref_value *osref_environ_get(const char *key, size_t len)
{
  for (size_t i = 0; snapshot && i < snapshot->u.dict.len; i++) {
    osref_value *k = snapshot->u.dict.keys[i];
    if (k->u.s.len == len && memcmp(k->u.s.data, key, len) == 0) return snapshot->u.dict.vals[i];
  }
  return NULL;
}

/* A fresh DICT: callers may keep or change it without touching the snapshot. */
osref_value *osref_environ(bool as_bytes, osref_error *err)
{
  osref_value *d = osref_dict();
  if (!d) return osref_set_error(err, "MemoryError", "out of memory");
  for (size_t i = 0; snapshot && i < snapshot->u.dict.len; i++) {
    const osref_value *k = snapshot->u.dict.keys[i], *v = snapshot->u.dict.vals[i];
    if (as_bytes) osref_dict_set(d, osref_incref(snapshot->u.dict.keys[i]), osref_incref(snapshot->u.dict.vals[i]));
    else osref_dict_set(d, osref_strn(k->u.s.data, k->u.s.len), osref_strn(v->u.s.data, v->u.s.len));
  }
  return d;
}
