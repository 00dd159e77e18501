/* os.symlink: dst becomes a link to src; target_is_directory only matters
 * on Windows and is ignored here, as documented. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_SYMLINK
int osref_symlink(const char *src, const char *dst, int dir_fd, osref_error *err)
{
#ifdef HAVE_SYMLINKAT
  long r = OSREF_RETRY(symlinkat(src, dir_fd, dst));
#else
  (void)dir_fd;
  long r = OSREF_RETRY(symlink(src, dst));
#endif
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_symlink(osref_value *const *argv, osref_error *err)
{
  osref_files_target src, dst;
  if (!osref_files_target_init(&src, "symlink", "src", argv[0], NULL, NULL, 0, err)) return NULL;
  osref_value *r = NULL;
  /* dir_fd applies to dst: the link's contents are never resolved. */
  if (osref_files_target_init(&dst, "symlink", "dst", argv[1], argv[3], NULL, OSREF_FILES_DIR_FD, err)) {
    r = osref_none_result(osref_symlink(src.at.path, dst.at.path, dst.at.dir_fd, err));
    osref_files_target_release(&dst);
  }
  osref_files_target_release(&src);
  return r;
}

static const osref_param symlink_params[] = {
  {"src", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dst", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"target_is_directory", "False", OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(symlink, OSREF_SECTION_FILES, symlink_params, call_symlink)
#else
OSREF_ABSENT(symlink, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_SYMLINK unset)")
#endif
