/* os.readlink: the target of a symlink, str or bytes as the path. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_READLINK
osref_value *osref_readlink(const char *path, int dir_fd, bool as_bytes, osref_error *err)
{
  /* The target may be longer than any fixed buffer: grow until it fits. */
  for (size_t size = 256;; size *= 2) {
    char *buf = malloc(size);
    if (!buf) return osref_set_errno(err, ENOMEM);
#ifdef HAVE_READLINKAT
    long n = OSREF_RETRY(readlinkat(dir_fd, path, buf, size));
#else
    (void)dir_fd;
    long n = OSREF_RETRY(readlink(path, buf, size));
#endif
    if (n >= 0 && (size_t)n < size) {
      osref_value *r = as_bytes ? osref_bytes(buf, (size_t)n) : osref_strn(buf, (size_t)n);
      free(buf);
      return r;
    }
    free(buf);
    if (n < 0) return osref_set_errno(err, (int)-n);
  }
}

static osref_value *call_readlink(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_target_init(&t, "readlink", "path", argv[0], argv[1], NULL, OSREF_FILES_DIR_FD, err))
    return NULL;
  osref_value *r = osref_readlink(t.at.path, t.at.dir_fd, t.path.is_bytes, err);
  osref_files_target_release(&t);
  return r;
}

static const osref_param readlink_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(readlink, OSREF_SECTION_FILES, readlink_params, call_readlink)
#else
OSREF_ABSENT(readlink, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_READLINK unset)")
#endif
