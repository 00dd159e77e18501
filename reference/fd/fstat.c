/* os.fstat(fd): the stat_result of reference/files/ (osref/files.h). */
#include <errno.h>
#include <sys/stat.h>
#include "osref/files.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

osref_value *osref_fstat(int fd, osref_error *err)
{
  struct stat st;
  long r = OSREF_RETRY(fstat(fd, &st));
  if (r < 0)
    return osref_set_errno(err, (int)r);
  return osref_stat_result_from(&st);
}

static osref_value *call_fstat(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("fstat", "fd", argv[0], &fd, err))
    return NULL;
  return osref_fstat(fd, err);
}

static const osref_param fstat_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(fstat, "File Descriptor Operations", fstat_params, call_fstat)
