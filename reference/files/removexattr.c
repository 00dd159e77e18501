/* os.removexattr: removes an extended attribute (ENODATA if missing). */
#include "config.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_XATTR
#include <sys/xattr.h>

int osref_removexattr(const osref_at *f, const char *attribute, osref_error *err)
{
  long r = OSREF_RETRY(OSREF_XATTR_CALL(f, fremovexattr(f->fd, attribute), lremovexattr(f->path, attribute),
                                        removexattr(f->path, attribute)));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_removexattr(osref_value *const *argv, osref_error *err)
{
  osref_xattr_args a;
  if (!osref_xattr_args_init(&a, "removexattr", argv[0], argv[1], argv[2], err)) return NULL;
  osref_value *r = osref_none_result(osref_removexattr(&a.t.at, a.attr.name, err));
  osref_xattr_args_release(&a);
  return r;
}

static const osref_param removexattr_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"attribute", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(removexattr, OSREF_SECTION_XATTR, removexattr_params, call_removexattr)
#else
OSREF_ABSENT(removexattr, OSREF_SECTION_XATTR, OSREF_FUNCTION, "not in this libc (HAVE_XATTR unset)")
#endif
