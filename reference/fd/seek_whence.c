/* SEEK_SET, SEEK_CUR, SEEK_END, SEEK_HOLE, SEEK_DATA: whence values for os.lseek. */
#include <stdio.h>
#include <unistd.h>
#include "internal/entry.h"

#ifdef SEEK_SET
OSREF_INT_CONSTANT(SEEK_SET, "File Descriptor Operations")
#else
OSREF_ABSENT(SEEK_SET, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef SEEK_CUR
OSREF_INT_CONSTANT(SEEK_CUR, "File Descriptor Operations")
#else
OSREF_ABSENT(SEEK_CUR, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef SEEK_END
OSREF_INT_CONSTANT(SEEK_END, "File Descriptor Operations")
#else
OSREF_ABSENT(SEEK_END, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef SEEK_HOLE
OSREF_INT_CONSTANT(SEEK_HOLE, "File Descriptor Operations")
#else
OSREF_ABSENT(SEEK_HOLE, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef SEEK_DATA
OSREF_INT_CONSTANT(SEEK_DATA, "File Descriptor Operations")
#else
OSREF_ABSENT(SEEK_DATA, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
