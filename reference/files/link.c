/* os.link: a hard link named dst to src. With linkat, follow_symlinks
 * decides whether a symlink src is followed (AT_SYMLINK_FOLLOW). */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_LINK
int osref_link(const char *src, int src_dir_fd, const char *dst, int dst_dir_fd,
               bool follow_symlinks, osref_error *err)
{
#ifdef HAVE_LINKAT
  long r = OSREF_RETRY(linkat(src_dir_fd, src, dst_dir_fd, dst, follow_symlinks ? AT_SYMLINK_FOLLOW : 0));
#else
  (void)src_dir_fd, (void)dst_dir_fd, (void)follow_symlinks;
  long r = OSREF_RETRY(link(src, dst));
#endif
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_link(osref_value *const *argv, osref_error *err)
{
  osref_files_target src, dst;
  if (!osref_files_target_init(&src, "link", "src", argv[0], argv[2], argv[4],
                               OSREF_FILES_DIR_FD | OSREF_FILES_NOFOLLOW, err))
    return NULL;
  osref_value *r = NULL;
  if (osref_files_target_init(&dst, "link", "dst", argv[1], argv[3], NULL, OSREF_FILES_DIR_FD, err)) {
    r = osref_none_result(osref_link(src.at.path, src.at.dir_fd, dst.at.path, dst.at.dir_fd,
                                    src.at.follow_symlinks, err));
    osref_files_target_release(&dst);
  }
  osref_files_target_release(&src);
  return r;
}

static const osref_param link_params[] = {
  {"src", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dst", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"src_dir_fd", "None", OSREF_KEYWORD_ONLY},
  {"dst_dir_fd", "None", OSREF_KEYWORD_ONLY},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(link, OSREF_SECTION_FILES, link_params, call_link)
#else
OSREF_ABSENT(link, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_LINK unset)")
#endif
