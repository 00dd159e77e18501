/* os.chmod and os.lchmod. Linux cannot change a symlink's mode: fchmodat
 * with AT_SYMLINK_NOFOLLOW fails with EOPNOTSUPP on a symlink, which
 * CPython reports as NotImplementedError. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_FCHMODAT
static int fchmodat_refused(const osref_at *f, osref_error *err)
{
  if (f->dir_fd != AT_FDCWD)
    osref_set_error(err, "ValueError", "chmod: cannot use dir_fd and follow_symlinks together");
  else
    osref_files_unavailable("chmod", "follow_symlinks", err);
  return -1;
}
#endif

int osref_chmod(const osref_at *f, mode_t mode, osref_error *err)
{
  long r;
  if (!f->path) r = OSREF_RETRY(fchmod(f->fd, mode));
#ifdef HAVE_LCHMOD
  else if (!f->follow_symlinks && f->dir_fd == AT_FDCWD) r = OSREF_RETRY(lchmod(f->path, mode));
#endif
#ifdef HAVE_FCHMODAT
  else if (f->dir_fd != AT_FDCWD || !f->follow_symlinks) {
    r = OSREF_RETRY(fchmodat(f->dir_fd, f->path, mode, f->follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW));
    if ((r == -ENOTSUP || r == -EOPNOTSUPP) && !f->follow_symlinks) return fchmodat_refused(f, err);
  }
#endif
  else r = OSREF_RETRY(chmod(f->path, mode));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *chmod_with(const char *fn, osref_value *const *argv, const osref_value *dir_fd,
                               const osref_value *follow, unsigned features, osref_error *err)
{
  osref_files_target t;
  int64_t mode;
  if (!osref_files_target_init(&t, fn, "path", argv[0], dir_fd, follow, features, err)) return NULL;
  osref_value *r = NULL;
  if (osref_arg_int_range(fn, "mode", argv[1], INT32_MIN, INT32_MAX, &mode, err))
    r = osref_none_result(osref_chmod(&t.at, (mode_t)mode, err));
  osref_files_target_release(&t);
  return r;
}

static osref_value *call_chmod(osref_value *const *argv, osref_error *err)
{
  return chmod_with("chmod", argv, argv[2], argv[3],
                    OSREF_FILES_FD | OSREF_FILES_DIR_FD | OSREF_FILES_NOFOLLOW | OSREF_FILES_TRY_NOFOLLOW,
                    err);
}

static const osref_param chmod_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(chmod, OSREF_SECTION_FILES, chmod_params, call_chmod)

#ifdef HAVE_LCHMOD
static osref_value *call_lchmod(osref_value *const *argv, osref_error *err)
{
  return chmod_with("lchmod", argv, NULL, &osref_files_false, OSREF_FILES_NOFOLLOW, err);
}

static const osref_param lchmod_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(lchmod, OSREF_SECTION_FILES, lchmod_params, call_lchmod)
#else
OSREF_ABSENT(lchmod, OSREF_SECTION_FILES, OSREF_FUNCTION, "not on this system (HAVE_LCHMOD unset: Linux cannot change a symlink's mode)")
#endif
