/* os.chown and os.lchown. An id of -1 leaves it unchanged. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

int osref_chown(const osref_at *f, uid_t uid, gid_t gid, osref_error *err)
{
  long r;
  if (!f->path) r = OSREF_RETRY(fchown(f->fd, uid, gid));
#ifdef HAVE_LCHOWN
  else if (!f->follow_symlinks && f->dir_fd == AT_FDCWD) r = OSREF_RETRY(lchown(f->path, uid, gid));
#endif
#ifdef HAVE_FCHOWNAT
  else if (f->dir_fd != AT_FDCWD || !f->follow_symlinks)
    r = OSREF_RETRY(fchownat(f->dir_fd, f->path, uid, gid, f->follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW));
#endif
  else r = OSREF_RETRY(chown(f->path, uid, gid));
  return r < 0 ? osref_fail(r, err) : 0;
}

/* uid and gid: -1 (unchanged) or an id; OverflowError outside. */
static bool arg_id(const char *fn, const char *arg, const osref_value *v, uint32_t *out,
                   osref_error *err)
{
  int64_t id;
  if (!osref_arg_int_range(fn, arg, v, -1, UINT32_MAX - 1, &id, err)) return false;
  *out = (uint32_t)id;
  return true;
}

static osref_value *chown_with(const char *fn, osref_value *const *argv, const osref_value *dir_fd,
                               const osref_value *follow, unsigned features, osref_error *err)
{
  osref_files_target t;
  uint32_t uid, gid;
  if (!osref_files_target_init(&t, fn, "path", argv[0], dir_fd, follow, features, err)) return NULL;
  osref_value *r = NULL;
  if (arg_id(fn, "uid", argv[1], &uid, err) && arg_id(fn, "gid", argv[2], &gid, err))
    r = osref_none_result(osref_chown(&t.at, uid, gid, err));
  osref_files_target_release(&t);
  return r;
}

static osref_value *call_chown(osref_value *const *argv, osref_error *err)
{
  return chown_with("chown", argv, argv[3], argv[4],
                    OSREF_FILES_FD | OSREF_FILES_DIR_FD | OSREF_FILES_NOFOLLOW, err);
}

static const osref_param chown_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"uid", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"gid", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(chown, OSREF_SECTION_FILES, chown_params, call_chown)

#if defined(HAVE_LCHOWN) || defined(HAVE_FCHOWNAT)
static osref_value *call_lchown(osref_value *const *argv, osref_error *err)
{
  return chown_with("lchown", argv, NULL, &osref_files_false, OSREF_FILES_NOFOLLOW | OSREF_FILES_TRY_NOFOLLOW, err);
}

static const osref_param lchown_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"uid", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"gid", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(lchown, OSREF_SECTION_FILES, lchown_params, call_lchown)
#else
OSREF_ABSENT(lchown, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_LCHOWN unset)")
#endif
