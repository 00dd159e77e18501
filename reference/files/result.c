/* The typed-layer edge and the call layer's None result. */
#include "internal/files.h"

int osref_files_fail(long r, osref_error *err)
{
  osref_set_errno(err, (int)-r);
  return -1;
}

osref_value *osref_files_none(long r) { return r < 0 ? NULL : osref_none(); }

/* Never freed: its reference count starts above any decref it can see. */
osref_value osref_files_false = { .type = OSREF_BOOL, .refs = 1u << 30, .u.b = false };
