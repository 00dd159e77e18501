/* SF_*: the flags of os.sendfile (BSD and macOS define them; Linux does not). */
#include "config.h"
#ifdef HAVE_SYS_SENDFILE_H
#include <sys/sendfile.h>
#endif
#include <sys/socket.h>
#include "internal/entry.h"

#ifdef SF_NODISKIO
OSREF_INT_CONSTANT(SF_NODISKIO, "File Descriptor Operations")
#else
OSREF_ABSENT(SF_NODISKIO, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef SF_MNOWAIT
OSREF_INT_CONSTANT(SF_MNOWAIT, "File Descriptor Operations")
#else
OSREF_ABSENT(SF_MNOWAIT, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef SF_SYNC
OSREF_INT_CONSTANT(SF_SYNC, "File Descriptor Operations")
#else
OSREF_ABSENT(SF_SYNC, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
#ifdef SF_NOCACHE
OSREF_INT_CONSTANT(SF_NOCACHE, "File Descriptor Operations")
#else
OSREF_ABSENT(SF_NOCACHE, "File Descriptor Operations", OSREF_DATA, "not defined by this libc")
#endif
