/* os.mkdir: FileExistsError if path exists, FileNotFoundError if a parent
 * is missing; the umask is applied to mode by the system. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "internal/entry.h"
#include "internal/files.h"

int osref_mkdir(const char *path, mode_t mode, int dir_fd, osref_error *err)
{
#ifdef HAVE_MKDIRAT
  long r = OSREF_RETRY(mkdirat(dir_fd, path, mode));
#else
  (void)dir_fd;
  long r = OSREF_RETRY(mkdir(path, mode));
#endif
  return r < 0 ? osref_fail(r, err) : 0;
}

/* The (path, mode=..., *, dir_fd=None) shape of mkdir and mkfifo. */
bool osref_files_path_mode(osref_files_target *t, const char *fn, osref_value *const *argv,
                           mode_t dflt, mode_t *mode, osref_error *err)
{
  int64_t m = dflt;
  if (!osref_files_target_init(t, fn, "path", argv[0], argv[2], NULL, OSREF_FILES_DIR_FD, err))
    return false;
  if (argv[1] && !osref_arg_int_range(fn, "mode", argv[1], INT32_MIN, INT32_MAX, &m, err)) {
    osref_files_target_release(t);
    return false;
  }
  *mode = (mode_t)m;
  return true;
}

static osref_value *call_mkdir(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  mode_t mode;
  if (!osref_files_path_mode(&t, "mkdir", argv, 0777, &mode, err)) return NULL;
  osref_value *r = osref_none_result(osref_mkdir(t.at.path, mode, t.at.dir_fd, err));
  osref_files_target_release(&t);
  return r;
}

static const osref_param mkdir_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"mode", "0o777", OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(mkdir, OSREF_SECTION_FILES, mkdir_params, call_mkdir)
