/* GRND_NONBLOCK and GRND_RANDOM, the flags of getrandom(). */
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#ifdef HAVE_GETRANDOM
#include <sys/random.h>
#endif

#ifdef GRND_NONBLOCK
OSREF_INT_CONSTANT(GRND_NONBLOCK, OSREF_SECT_RANDOM)
#else
OSREF_ABSENT(GRND_NONBLOCK, OSREF_SECT_RANDOM, OSREF_DATA, "not defined by this libc")
#endif

#ifdef GRND_RANDOM
OSREF_INT_CONSTANT(GRND_RANDOM, OSREF_SECT_RANDOM)
#else
OSREF_ABSENT(GRND_RANDOM, OSREF_SECT_RANDOM, OSREF_DATA, "not defined by this libc")
#endif
