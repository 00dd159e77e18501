/* os.major: the major number of a raw device number (st_dev, st_rdev). */
#include "config.h"
#include <sys/types.h>
#include <sys/sysmacros.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_DEVICE_MACROS
uint64_t osref_major(uint64_t device) { return major((dev_t)device); }

static osref_value *call_major(osref_value *const *argv, osref_error *err)
{
  int64_t d;
  if (!osref_arg_int_range("major", "device", argv[0], 0, INT64_MAX, &d, err)) return NULL;
  return osref_int((int64_t)osref_major((uint64_t)d));
}

static const osref_param major_params[] = { {"device", NULL, OSREF_POSITIONAL_ONLY} };
OSREF_FUNCTION(major, OSREF_SECTION_FILES, major_params, call_major)
#else
OSREF_ABSENT(major, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_DEVICE_MACROS unset)")
#endif
