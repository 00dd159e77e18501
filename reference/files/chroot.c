/* os.chroot. */
#include "config.h"
#include <errno.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_CHROOT
int osref_chroot(const char *path, osref_error *err)
{
  long r = OSREF_RETRY(chroot(path));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_chroot(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_target_init(&t, "chroot", "path", argv[0], NULL, NULL, 0, err)) return NULL;
  osref_value *r = osref_none_result(osref_chroot(t.at.path, err));
  osref_files_target_release(&t);
  return r;
}

static const osref_param chroot_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(chroot, OSREF_SECTION_FILES, chroot_params, call_chroot)
#else
OSREF_ABSENT(chroot, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_CHROOT unset)")
#endif
