/* Documented for Windows only: declared so that the listing says why. */
#include "internal/entry.h"
#include "internal/files.h"

OSREF_ABSENT(listdrives, OSREF_SECTION_FILES, OSREF_FUNCTION, "documented for Windows only")
OSREF_ABSENT(listmounts, OSREF_SECTION_FILES, OSREF_FUNCTION, "documented for Windows only")
OSREF_ABSENT(listvolumes, OSREF_SECTION_FILES, OSREF_FUNCTION, "documented for Windows only")
