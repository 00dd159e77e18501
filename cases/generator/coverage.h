/* Which functions the reference provides have no behaviour case: the spec
 * coverage the generator promises (one behaviour case at least for each). */
#ifndef OSC_GEN_COVERAGE_H
#define OSC_GEN_COVERAGE_H

#include <stdio.h>
#include "caseset.h"
#include "spec.h"

/* Counts the documented functions in provided[] (sorted) with no case of
 * kind behaviour; names them on out (may be NULL), one line. */
size_t coverage_missing(const spec *s, const caseset *cs, const char *const *provided,
                        size_t nprovided, size_t *documented, FILE *out);

#endif
