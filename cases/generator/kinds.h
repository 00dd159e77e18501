/* The cases every documented object gets from spec.db alone. */
#ifndef OSC_GEN_KINDS_H
#define OSC_GEN_KINDS_H

#include "caseset.h"
#include "spec.h"

/* exists/NAME for every object (class members by dotted name). */
void gen_existence(const spec *s, caseset *out);
/* sig/NAME for every function and method: the documented parameters; a
 * name with several signatures (execl..., sendfile) gets a speculative case. */
void gen_signature(const spec *s, caseset *out);
/* value/NAME for every module-level data object, compared with the reference. */
void gen_value(const spec *s, caseset *out);

#endif
