/* os.access: True if allowed, False if not. Like CPython, any failure of
 * the system call reads as "not allowed"; only unavailable features raise. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

int osref_access(const osref_at *f, int mode, bool effective_ids, osref_error *err)
{
#ifdef HAVE_FACCESSAT
  (void)err;
  int flags = (f->follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW) | (effective_ids ? AT_EACCESS : 0);
  return faccessat(f->dir_fd, f->path, mode, flags) == 0;
#else
  if (effective_ids) {
    osref_files_unavailable("access", "effective_ids", err);
    return -1;
  }
  return access(f->path, mode) == 0;
#endif
}

static osref_value *call_access(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  int64_t mode;
  if (!osref_files_target_init(&t, "access", "path", argv[0], argv[2], argv[4],
                               OSREF_FILES_DIR_FD | OSREF_FILES_NOFOLLOW, err))
    return NULL;
  osref_value *r = NULL;
  bool effective = osref_arg_bool(argv[3], false);
  if (!osref_arg_int_range("access", "mode", argv[1], INT32_MIN, INT32_MAX, &mode, err)) goto out;
  if (effective && !osref_supports_has(OSREF_SUPPORTS_EFFECTIVE_IDS, "access")) {
    osref_files_unavailable("access", "effective_ids", err);
    goto out;
  }
  int allowed = osref_access(&t.at, (int)mode, effective, err);
  if (allowed >= 0) r = osref_bool(allowed);
out:
  osref_files_target_release(&t);
  return r;
}

static const osref_param access_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"mode", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
  {"effective_ids", "False", OSREF_KEYWORD_ONLY},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(access, OSREF_SECTION_FILES, access_params, call_access)
