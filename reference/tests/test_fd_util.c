/* Helpers for the fd tests: see test_fd.h. */
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "test_fd.h"

static char sandbox[PATH_MAX];
static char home[PATH_MAX];

void fd_sandbox_enter(void)
{
  snprintf(sandbox, sizeof sandbox, "%s/osref-fd-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  cr_assert_not_null(mkdtemp(sandbox));
  cr_assert_not_null(getcwd(home, sizeof home));
  cr_assert_eq(chdir(sandbox), 0);
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
  (void)st, (void)flag, (void)ftw;
  return remove(path);
}

void fd_sandbox_leave(void)
{
  cr_assert_eq(chdir(home), 0);
  nftw(sandbox, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

osref_value *fd_tuple(size_t n, ...)
{
  va_list ap;
  va_start(ap, n);
  osref_value *t = osref_tuple(n);
  for (size_t i = 0; i < n; i++)
    osref_seq_set(t, i, va_arg(ap, osref_value *));
  va_end(ap);
  return t;
}

osref_value *fd_kwargs(const char *key, ...)
{
  va_list ap;
  va_start(ap, key);
  osref_value *d = osref_dict();
  for (; key; key = va_arg(ap, const char *))
    osref_dict_set(d, osref_str(key), va_arg(ap, osref_value *));
  va_end(ap);
  return d;
}

osref_value *fd_call(const char *name, osref_value *args, osref_value *kwargs, osref_error *err)
{
  memset(err, 0, sizeof *err);
  osref_value *r = osref_call(name, args, kwargs, err);
  osref_decref(args);
  if (kwargs)
    osref_decref(kwargs);
  cr_assert((r != NULL) == (err->type == NULL), "%s: result and error disagree", name);
  return r;
}

static osref_value *call_ok(const char *name, osref_value *args, osref_value *kwargs,
                            osref_type type)
{
  osref_error err;
  osref_value *r = fd_call(name, args, kwargs, &err);
  cr_assert_not_null(r, "%s() raised %s: %s", name, err.type, err.message);
  cr_assert_eq(r->type, type, "%s() returned a %s", name, osref_type_name(r));
  return r;
}

int64_t fd_call_int(const char *name, osref_value *args, osref_value *kwargs)
{
  osref_value *r = call_ok(name, args, kwargs, OSREF_INT);
  int64_t i = r->u.i;
  osref_decref(r);
  return i;
}

void fd_call_none(const char *name, osref_value *args, osref_value *kwargs)
{
  osref_decref(call_ok(name, args, kwargs, OSREF_NONE));
}

bool fd_call_bool(const char *name, osref_value *args, osref_value *kwargs)
{
  osref_value *r = call_ok(name, args, kwargs, OSREF_BOOL);
  bool b = r->u.b;
  osref_decref(r);
  return b;
}

void fd_call_raises(const char *name, osref_value *args, osref_value *kwargs,
                    const char *type, int errnum)
{
  osref_error err;
  osref_value *r = fd_call(name, args, kwargs, &err);
  if (r)
    osref_decref(r);
  cr_assert_not_null(err.type, "%s() did not raise %s", name, type);
  cr_assert_str_eq(err.type, type, "%s() raised %s (%s), not %s", name, err.type, err.message, type);
  if (errnum)
    cr_assert_eq(err.errnum, errnum, "%s(): errno %d, not %d", name, err.errnum, errnum);
}

int64_t fd_const(const char *name)
{
  osref_error err = {0};
  osref_value *v = osref_getattr(name, &err);
  cr_assert_not_null(v, "os.%s: %s", name, err.message);
  cr_assert_eq(v->type, OSREF_INT);
  int64_t i = v->u.i;
  osref_decref(v);
  return i;
}

int fd_file_with(const char *path, const char *data)
{
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  cr_assert_geq(fd, 0);
  size_t len = strlen(data);
  cr_assert_eq(write(fd, data, len), (ssize_t)len);
  cr_assert_eq(lseek(fd, 0, SEEK_SET), 0);
  return fd;
}

int fd_closed(void)
{
  int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  cr_assert_geq(fd, 0);
  close(fd);
  return fd;
}
