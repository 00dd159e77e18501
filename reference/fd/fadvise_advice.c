/* POSIX_FADV_*: the advice values of os.posix_fadvise. */
#include <fcntl.h>
#include "internal/entry.h"

#ifdef POSIX_FADV_NORMAL
OSREF_INT_CONSTANT(POSIX_FADV_NORMAL, "File Descriptor Operations")
#else
OSREF_ABSENT(POSIX_FADV_NORMAL, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef POSIX_FADV_SEQUENTIAL
OSREF_INT_CONSTANT(POSIX_FADV_SEQUENTIAL, "File Descriptor Operations")
#else
OSREF_ABSENT(POSIX_FADV_SEQUENTIAL, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef POSIX_FADV_RANDOM
OSREF_INT_CONSTANT(POSIX_FADV_RANDOM, "File Descriptor Operations")
#else
OSREF_ABSENT(POSIX_FADV_RANDOM, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef POSIX_FADV_NOREUSE
OSREF_INT_CONSTANT(POSIX_FADV_NOREUSE, "File Descriptor Operations")
#else
OSREF_ABSENT(POSIX_FADV_NOREUSE, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef POSIX_FADV_WILLNEED
OSREF_INT_CONSTANT(POSIX_FADV_WILLNEED, "File Descriptor Operations")
#else
OSREF_ABSENT(POSIX_FADV_WILLNEED, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef POSIX_FADV_DONTNEED
OSREF_INT_CONSTANT(POSIX_FADV_DONTNEED, "File Descriptor Operations")
#else
OSREF_ABSENT(POSIX_FADV_DONTNEED, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
