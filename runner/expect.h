/* Whether a step's outcome satisfies the case's expectation for it
 * (cases/FORMAT.md, "Expectations"), and how values compare. */
#ifndef OSC_EXPECT_H
#define OSC_EXPECT_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>

/* Value equality as the format defines it: struct sequences compare only the
 * fields the expectation gives; an int equals a float of the same value. */
bool osc_value_equal(const json_t *expected, const json_t *observed);

/* On false, why holds one line: "expected raises FileExistsError, got value None". */
bool osc_expect_holds(const json_t *expect, const json_t *step, char *why, size_t len);

/* The errno of a step outcome as text: the name the target gave
 * ("EEXIST"), or its number ("44") where it had none; NULL when there is none. */
const char *osc_step_errno(const json_t *step, char *buf, size_t len);

/* Does the step raise `cls` (its class or a base in its "mro")? */
bool osc_step_raises(const json_t *step, const char *cls);

/* One short line describing a step outcome, for reasons. */
void osc_describe_step(const json_t *step, char *buf, size_t len);

#endif
