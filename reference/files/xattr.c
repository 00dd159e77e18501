/* Linux extended attributes: getxattr, listxattr, removexattr, setxattr
 * and their constants. Each works on a path (following symlinks unless
 * follow_symlinks=False) or an fd. */
#include "config.h"
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_XATTR
#include <sys/xattr.h>

/* The system call for f: the f-, l- or plain variant. */
#define XATTR_CALL(f, fcall, lcall, call) \
  ((f)->path ? ((f)->follow_symlinks ? (call) : (lcall)) : (fcall))

/* Reads a value or a name list into a buffer that grows until it fits
 * (ERANGE: it changed between the size query and the read). */
static osref_value *read_grown(const osref_at *f, const char *attribute, bool list,
                               osref_value *(*convert)(const char *buf, size_t n), osref_error *err)
{
  for (size_t size = 256;; size *= 4) {
    char *buf = malloc(size);
    if (!buf) return osref_set_errno(err, ENOMEM);
    const char *p = f->path ? f->path : ".";
    long n = list ? OSREF_RETRY(XATTR_CALL(f, flistxattr(f->fd, buf, size), llistxattr(p, buf, size),
                                           listxattr(p, buf, size)))
                  : OSREF_RETRY(XATTR_CALL(f, fgetxattr(f->fd, attribute, buf, size),
                                           lgetxattr(p, attribute, buf, size), getxattr(p, attribute, buf, size)));
    osref_value *r = n >= 0 ? convert(buf, (size_t)n) : NULL;
    free(buf);
    if (n >= 0) return r;
    if (n != -ERANGE || size > ((size_t)1 << 26)) return osref_set_errno(err, (int)-n);
  }
}

static osref_value *value_bytes(const char *buf, size_t n) { return osref_bytes(buf, n); }

/* "a\0b\0" -> ['a', 'b'] */
static osref_value *name_list(const char *buf, size_t n)
{
  osref_value *l = osref_list();
  for (size_t i = 0; l && i < n; i += strlen(buf + i) + 1) osref_list_append(l, osref_str(buf + i));
  return l;
}

osref_value *osref_getxattr(const osref_at *f, const char *attribute, osref_error *err)
{
  return read_grown(f, attribute, false, value_bytes, err);
}

osref_value *osref_listxattr(const osref_at *f, osref_error *err)
{
  osref_at here = *f;
  if (!here.path && here.fd < 0) here.path = ".";
  return read_grown(&here, NULL, true, name_list, err);
}

int osref_removexattr(const osref_at *f, const char *attribute, osref_error *err)
{
  long r = OSREF_RETRY(XATTR_CALL(f, fremovexattr(f->fd, attribute), lremovexattr(f->path, attribute),
                                  removexattr(f->path, attribute)));
  return r < 0 ? osref_files_fail(r, err) : 0;
}

int osref_setxattr(const osref_at *f, const char *attribute, const void *value, size_t len,
                   int flags, osref_error *err)
{
  long r = OSREF_RETRY(XATTR_CALL(f, fsetxattr(f->fd, attribute, value, len, flags),
                                  lsetxattr(f->path, attribute, value, len, flags),
                                  setxattr(f->path, attribute, value, len, flags)));
  return r < 0 ? osref_files_fail(r, err) : 0;
}

/* The arguments every xattr function shares: path (or fd), attribute
 * (str, bytes or PathLike: as a path) and follow_symlinks. */
typedef struct xattr_args { osref_files_target t; osref_path attr; } xattr_args;

