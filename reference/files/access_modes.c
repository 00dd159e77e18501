/* F_OK, R_OK, W_OK, X_OK: the mode argument of os.access. */
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

OSREF_INT_CONSTANT(F_OK, OSREF_SECTION_FILES)
OSREF_INT_CONSTANT(R_OK, OSREF_SECTION_FILES)
OSREF_INT_CONSTANT(W_OK, OSREF_SECTION_FILES)
OSREF_INT_CONSTANT(X_OK, OSREF_SECTION_FILES)
