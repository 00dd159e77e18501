/* os.setxattr: sets an extended attribute; XATTR_CREATE refuses an existing
 * one (EEXIST), XATTR_REPLACE a missing one (ENODATA). */
#include "config.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_XATTR
#include <sys/xattr.h>

int osref_setxattr(const osref_at *f, const char *attribute, const void *value, size_t len,
                   int flags, osref_error *err)
{
  long r = OSREF_RETRY(OSREF_XATTR_CALL(f, fsetxattr(f->fd, attribute, value, len, flags),
                                        lsetxattr(f->path, attribute, value, len, flags),
                                        setxattr(f->path, attribute, value, len, flags)));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_setxattr(osref_value *const *argv, osref_error *err)
{
  osref_xattr_args a;
  const void *value;
  size_t len;
  int64_t flags = 0;
  if (!osref_xattr_args_init(&a, "setxattr", argv[0], argv[1], argv[4], err)) return NULL;
  osref_value *r = NULL;
  if (osref_arg_bytes_like("setxattr", "value", argv[2], &value, &len, err)
      && (!argv[3] || osref_arg_int_range("setxattr", "flags", argv[3], INT32_MIN, INT32_MAX, &flags, err)))
    r = osref_none_result(osref_setxattr(&a.t.at, a.attr.name, value, len, (int)flags, err));
  osref_xattr_args_release(&a);
  return r;
}

static const osref_param setxattr_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"attribute", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"value", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"flags", "0", OSREF_POSITIONAL_OR_KEYWORD},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(setxattr, OSREF_SECTION_XATTR, setxattr_params, call_setxattr)
#else
OSREF_ABSENT(setxattr, OSREF_SECTION_XATTR, OSREF_FUNCTION, "not in this libc (HAVE_XATTR unset)")
#endif
