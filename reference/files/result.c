/* The call layer's None and False results. */
#include "internal/files.h"

osref_value *osref_files_none(long r) { return r < 0 ? NULL : osref_none(); }

/* Never freed: its reference count starts above any decref it can see. */
osref_value osref_files_false = { .type = OSREF_BOOL, .refs = 1u << 30, .u.b = false };
