/* RWF_*: the flags of os.preadv and os.pwritev. */
#include <sys/uio.h>
#include "internal/entry.h"

#ifdef RWF_NOWAIT
OSREF_INT_CONSTANT(RWF_NOWAIT, "File Descriptor Operations")
#else
OSREF_ABSENT(RWF_NOWAIT, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef RWF_HIPRI
OSREF_INT_CONSTANT(RWF_HIPRI, "File Descriptor Operations")
#else
OSREF_ABSENT(RWF_HIPRI, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef RWF_DSYNC
OSREF_INT_CONSTANT(RWF_DSYNC, "File Descriptor Operations")
#else
OSREF_ABSENT(RWF_DSYNC, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef RWF_SYNC
OSREF_INT_CONSTANT(RWF_SYNC, "File Descriptor Operations")
#else
OSREF_ABSENT(RWF_SYNC, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef RWF_APPEND
OSREF_INT_CONSTANT(RWF_APPEND, "File Descriptor Operations")
#else
OSREF_ABSENT(RWF_APPEND, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
