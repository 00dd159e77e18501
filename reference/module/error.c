/* os.error, from the introduction of os.rst: an alias for OSError. The
 * library raises exceptions by class name, so the alias is a name only. */
#include "internal/entry.h"

#define OSREF_SECT_INTRO "os --- Miscellaneous operating system interfaces"

OSREF_EXCEPTION(error, OSREF_SECT_INTRO, "OSError")
