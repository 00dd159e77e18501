/* F_LOCK, F_TLOCK, F_ULOCK, F_TEST: the commands of os.lockf. */
#include <unistd.h>
#include "internal/entry.h"

#ifdef F_LOCK
OSREF_INT_CONSTANT(F_LOCK, "File Descriptor Operations")
#else
OSREF_ABSENT(F_LOCK, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef F_TLOCK
OSREF_INT_CONSTANT(F_TLOCK, "File Descriptor Operations")
#else
OSREF_ABSENT(F_TLOCK, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef F_ULOCK
OSREF_INT_CONSTANT(F_ULOCK, "File Descriptor Operations")
#else
OSREF_ABSENT(F_ULOCK, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef F_TEST
OSREF_INT_CONSTANT(F_TEST, "File Descriptor Operations")
#else
OSREF_ABSENT(F_TEST, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
