/* Cases run as root: every path must stay inside the case's sandbox. */
#ifndef OSC_GEN_SAFETY_H
#define OSC_GEN_SAFETY_H

#include <stddef.h>
#include <jansson.h>

/* Checks every path of a case: the path and target of setup and check ops,
 * and every string, bytes and path-like value in step arguments. Returns 0
 * and describes the first absolute path or '..' component in why. */
int safety_check_case(const json_t *c, char *why, size_t whylen);

#endif
