/* os.fstatvfs(fd, /): the statvfs_result of reference/files/ (osref/files.h). */
#include <errno.h>
#include <sys/statvfs.h>
#include "config.h"
#include "osref/files.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_FSTATVFS
osref_value *osref_fstatvfs(int fd, osref_error *err)
{
  struct statvfs st;
  long r = OSREF_RETRY(fstatvfs(fd, &st));
  if (r < 0)
    return osref_set_errno(err, (int)r);
  return osref_statvfs_result_from(&st);
}

static osref_value *call_fstatvfs(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("fstatvfs", "fd", argv[0], &fd, err))
    return NULL;
  return osref_fstatvfs(fd, err);
}

static const osref_param fstatvfs_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(fstatvfs, "File Descriptor Operations", fstatvfs_params, call_fstatvfs)
#else
OSREF_ABSENT(fstatvfs, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_FSTATVFS unset)")
#endif
