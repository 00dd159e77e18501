/* os.add_dll_directory(path) */
#include "internal/entry.h"
#include "internal/process.h"

OSREF_ABSENT(add_dll_directory, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "documented for Windows only")
