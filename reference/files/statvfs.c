/* os.statvfs: a statvfs_result for a path or an fd. */
#include "config.h"
#include <errno.h>
#include <sys/statvfs.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_STATVFS
osref_value *osref_statvfs(const osref_at *f, osref_error *err)
{
  struct statvfs st;
  long r;
#ifdef HAVE_FSTATVFS
  if (!f->path) r = OSREF_RETRY(fstatvfs(f->fd, &st));
  else
#endif
  r = OSREF_RETRY(statvfs(f->path, &st));
  if (r < 0) return osref_set_errno(err, (int)-r);
  return osref_statvfs_result_from(&st);
}

static osref_value *call_statvfs(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_target_init(&t, "statvfs", "path", argv[0], NULL, NULL, OSREF_FILES_FD, err))
    return NULL;
  osref_value *r = osref_statvfs(&t.at, err);
  osref_files_target_release(&t);
  return r;
}

static const osref_param statvfs_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(statvfs, OSREF_SECTION_FILES, statvfs_params, call_statvfs)
#else
OSREF_ABSENT(statvfs, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_STATVFS unset)")
#endif
