/* The functions the reference (libosref) provides on this build. */
#ifndef OSC_GEN_PROVIDED_H
#define OSC_GEN_PROVIDED_H

#include <stddef.h>

/* Sorted names of the module-level functions osref_entries() lists as
 * provided; the array is malloc'd, the strings are the registry's. */
const char **provided_functions(size_t *n);

#endif
