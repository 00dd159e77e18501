/* SPLICE_F_*: the flags of os.splice. */
#include <fcntl.h>
#include "internal/entry.h"

#ifdef SPLICE_F_MOVE
OSREF_INT_CONSTANT(SPLICE_F_MOVE, "File Descriptor Operations")
#else
OSREF_ABSENT(SPLICE_F_MOVE, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef SPLICE_F_NONBLOCK
OSREF_INT_CONSTANT(SPLICE_F_NONBLOCK, "File Descriptor Operations")
#else
OSREF_ABSENT(SPLICE_F_NONBLOCK, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef SPLICE_F_MORE
OSREF_INT_CONSTANT(SPLICE_F_MORE, "File Descriptor Operations")
#else
OSREF_ABSENT(SPLICE_F_MORE, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
