/* The registry: every OSREF_* declaration of reference/, collected by the
 * build (reference/build.mk) into osref_registry.inc, sorted by name in the
 * C locale, so a lookup is a binary search. */
#include <string.h>
#include "osref.h"

#define OSREF_REGISTRY_ENTRY(sym) extern const osref_entry sym;
#include "osref_registry.inc"
#undef OSREF_REGISTRY_ENTRY

#define OSREF_REGISTRY_ENTRY(sym) &sym,
static const osref_entry *const registry[] = {
#include "osref_registry.inc"
};
#undef OSREF_REGISTRY_ENTRY

#define REGISTRY_LEN (sizeof registry / sizeof registry[0])

/* The entries themselves are scattered over the objects; this copy puts
 * them side by side so that osref_entries can hand out an array. */
static osref_entry side_by_side[REGISTRY_LEN];
static bool copied;

const osref_entry *osref_entries(size_t *count)
{
  if (!copied) {
    for (size_t i = 0; i < REGISTRY_LEN; i++) side_by_side[i] = *registry[i];
    copied = true;
  }
  *count = REGISTRY_LEN;
  return side_by_side;
}

const osref_entry *osref_lookup(const char *name)
{
  size_t lo = 0, hi = REGISTRY_LEN;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(registry[mid]->name, name);
    if (c == 0) return registry[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}
