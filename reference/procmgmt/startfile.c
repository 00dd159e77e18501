/* os.startfile(path, [operation], [arguments], [cwd], [show_cmd]) */
#include "internal/entry.h"
#include "internal/process.h"

OSREF_ABSENT(startfile, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "documented for Windows only")
