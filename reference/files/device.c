/* os.major, os.minor and os.makedev: raw device numbers. */
#include "config.h"
#include <sys/types.h>
#include <sys/sysmacros.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_DEVICE_MACROS
uint64_t osref_major(uint64_t device) { return major((dev_t)device); }
uint64_t osref_minor(uint64_t device) { return minor((dev_t)device); }
uint64_t osref_makedev(uint64_t maj, uint64_t min) { return makedev(maj, min); }

/* A dev_t argument: OverflowError outside its range, as CPython. */
static bool arg_dev(const char *fn, const char *arg, const osref_value *v, int64_t *out,
                    osref_error *err)
{
  return osref_arg_int_range(fn, arg, v, 0, INT64_MAX, out, err);
}

static osref_value *call_major(osref_value *const *argv, osref_error *err)
{
  int64_t d;
  return arg_dev("major", "device", argv[0], &d, err) ? osref_int((int64_t)osref_major(d)) : NULL;
}

static osref_value *call_minor(osref_value *const *argv, osref_error *err)
{
  int64_t d;
  return arg_dev("minor", "device", argv[0], &d, err) ? osref_int((int64_t)osref_minor(d)) : NULL;
}

static osref_value *call_makedev(osref_value *const *argv, osref_error *err)
{
  int64_t maj, min;
  if (!osref_arg_int_range("makedev", "major", argv[0], 0, UINT32_MAX, &maj, err)
      || !osref_arg_int_range("makedev", "minor", argv[1], 0, UINT32_MAX, &min, err))
    return NULL;
  return osref_int((int64_t)osref_makedev(maj, min));
}

static const osref_param major_params[] = { {"device", NULL, OSREF_POSITIONAL_ONLY} };
static const osref_param minor_params[] = { {"device", NULL, OSREF_POSITIONAL_ONLY} };
static const osref_param makedev_params[] = {
  {"major", NULL, OSREF_POSITIONAL_ONLY},
  {"minor", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(major, OSREF_SECTION_FILES, major_params, call_major)
OSREF_FUNCTION(minor, OSREF_SECTION_FILES, minor_params, call_minor)
OSREF_FUNCTION(makedev, OSREF_SECTION_FILES, makedev_params, call_makedev)
#else
OSREF_ABSENT(major, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_DEVICE_MACROS unset)")
OSREF_ABSENT(minor, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_DEVICE_MACROS unset)")
OSREF_ABSENT(makedev, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_DEVICE_MACROS unset)")
#endif
