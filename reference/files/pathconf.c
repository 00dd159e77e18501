/* os.pathconf: a configuration value for a path or fd. -1 without an
 * error means "no limit"; an unsupported name raises OSError(EINVAL). */
#include "config.h"
#include <errno.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_PATHCONF
int osref_pathconf(const osref_at *f, int name, long *out, osref_error *err)
{
  errno = 0;
#ifdef HAVE_FPATHCONF
  if (!f->path) *out = fpathconf(f->fd, name);
  else
#endif
  *out = pathconf(f->path, name);
  if (*out == -1 && errno) return osref_fail(-errno, err);
  return 0;
}

static osref_value *call_pathconf(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  int name;
  long value;
  if (!osref_files_target_init(&t, "pathconf", "path", argv[0], NULL, NULL, OSREF_FILES_FD, err))
    return NULL;
  osref_value *r = NULL;
  if (osref_files_confname("pathconf", argv[1], &name, err) && osref_pathconf(&t.at, name, &value, err) == 0)
    r = osref_int(value);
  osref_files_target_release(&t);
  return r;
}

static const osref_param pathconf_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"name", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(pathconf, OSREF_SECTION_FILES, pathconf_params, call_pathconf)
#else
OSREF_ABSENT(pathconf, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_PATHCONF unset)")
#endif
