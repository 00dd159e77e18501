/* What the systematic rules share: the case being generated for one
 * function and parameter, and the helpers that build its parts. */
#ifndef OSC_GEN_SYSGEN_H
#define OSC_GEN_SYSGEN_H

#include <jansson.h>
#include "caseset.h"
#include "spec.h"
#include "systematic.h"

typedef struct sysgen {
  const spec *s;
  caseset *out;
  sys_stats *stats;
} sysgen;

/* sys/FUNCTION/PARAM/RULE, isolated when the function changes process state. */
json_t *sys_case(const sysgen *g, const spec_object *o, const char *param, const char *rule,
                 const char *kind, const char *why);
/* Adds c (built) or drops it (a parameter had no filler), with its auto setup. */
void sys_finish(const sysgen *g, json_t *c, int built, int with_auto_setup);
/* One call with params[i] = value (stolen) and the expectation (stolen). */
void sys_simple(const sysgen *g, const spec_object *o, size_t i, const char *rule, const char *why,
                json_t *value, json_t *expect, const char *compare);
/* f(name=value, other=filler, ...): the parameter and every required one
 * passed by its documented name. Steals value and expect. */
void sys_by_keyword(const sysgen *g, const spec_object *o, size_t i, json_t *value, json_t *expect);
/* Cites the object's claim whose normalised text contains phrase, if any. */
void sys_cite(json_t *c, const spec_object *o, const char *phrase);
json_t *sys_raises(const char *cls, const char *err);   /* err may be NULL */
json_t *sys_bytes(const char *s);                       /* {"bytes": hex of s} */

/* The rules, one file each. */
int is_path_param(const spec_object *o, const char *param);
void path_rules(const sysgen *g, const spec_object *o, size_t i);
int is_fd_param(const spec_object *o, const char *param);
void fd_rules(const sysgen *g, const spec_object *o, size_t i);
void argument_rules(const sysgen *g, const spec_object *o);

#endif