static bool xattr_args_init(xattr_args *a, const char *fn, const osref_value *path,
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

static void xattr_args_release(xattr_args *a)
{
  osref_path_release(&a->attr);
  osref_files_target_release(&a->t);
}

static osref_value *call_getxattr(osref_value *const *argv, osref_error *err)
{
  xattr_args a;
  if (!xattr_args_init(&a, "getxattr", argv[0], argv[1], argv[2], err)) return NULL;
  osref_value *r = osref_getxattr(&a.t.at, a.attr.name, err);
  xattr_args_release(&a);
  return r;
}

static osref_value *call_listxattr(osref_value *const *argv, osref_error *err)
{
  xattr_args a;
  if (!xattr_args_init(&a, "listxattr", argv[0], NULL, argv[1], err)) return NULL;
  osref_value *r = osref_listxattr(&a.t.at, err);
  xattr_args_release(&a);
  return r;
}

static osref_value *call_removexattr(osref_value *const *argv, osref_error *err)
{
  xattr_args a;
  if (!xattr_args_init(&a, "removexattr", argv[0], argv[1], argv[2], err)) return NULL;
  osref_value *r = osref_files_none(osref_removexattr(&a.t.at, a.attr.name, err));
  xattr_args_release(&a);
  return r;
}

static osref_value *call_setxattr(osref_value *const *argv, osref_error *err)
{
  xattr_args a;
  const void *value;
  size_t len;
  int64_t flags = 0;
  if (!xattr_args_init(&a, "setxattr", argv[0], argv[1], argv[4], err)) return NULL;
  osref_value *r = NULL;
  if (osref_arg_bytes_like("setxattr", "value", argv[2], &value, &len, err)
      && (!argv[3] || osref_arg_int_range("setxattr", "flags", argv[3], INT32_MIN, INT32_MAX, &flags, err)))
    r = osref_files_none(osref_setxattr(&a.t.at, a.attr.name, value, len, (int)flags, err));
  xattr_args_release(&a);
  return r;
}

static const osref_param getxattr_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"attribute", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
static const osref_param listxattr_params[] = {
  {"path", "None", OSREF_POSITIONAL_OR_KEYWORD},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
static const osref_param setxattr_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"attribute", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"value", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"flags", "0", OSREF_POSITIONAL_OR_KEYWORD},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(getxattr, OSREF_SECTION_XATTR, getxattr_params, call_getxattr)
OSREF_FUNCTION(listxattr, OSREF_SECTION_XATTR, listxattr_params, call_listxattr)
OSREF_FUNCTION(removexattr, OSREF_SECTION_XATTR, getxattr_params, call_removexattr)
OSREF_FUNCTION(setxattr, OSREF_SECTION_XATTR, setxattr_params, call_setxattr)
#ifdef XATTR_SIZE_MAX
OSREF_INT_CONSTANT(XATTR_SIZE_MAX, OSREF_SECTION_XATTR)
#else
OSREF_ABSENT(XATTR_SIZE_MAX, OSREF_SECTION_XATTR, OSREF_DATA, "not in this system's headers (<linux/limits.h>)")
#endif
OSREF_INT_CONSTANT(XATTR_CREATE, OSREF_SECTION_XATTR)
OSREF_INT_CONSTANT(XATTR_REPLACE, OSREF_SECTION_XATTR)
#else
#define NO_XATTR "not in this libc (HAVE_XATTR unset)"
OSREF_ABSENT(getxattr, OSREF_SECTION_XATTR, OSREF_FUNCTION, NO_XATTR)
OSREF_ABSENT(listxattr, OSREF_SECTION_XATTR, OSREF_FUNCTION, NO_XATTR)
OSREF_ABSENT(removexattr, OSREF_SECTION_XATTR, OSREF_FUNCTION, NO_XATTR)
OSREF_ABSENT(setxattr, OSREF_SECTION_XATTR, OSREF_FUNCTION, NO_XATTR)
OSREF_ABSENT(XATTR_SIZE_MAX, OSREF_SECTION_XATTR, OSREF_DATA, NO_XATTR)
OSREF_ABSENT(XATTR_CREATE, OSREF_SECTION_XATTR, OSREF_DATA, NO_XATTR)
OSREF_ABSENT(XATTR_REPLACE, OSREF_SECTION_XATTR, OSREF_DATA, NO_XATTR)
#endif
