/* os.remove and os.unlink: semantically identical. A directory raises
 * OSError (IsADirectoryError on Linux: EISDIR). */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

int osref_unlink(const char *path, int dir_fd, osref_error *err)
{
#ifdef HAVE_UNLINKAT
  long r = OSREF_RETRY(unlinkat(dir_fd, path, 0));
#else
  (void)dir_fd;
  long r = OSREF_RETRY(unlink(path));
#endif
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *unlink_as(const char *fn, osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_target_init(&t, fn, "path", argv[0], argv[1], NULL, OSREF_FILES_DIR_FD, err))
    return NULL;
  osref_value *r = osref_none_result(osref_unlink(t.at.path, t.at.dir_fd, err));
  osref_files_target_release(&t);
  return r;
}

static osref_value *call_unlink(osref_value *const *argv, osref_error *err)
{
  return unlink_as("unlink", argv, err);
}

static osref_value *call_remove(osref_value *const *argv, osref_error *err)
{
  return unlink_as("remove", argv, err);
}

static const osref_param unlink_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(unlink, OSREF_SECTION_FILES, unlink_params, call_unlink)
OSREF_FUNCTION(remove, OSREF_SECTION_FILES, unlink_params, call_remove)
