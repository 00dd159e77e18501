/* os.truncate: a path or an fd cut (or extended) to length bytes; a
 * negative length is refused by the system (EINVAL). */
#include "config.h"
#include <errno.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_TRUNCATE
int osref_truncate(const osref_at *f, int64_t length, osref_error *err)
{
  long r;
#ifdef HAVE_FTRUNCATE
  if (!f->path) r = OSREF_RETRY(ftruncate(f->fd, (off_t)length));
  else
#endif
  r = OSREF_RETRY(truncate(f->path, (off_t)length));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_truncate(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  int64_t length;
  if (!osref_files_target_init(&t, "truncate", "path", argv[0], NULL, NULL, OSREF_FILES_FD, err))
    return NULL;
  osref_value *r = NULL;
  if (osref_arg_int("truncate", "length", argv[1], &length, err))
    r = osref_none_result(osref_truncate(&t.at, length, err));
  osref_files_target_release(&t);
  return r;
}

static const osref_param truncate_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"length", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(truncate, OSREF_SECTION_FILES, truncate_params, call_truncate)
#else
OSREF_ABSENT(truncate, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_TRUNCATE unset)")
#endif
