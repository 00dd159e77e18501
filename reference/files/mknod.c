/* os.mknod: a file, device special file or named pipe, by mode's type. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_MKNOD
int osref_mknod(const char *path, mode_t mode, dev_t device, int dir_fd, osref_error *err)
{
#ifdef HAVE_MKNODAT
  long r = OSREF_RETRY(mknodat(dir_fd, path, mode, device));
#else
  (void)dir_fd;
  long r = OSREF_RETRY(mknod(path, mode, device));
#endif
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_mknod(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  int64_t mode = 0600, device = 0;
  if (!osref_files_target_init(&t, "mknod", "path", argv[0], argv[3], NULL, OSREF_FILES_DIR_FD, err))
    return NULL;
  osref_value *r = NULL;
  if ((!argv[1] || osref_arg_int_range("mknod", "mode", argv[1], INT32_MIN, INT32_MAX, &mode, err))
      && (!argv[2] || osref_arg_int_range("mknod", "device", argv[2], 0, INT64_MAX, &device, err)))
    r = osref_none_result(osref_mknod(t.at.path, (mode_t)mode, (dev_t)device, t.at.dir_fd, err));
  osref_files_target_release(&t);
  return r;
}

static const osref_param mknod_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"mode", "0o600", OSREF_POSITIONAL_OR_KEYWORD},
  {"device", "0", OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(mknod, OSREF_SECTION_FILES, mknod_params, call_mknod)
#else
OSREF_ABSENT(mknod, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_MKNOD unset)")
#endif
