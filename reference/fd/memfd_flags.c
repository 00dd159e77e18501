/* MFD_*: the flags of os.memfd_create. The MFD_HUGE_* sizes come from
 * <linux/memfd.h> where the build has it (Linux >= 4.14 headers). */
#include <sys/mman.h>
#include "config.h"
#ifdef HAVE_LINUX_MEMFD_H
#include <linux/memfd.h>
#endif
#include "internal/entry.h"

#ifdef MFD_CLOEXEC
OSREF_INT_CONSTANT(MFD_CLOEXEC, "Files and Directories")
#else
OSREF_ABSENT(MFD_CLOEXEC, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_ALLOW_SEALING
OSREF_INT_CONSTANT(MFD_ALLOW_SEALING, "Files and Directories")
#else
OSREF_ABSENT(MFD_ALLOW_SEALING, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGETLB
OSREF_INT_CONSTANT(MFD_HUGETLB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGETLB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_SHIFT
OSREF_INT_CONSTANT(MFD_HUGE_SHIFT, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_SHIFT, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_MASK
OSREF_INT_CONSTANT(MFD_HUGE_MASK, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_MASK, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_64KB
OSREF_INT_CONSTANT(MFD_HUGE_64KB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_64KB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_512KB
OSREF_INT_CONSTANT(MFD_HUGE_512KB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_512KB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_1MB
OSREF_INT_CONSTANT(MFD_HUGE_1MB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_1MB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_2MB
OSREF_INT_CONSTANT(MFD_HUGE_2MB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_2MB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_8MB
OSREF_INT_CONSTANT(MFD_HUGE_8MB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_8MB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_16MB
OSREF_INT_CONSTANT(MFD_HUGE_16MB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_16MB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_32MB
OSREF_INT_CONSTANT(MFD_HUGE_32MB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_32MB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_256MB
OSREF_INT_CONSTANT(MFD_HUGE_256MB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_256MB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_512MB
OSREF_INT_CONSTANT(MFD_HUGE_512MB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_512MB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_1GB
OSREF_INT_CONSTANT(MFD_HUGE_1GB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_1GB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_2GB
OSREF_INT_CONSTANT(MFD_HUGE_2GB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_2GB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
#ifdef MFD_HUGE_16GB
OSREF_INT_CONSTANT(MFD_HUGE_16GB, "Files and Directories")
#else
OSREF_ABSENT(MFD_HUGE_16GB, "Files and Directories", OSREF_DATA, "not defined by this libc")
#endif
