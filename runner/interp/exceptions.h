/* Python's built-in exception classes, so the reference can report an
 * exception's MRO as a Python target does. */
#ifndef INTERP_EXCEPTIONS_H
#define INTERP_EXCEPTIONS_H

#include <jansson.h>
#include "osref.h"

/* ["FileExistsError", "OSError", "Exception", "BaseException"]; an unknown
 * class gives [name] alone. */
json_t *interp_mro(const char *cls);

/* The outcome of a step that raised: raises, mro, errno (its name), message. */
json_t *interp_encode_error(const osref_error *err);

#endif
