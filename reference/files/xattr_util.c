/* What the Linux extended attribute functions share: reading a value or
 * the name list into a buffer that grows until it fits, and their common
 * arguments (path or fd, attribute, follow_symlinks). */
#include "config.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_XATTR
#include <sys/xattr.h>

static osref_value *value_bytes(const char *buf, size_t n) { return osref_bytes(buf, n); }

/* "a\0b\0" -> ['a', 'b'] */
static osref_value *name_list(const char *buf, size_t n)
{
  osref_value *l = osref_list();
  for (size_t i = 0; l && i < n; i += strlen(buf + i) + 1) osref_list_append(l, osref_str(buf + i));
  return l;
}

/* ERANGE: the value grew between the size query and the read; retry. */
osref_value *osref_xattr_read(const osref_at *f, const char *attribute, osref_error *err)
{
  osref_value *(*convert)(const char *, size_t) = attribute ? value_bytes : name_list;
  for (size_t size = 256;; size *= 4) {
    char *buf = malloc(size);
    if (!buf) return osref_set_errno(err, ENOMEM);
    const char *p = f->path;
    long n = !attribute ? OSREF_RETRY(OSREF_XATTR_CALL(f, flistxattr(f->fd, buf, size), llistxattr(p, buf, size),
                                                       listxattr(p, buf, size)))
                        : OSREF_RETRY(OSREF_XATTR_CALL(f, fgetxattr(f->fd, attribute, buf, size),
                                                       lgetxattr(p, attribute, buf, size),
                                                       getxattr(p, attribute, buf, size)));
    osref_value *r = n >= 0 ? convert(buf, (size_t)n) : NULL;
    free(buf);
    if (n >= 0) return r;
    if (n != -ERANGE || size > ((size_t)1 << 26)) return osref_set_errno(err, (int)-n);
  }
}

bool osref_xattr_args_init(osref_xattr_args *a, const char *fn, const osref_value *path,
                           const osref_value *attribute, const osref_value *follow, osref_error *err)
{
  unsigned features = OSREF_FILES_FD | OSREF_FILES_NOFOLLOW | (attribute ? 0 : OSREF_FILES_NULLABLE);
  a->attr = (osref_path){ NULL, 0, false, -1, NULL };
  if (!osref_files_target_init(&a->t, fn, "path", path, NULL, follow, features, err)) return false;
  if (attribute && !osref_arg_path(fn, "attribute", attribute, false, false, &a->attr, err)) {
    osref_files_target_release(&a->t);
    return false;
  }
  return true;
}

void osref_xattr_args_release(osref_xattr_args *a)
{
  osref_path_release(&a->attr);
  osref_files_target_release(&a->t);
}
#endif
