/* os.mkfifo: a named pipe, not opened. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_MKFIFO
int osref_mkfifo(const char *path, mode_t mode, int dir_fd, osref_error *err)
{
#ifdef HAVE_MKFIFOAT
  long r = OSREF_RETRY(mkfifoat(dir_fd, path, mode));
#else
  (void)dir_fd;
  long r = OSREF_RETRY(mkfifo(path, mode));
#endif
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_mkfifo(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  mode_t mode;
  if (!osref_files_path_mode(&t, "mkfifo", argv, 0666, &mode, err)) return NULL;
  osref_value *r = osref_none_result(osref_mkfifo(t.at.path, mode, t.at.dir_fd, err));
  osref_files_target_release(&t);
  return r;
}

static const osref_param mkfifo_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"mode", "0o666", OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(mkfifo, OSREF_SECTION_FILES, mkfifo_params, call_mkfifo)
#else
OSREF_ABSENT(mkfifo, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_MKFIFO unset)")
#endif
