/* os.chdir: path, or an fd open on a directory (fchdir). */
#include "config.h"
#include <errno.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

int osref_chdir(const osref_at *f, osref_error *err)
{
  long r = f->path ? OSREF_RETRY(chdir(f->path)) : 0;
#ifdef HAVE_FCHDIR
  if (!f->path) r = OSREF_RETRY(fchdir(f->fd));
#endif
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_chdir(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_target_init(&t, "chdir", "path", argv[0], NULL, NULL, OSREF_FILES_FD, err)) return NULL;
  osref_value *r = osref_none_result(osref_chdir(&t.at, err));
  osref_files_target_release(&t);
  return r;
}

static const osref_param chdir_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(chdir, OSREF_SECTION_FILES, chdir_params, call_chdir)
