/* statvfs_result: the struct sequence of statvfs and fstatvfs. f_fsid is
 * named only (added in 3.7), as in CPython. */
#include <sys/statvfs.h>
#include "internal/entry.h"
#include "internal/files.h"

static const char *const statvfs_fields[] = {
  "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
  "f_favail", "f_flag", "f_namemax", "f_fsid",
};

osref_value *osref_statvfs_result_from(const struct statvfs *st)
{
  osref_value *r = osref_struct("statvfs_result", statvfs_fields,
                                OSREF_PARAMS_LEN(statvfs_fields), 10);
  if (!r) return NULL;
  const unsigned long values[] = {
    st->f_bsize, st->f_frsize, st->f_blocks, st->f_bfree, st->f_bavail, st->f_files,
    st->f_ffree, st->f_favail, st->f_flag, st->f_namemax, st->f_fsid,
  };
  for (size_t i = 0; i < OSREF_PARAMS_LEN(values); i++) osref_seq_set(r, i, osref_int((int64_t)values[i]));
  return r;
}
