/* EFD_*: the flags of os.eventfd. */
#include "config.h"
#ifdef HAVE_EVENTFD
#include <sys/eventfd.h>
#endif
#include "internal/entry.h"

#ifdef EFD_CLOEXEC
OSREF_INT_CONSTANT(EFD_CLOEXEC, "Files and Directories")
#else
OSREF_ABSENT(EFD_CLOEXEC, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef EFD_NONBLOCK
OSREF_INT_CONSTANT(EFD_NONBLOCK, "Files and Directories")
#else
OSREF_ABSENT(EFD_NONBLOCK, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef EFD_SEMAPHORE
OSREF_INT_CONSTANT(EFD_SEMAPHORE, "Files and Directories")
#else
OSREF_ABSENT(EFD_SEMAPHORE, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
