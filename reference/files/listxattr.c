/* os.listxattr: the names of the extended attributes of a file (path=None:
 * the working directory), as str. */
#include "config.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_XATTR
#include <sys/xattr.h>

osref_value *osref_listxattr(const osref_at *f, osref_error *err)
{
  osref_at here = *f;
  if (!here.path && here.fd < 0) here.path = ".";
  return osref_xattr_read(&here, NULL, err);
}

static osref_value *call_listxattr(osref_value *const *argv, osref_error *err)
{
  osref_xattr_args a;
  if (!osref_xattr_args_init(&a, "listxattr", argv[0], NULL, argv[1], err)) return NULL;
  osref_value *r = osref_listxattr(&a.t.at, err);
  osref_xattr_args_release(&a);
  return r;
}

static const osref_param listxattr_params[] = {
  {"path", "None", OSREF_POSITIONAL_OR_KEYWORD},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(listxattr, OSREF_SECTION_XATTR, listxattr_params, call_listxattr)
#else
OSREF_ABSENT(listxattr, OSREF_SECTION_XATTR, OSREF_FUNCTION, "not in this libc (HAVE_XATTR unset)")
#endif
