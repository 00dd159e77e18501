/* os.rmdir: FileNotFoundError if missing, OSError (ENOTEMPTY) if not empty. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

int osref_rmdir(const char *path, int dir_fd, osref_error *err)
{
#ifdef HAVE_UNLINKAT
  long r = OSREF_RETRY(unlinkat(dir_fd, path, AT_REMOVEDIR));
#else
  (void)dir_fd;
  long r = OSREF_RETRY(rmdir(path));
#endif
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_rmdir(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_target_init(&t, "rmdir", "path", argv[0], argv[1], NULL, OSREF_FILES_DIR_FD, err))
    return NULL;
  osref_value *r = osref_none_result(osref_rmdir(t.at.path, t.at.dir_fd, err));
  osref_files_target_release(&t);
  return r;
}

static const osref_param rmdir_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(rmdir, OSREF_SECTION_FILES, rmdir_params, call_rmdir)
