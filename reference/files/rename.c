/* os.rename and os.replace: on POSIX both are rename(2), which replaces
 * an existing file or empty directory atomically. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include "internal/entry.h"
#include "internal/files.h"

int osref_rename(const char *src, int src_dir_fd, const char *dst, int dst_dir_fd, osref_error *err)
{
#ifdef HAVE_RENAMEAT
  long r = OSREF_RETRY(renameat(src_dir_fd, src, dst_dir_fd, dst));
#else
  (void)src_dir_fd, (void)dst_dir_fd;
  long r = OSREF_RETRY(rename(src, dst));
#endif
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *rename_as(const char *fn, osref_value *const *argv, osref_error *err)
{
  osref_files_target src, dst;
  if (!osref_files_target_init(&src, fn, "src", argv[0], argv[2], NULL, OSREF_FILES_DIR_FD, err))
    return NULL;
  osref_value *r = NULL;
  if (osref_files_target_init(&dst, fn, "dst", argv[1], argv[3], NULL, OSREF_FILES_DIR_FD, err)) {
    r = osref_none_result(osref_rename(src.at.path, src.at.dir_fd, dst.at.path, dst.at.dir_fd, err));
    osref_files_target_release(&dst);
  }
  osref_files_target_release(&src);
  return r;
}

static osref_value *call_rename(osref_value *const *argv, osref_error *err)
{
  return rename_as("rename", argv, err);
}

static osref_value *call_replace(osref_value *const *argv, osref_error *err)
{
  return rename_as("replace", argv, err);
}

static const osref_param rename_params[] = {
  {"src", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dst", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"src_dir_fd", "None", OSREF_KEYWORD_ONLY},
  {"dst_dir_fd", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(rename, OSREF_SECTION_FILES, rename_params, call_rename)
OSREF_FUNCTION(replace, OSREF_SECTION_FILES, rename_params, call_replace)
