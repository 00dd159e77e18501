/* Setup and check ops of cases/FORMAT.md, done with plain POSIX calls in the
 * current directory (the sandbox): the state a case starts from and the
 * post-conditions it ends with do not depend on the code under test. */
#ifndef INTERP_OPS_H
#define INTERP_OPS_H

#include <jansson.h>
#include "state.h"

/* Builds one piece of state; false with why set ("mkdir d: File exists"). */
bool interp_setup_op(const json_t *op, interp_case *c, char *why, size_t len);

/* One post-condition: true or false, or NULL with why set for a malformed op. */
json_t *interp_check_op(const json_t *op, char *why, size_t len);

#endif
