/* The format's values (cases/FORMAT.md, "Values") to libosref values and
 * back: the one place that knows both encodings. */
#ifndef INTERP_VALUE_JSON_H
#define INTERP_VALUE_JSON_H

#include <jansson.h>
#include "osref.h"
#include "state.h"

/* A case's value (args, kwargs items, `on`) as an osref value; refs and fd
 * names resolve in c. NULL with why set when the case is malformed. */
osref_value *interp_decode(const json_t *j, const interp_case *c, char *why, size_t len);

/* An outcome's value; never NULL (what has no JSON form becomes
 * {"object": type, "repr": text}). */
json_t *interp_encode(const osref_value *v);

#endif
