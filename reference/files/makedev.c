/* os.makedev: a raw device number from its major and minor numbers. */
#include "config.h"
#include <sys/types.h>
#include <sys/sysmacros.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_DEVICE_MACROS
uint64_t osref_makedev(uint64_t maj, uint64_t min) { return makedev(maj, min); }

static osref_value *call_makedev(osref_value *const *argv, osref_error *err)
{
  int64_t maj, min;
  if (!osref_arg_int_range("makedev", "major", argv[0], 0, UINT32_MAX, &maj, err)
      || !osref_arg_int_range("makedev", "minor", argv[1], 0, UINT32_MAX, &min, err))
    return NULL;
  return osref_int((int64_t)osref_makedev((uint64_t)maj, (uint64_t)min));
}

static const osref_param makedev_params[] = {
  {"major", NULL, OSREF_POSITIONAL_ONLY},
  {"minor", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(makedev, OSREF_SECTION_FILES, makedev_params, call_makedev)
#else
OSREF_ABSENT(makedev, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_DEVICE_MACROS unset)")
#endif
