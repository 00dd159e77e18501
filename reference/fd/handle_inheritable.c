/* get_handle_inheritable and set_handle_inheritable: Windows handles. */
#include "internal/entry.h"

OSREF_ABSENT(get_handle_inheritable, "Inheritance of File Descriptors", OSREF_FUNCTION, "documented for Windows only")
OSREF_ABSENT(set_handle_inheritable, "Inheritance of File Descriptors", OSREF_FUNCTION, "documented for Windows only")
