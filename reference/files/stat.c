/* os.stat and os.lstat: a stat_result for a path (relative to dir_fd) or
 * an fd; lstat is stat with follow_symlinks=False. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "internal/entry.h"
#include "internal/files.h"

osref_value *osref_stat(const osref_at *f, osref_error *err)
{
  struct stat st;
  long r;
  if (!f->path) r = OSREF_RETRY(fstat(f->fd, &st));
#ifdef HAVE_FSTATAT
  else r = OSREF_RETRY(fstatat(f->dir_fd, f->path, &st, f->follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW));
#else
  else if (!f->follow_symlinks) r = OSREF_RETRY(lstat(f->path, &st));
  else r = OSREF_RETRY(stat(f->path, &st));
#endif
  if (r < 0) return osref_set_errno(err, (int)-r);
  return osref_stat_result_from(&st);
}

static osref_value *stat_with(const char *fn, const osref_value *path, const osref_value *dir_fd,
                              const osref_value *follow, unsigned features, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_target_init(&t, fn, "path", path, dir_fd, follow, features, err)) return NULL;
  osref_value *r = osref_stat(&t.at, err);
  osref_files_target_release(&t);
  return r;
}

static osref_value *call_stat(osref_value *const *argv, osref_error *err)
{
  return stat_with("stat", argv[0], argv[1], argv[2],
                   OSREF_FILES_FD | OSREF_FILES_DIR_FD | OSREF_FILES_NOFOLLOW, err);
}

static osref_value *call_lstat(osref_value *const *argv, osref_error *err)
{
  /* On a platform without symlinks lstat is stat: follow_symlinks=False
   * is then not refused. */
  return stat_with("lstat", argv[0], argv[1], &osref_files_false,
                   OSREF_FILES_DIR_FD | OSREF_FILES_NOFOLLOW | OSREF_FILES_TRY_NOFOLLOW, err);
}

static const osref_param stat_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(stat, OSREF_SECTION_FILES, stat_params, call_stat)

static const osref_param lstat_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(lstat, OSREF_SECTION_FILES, lstat_params, call_lstat)
