/* The shape of a scenario template line: which keys, steps, ops and
 * expectations FORMAT.md allows. A typo in a template is an error, never a
 * case that silently tests nothing. */
#ifndef OSC_GEN_SHAPE_H
#define OSC_GEN_SHAPE_H

#include <stddef.h>
#include <jansson.h>

/* Returns 0 and describes the first problem of the template in why. */
int shape_check_template(const json_t *t, char *why, size_t whylen);

#endif
