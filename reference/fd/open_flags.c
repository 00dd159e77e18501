/* The flags of os.open: O_RDONLY ... O_EXLOCK, in the order the doc lists them.
 * Those documented for Windows or macOS only are declared absent even where
 * glibc happens to define the macro (O_FSYNC): the doc is the spec. */
#include <fcntl.h>
#include "internal/entry.h"

#ifdef O_RDONLY
OSREF_INT_CONSTANT(O_RDONLY, "File Descriptor Operations")
#else
OSREF_ABSENT(O_RDONLY, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_WRONLY
OSREF_INT_CONSTANT(O_WRONLY, "File Descriptor Operations")
#else
OSREF_ABSENT(O_WRONLY, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_RDWR
OSREF_INT_CONSTANT(O_RDWR, "File Descriptor Operations")
#else
OSREF_ABSENT(O_RDWR, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_APPEND
OSREF_INT_CONSTANT(O_APPEND, "File Descriptor Operations")
#else
OSREF_ABSENT(O_APPEND, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_CREAT
OSREF_INT_CONSTANT(O_CREAT, "File Descriptor Operations")
#else
OSREF_ABSENT(O_CREAT, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_EXCL
OSREF_INT_CONSTANT(O_EXCL, "File Descriptor Operations")
#else
OSREF_ABSENT(O_EXCL, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_TRUNC
OSREF_INT_CONSTANT(O_TRUNC, "File Descriptor Operations")
#else
OSREF_ABSENT(O_TRUNC, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_DSYNC
OSREF_INT_CONSTANT(O_DSYNC, "File Descriptor Operations")
#else
OSREF_ABSENT(O_DSYNC, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_RSYNC
OSREF_INT_CONSTANT(O_RSYNC, "File Descriptor Operations")
#else
OSREF_ABSENT(O_RSYNC, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_SYNC
OSREF_INT_CONSTANT(O_SYNC, "File Descriptor Operations")
#else
OSREF_ABSENT(O_SYNC, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_NDELAY
OSREF_INT_CONSTANT(O_NDELAY, "File Descriptor Operations")
#else
OSREF_ABSENT(O_NDELAY, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_NONBLOCK
OSREF_INT_CONSTANT(O_NONBLOCK, "File Descriptor Operations")
#else
OSREF_ABSENT(O_NONBLOCK, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_NOCTTY
OSREF_INT_CONSTANT(O_NOCTTY, "File Descriptor Operations")
#else
OSREF_ABSENT(O_NOCTTY, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_CLOEXEC
OSREF_INT_CONSTANT(O_CLOEXEC, "File Descriptor Operations")
#else
OSREF_ABSENT(O_CLOEXEC, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
OSREF_ABSENT(O_BINARY, "File Descriptor Operations", OSREF_DATA, "documented for Windows only")
OSREF_ABSENT(O_NOINHERIT, "File Descriptor Operations", OSREF_DATA, "documented for Windows only")
OSREF_ABSENT(O_SHORT_LIVED, "File Descriptor Operations", OSREF_DATA, "documented for Windows only")
OSREF_ABSENT(O_TEMPORARY, "File Descriptor Operations", OSREF_DATA, "documented for Windows only")
OSREF_ABSENT(O_RANDOM, "File Descriptor Operations", OSREF_DATA, "documented for Windows only")
OSREF_ABSENT(O_SEQUENTIAL, "File Descriptor Operations", OSREF_DATA, "documented for Windows only")
OSREF_ABSENT(O_TEXT, "File Descriptor Operations", OSREF_DATA, "documented for Windows only")
OSREF_ABSENT(O_EVTONLY, "File Descriptor Operations", OSREF_DATA, "documented for macOS only")
OSREF_ABSENT(O_FSYNC, "File Descriptor Operations", OSREF_DATA, "documented for macOS only")
OSREF_ABSENT(O_SYMLINK, "File Descriptor Operations", OSREF_DATA, "documented for macOS only")
OSREF_ABSENT(O_NOFOLLOW_ANY, "File Descriptor Operations", OSREF_DATA, "documented for macOS only")
#ifdef O_ASYNC
OSREF_INT_CONSTANT(O_ASYNC, "File Descriptor Operations")
#else
OSREF_ABSENT(O_ASYNC, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_DIRECT
OSREF_INT_CONSTANT(O_DIRECT, "File Descriptor Operations")
#else
OSREF_ABSENT(O_DIRECT, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_DIRECTORY
OSREF_INT_CONSTANT(O_DIRECTORY, "File Descriptor Operations")
#else
OSREF_ABSENT(O_DIRECTORY, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_NOFOLLOW
OSREF_INT_CONSTANT(O_NOFOLLOW, "File Descriptor Operations")
#else
OSREF_ABSENT(O_NOFOLLOW, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_NOATIME
OSREF_INT_CONSTANT(O_NOATIME, "File Descriptor Operations")
#else
OSREF_ABSENT(O_NOATIME, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_PATH
OSREF_INT_CONSTANT(O_PATH, "File Descriptor Operations")
#else
OSREF_ABSENT(O_PATH, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_TMPFILE
OSREF_INT_CONSTANT(O_TMPFILE, "File Descriptor Operations")
#else
OSREF_ABSENT(O_TMPFILE, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_SHLOCK
OSREF_INT_CONSTANT(O_SHLOCK, "File Descriptor Operations")
#else
OSREF_ABSENT(O_SHLOCK, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef O_EXLOCK
OSREF_INT_CONSTANT(O_EXLOCK, "File Descriptor Operations")
#else
OSREF_ABSENT(O_EXLOCK, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
