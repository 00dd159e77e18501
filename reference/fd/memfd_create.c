/* os.memfd_create(name[, flags=os.MFD_CLOEXEC]) */
#include <errno.h>
#include <sys/mman.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_MEMFD_CREATE
int osref_memfd_create(const char *name, unsigned flags, osref_error *err)
{
  /* The flags are the caller's: MFD_CLOEXEC is the default, not forced. */
  int fd = memfd_create(name, flags);
  return fd < 0 ? osref_fail(-errno, err) : fd;
}

static osref_value *call_memfd_create(osref_value *const *argv, osref_error *err)
{
  osref_path name;
  int64_t flags = MFD_CLOEXEC;
  /* flags is converted bitwise (as an unsigned mask), as CPython does. */
  if ((argv[1] && !osref_arg_int_range("memfd_create", "flags", argv[1], INT32_MIN, UINT32_MAX,
                                       &flags, err))
      || !osref_arg_path("memfd_create", "name", argv[0], false, false, &name, err))
    return NULL;
  osref_value *r = osref_int_result(osref_memfd_create(name.name, (unsigned)flags, err));
  osref_path_release(&name);
  return r;
}

static const osref_param memfd_create_params[] = {
  {"name", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"flags", "os.MFD_CLOEXEC", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(memfd_create, "Files and Directories", memfd_create_params, call_memfd_create)
#else
OSREF_ABSENT(memfd_create, "Files and Directories", OSREF_FUNCTION, "not in this libc (HAVE_MEMFD_CREATE unset)")
#endif
