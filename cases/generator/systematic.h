/* Behaviour cases derived from parameter names, for every documented
 * function the reference provides: sys/FUNCTION/PARAM/RULE. */
#ifndef OSC_GEN_SYSTEMATIC_H
#define OSC_GEN_SYSTEMATIC_H

#include "caseset.h"
#include "spec.h"

typedef struct sys_stats {
  size_t functions;      /* provided and documented */
  size_t emitted;
  size_t unfilled;       /* rules skipped: a needed parameter has no filler value */
} sys_stats;

/* provided: the names of the functions the reference provides, sorted. */
void gen_systematic(const spec *s, const char *const *provided, size_t nprovided,
                    caseset *out, sys_stats *stats);

#endif
