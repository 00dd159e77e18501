/* os.getrandom(size, flags=0): up to size random bytes; fewer may come.
 * With GRND_NONBLOCK and no entropy yet: BlockingIOError (EAGAIN). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/sysinfo.h"
#ifdef HAVE_GETRANDOM
#include <sys/random.h>

osref_value *osref_getrandom(int64_t size, int flags, osref_error *err)
{
  if (size < 0) return osref_set_error(err, "ValueError", "negative argument not allowed");
  char *buf = malloc(size ? (size_t)size : 1);
  if (!buf) return osref_set_error(err, "MemoryError", "out of memory");
  long n = OSREF_RETRY(getrandom(buf, (size_t)size, (unsigned)flags));
  osref_value *r = n < 0 ? osref_set_errno(err, (int)-n) : osref_bytes(buf, (size_t)n);
  free(buf);
  return r;
}

static osref_value *call_getrandom(osref_value *const *argv, osref_error *err)
{
  int64_t size, flags = 0;
  if (!osref_arg_int_range("getrandom", "size", argv[0], INT64_MIN, INT64_MAX, &size, err) ||
      (argv[1] && !osref_arg_int_range("getrandom", "flags", argv[1], INT32_MIN, INT32_MAX, &flags, err)))
    return NULL;
  return osref_getrandom(size, (int)flags, err);
}

static const osref_param getrandom_params[] = {
  {"size", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"flags", "0", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(getrandom, OSREF_SECT_RANDOM, getrandom_params, call_getrandom)
#else
OSREF_ABSENT(getrandom, OSREF_SECT_RANDOM, OSREF_FUNCTION, "not in this libc (HAVE_GETRANDOM unset)")
#endif
