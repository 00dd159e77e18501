/* Building a valid call of a documented function in which one parameter
 * takes the value under test and every other needed parameter a known-good
 * filler, with the sandbox state those fillers need. */
#ifndef OSC_GEN_CALLBUILD_H
#define OSC_GEN_CALLBUILD_H

#include <jansson.h>
#include "spec.h"

/* The value a parameter takes when it is not under test, as JSON of
 * FORMAT.md plus {"const": "NAME"} (the value of os.NAME, read by a getattr
 * step first). Looked up as 'function.param', then 'param'; NULL if none. */
const char *filler_for(const char *function, const char *param);

/* Adds to case c one call of o with params[under] = value (stolen) and
 * fillers elsewhere, binding the result to `bind` (may be NULL), and
 * `expect` (stolen) for it; constants the fillers name are read by earlier
 * getattr steps. Extra keyword arguments (stolen, may be NULL) are added.
 * Returns 0 (stealing nothing used) when a needed parameter has no filler. */
int call_build(json_t *c, const spec_object *o, size_t under, json_t *value, json_t *extra_kwargs,
               const char *bind, json_t *expect);

/* The same call with every argument given by its documented name (the
 * required ones from fillers). Returns 0, adding nothing, when a required
 * parameter has no filler, or is positional-only and positional_only_too is
 * 0. Steals value and expect. */
int call_build_keywords(json_t *c, const spec_object *o, size_t under, json_t *value, json_t *expect,
                        int positional_only_too);

/* Adds the setup the case's arguments refer to: "f" (a file holding "abc"),
 * "d" (a directory), "l" (a symlink to f; requires 'symlink'), {"fd": "f"}
 * (f opened O_RDWR), {"fd": "dir"} (d opened O_RDONLY). */
void auto_setup(json_t *c);

/* The index of the parameter named name, or -1. */
int param_index(const spec_object *o, const char *name);

#endif
