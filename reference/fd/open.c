/* os.open(path, flags, mode=0o777, *, dir_fd=None) */
#include <errno.h>
#include <fcntl.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

int osref_open(const char *path, int flags, mode_t mode, int dir_fd, osref_error *err)
{
  /* O_CLOEXEC: the new fd is non-inheritable, atomically. */
#ifdef HAVE_OPENAT
  long r = OSREF_RETRY(openat(dir_fd, path, flags | O_CLOEXEC, mode));
#else
  /* osref_arg_dir_fd has refused any dir_fd but None on such a build. */
  (void)dir_fd;
  long r = OSREF_RETRY(open(path, flags | O_CLOEXEC, mode));
#endif
  return r < 0 ? osref_fail(r, err) : (int)r;
}

static osref_value *call_open(osref_value *const *argv, osref_error *err)
{
  osref_path path;
  int flags, mode = 0777, dir_fd;
  if (!osref_arg_path("open", "path", argv[0], false, false, &path, err))
    return NULL;
  osref_value *r = NULL;
  if (osref_fd_arg_cint("open", "flags", argv[1], &flags, err)
      && (!argv[2] || osref_fd_arg_cint("open", "mode", argv[2], &mode, err))
      && osref_arg_dir_fd("open", argv[3], &dir_fd, err))
    r = osref_int_result(osref_open(path.name, flags, (mode_t)mode, dir_fd, err));
  osref_path_release(&path);
  return r;
}

static const osref_param open_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"flags", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"mode", "0o777", OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(open, "File Descriptor Operations", open_params, call_open)
