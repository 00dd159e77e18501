/* os.getxattr: the value of an extended attribute, as bytes. */
#include "config.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_XATTR
#include <sys/xattr.h>

osref_value *osref_getxattr(const osref_at *f, const char *attribute, osref_error *err)
{
  return osref_xattr_read(f, attribute, err);
}

static osref_value *call_getxattr(osref_value *const *argv, osref_error *err)
{
  osref_xattr_args a;
  if (!osref_xattr_args_init(&a, "getxattr", argv[0], argv[1], argv[2], err)) return NULL;
  osref_value *r = osref_getxattr(&a.t.at, a.attr.name, err);
  osref_xattr_args_release(&a);
  return r;
}

static const osref_param getxattr_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"attribute", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(getxattr, OSREF_SECTION_XATTR, getxattr_params, call_getxattr)
#else
OSREF_ABSENT(getxattr, OSREF_SECTION_XATTR, OSREF_FUNCTION, "not in this libc (HAVE_XATTR unset)")
#endif
