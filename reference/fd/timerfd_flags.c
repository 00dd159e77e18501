/* TFD_*: the flags of os.timerfd_create and os.timerfd_settime. */
#include "config.h"
#ifdef HAVE_TIMERFD_CREATE
#include <sys/timerfd.h>
#endif
#include "internal/entry.h"

#ifdef TFD_NONBLOCK
OSREF_INT_CONSTANT(TFD_NONBLOCK, "Timer File Descriptors")
#else
OSREF_ABSENT(TFD_NONBLOCK, "Timer File Descriptors", OSREF_DATA, "not defined by this libc")
#endif
#ifdef TFD_CLOEXEC
OSREF_INT_CONSTANT(TFD_CLOEXEC, "Timer File Descriptors")
#else
OSREF_ABSENT(TFD_CLOEXEC, "Timer File Descriptors", OSREF_DATA, "not defined by this libc")
#endif
#ifdef TFD_TIMER_ABSTIME
OSREF_INT_CONSTANT(TFD_TIMER_ABSTIME, "Timer File Descriptors")
#else
OSREF_ABSENT(TFD_TIMER_ABSTIME, "Timer File Descriptors", OSREF_DATA, "not defined by this libc")
#endif
#ifdef TFD_TIMER_CANCEL_ON_SET
OSREF_INT_CONSTANT(TFD_TIMER_CANCEL_ON_SET, "Timer File Descriptors")
#else
OSREF_ABSENT(TFD_TIMER_CANCEL_ON_SET, "Timer File Descriptors", OSREF_DATA, "not defined by this libc")
#endif
