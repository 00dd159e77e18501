/* The call layer's shared False value. */
#include "internal/files.h"

/* Never freed: its reference count starts above any decref it can see. */
osref_value osref_files_false = { .type = OSREF_BOOL, .refs = 1u << 30, .u.b = false };
