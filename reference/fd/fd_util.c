/* Helpers shared by the fd sections: see reference/internal/fd.h. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/fd.h"

osref_value *osref_fd_bool_result(int r)
{
  return r < 0 ? NULL : osref_bool(r != 0);
}

osref_value *osref_fd_pair(int64_t a, int64_t b)
{
  osref_value *t = osref_tuple(2);
  osref_seq_set(t, 0, osref_int(a));
  osref_seq_set(t, 1, osref_int(b));
  return t;
}

bool osref_fd_arg_offset(const char *fn, const char *arg, const osref_value *v,
                         int64_t *out, bool *given, osref_error *err)
{
  *given = v != NULL && v->type != OSREF_NONE;
  *out = 0;
  return !*given || osref_arg_int(fn, arg, v, out, err);
}

bool osref_fd_arg_ssize(const char *fn, const char *arg, const osref_value *v,
                        int64_t *out, osref_error *err)
{
  return osref_arg_int_range(fn, arg, v, PTRDIFF_MIN, PTRDIFF_MAX, out, err);
}

bool osref_fd_arg_cint(const char *fn, const char *arg, const osref_value *v,
                       int *out, osref_error *err)
{
  int64_t i;
  if (!osref_arg_int_range(fn, arg, v, INT_MIN, INT_MAX, &i, err))
    return false;
  *out = (int)i;
  return true;
}

struct iovec *osref_fd_arg_buffers(const char *fn, const osref_value *v, bool writable,
                                   int *count, osref_error *err)
{
  if (v->type != OSREF_TUPLE && v->type != OSREF_LIST) {
    osref_set_error(err, "TypeError", "%s() arg 2 must be a sequence", fn);
    return NULL;
  }
  if (v->u.seq.len > INT_MAX) {
    osref_set_errno(err, EINVAL);
    return NULL;
  }
  /* calloc(0) may return NULL: keep one slot so an empty sequence is not an error. */
  struct iovec *iov = calloc(v->u.seq.len + 1, sizeof *iov);
  if (!iov) {
    osref_set_error(err, "MemoryError", "out of memory");
    return NULL;
  }
  for (size_t i = 0; i < v->u.seq.len; i++) {
    const osref_value *item = v->u.seq.items[i];
    if (item->type != OSREF_BYTES || writable) {
      if (item->type != OSREF_BYTES)
        osref_set_error(err, "TypeError", "a bytes-like object is required, not '%s'",
                        osref_type_name(item));
      else
        osref_set_error(err, "BufferError", "Object is not writable.");
      free(iov);
      return NULL;
    }
    iov[i].iov_base = item->u.s.data;
    iov[i].iov_len = item->u.s.len;
  }
  *count = (int)v->u.seq.len;
  return iov;
}

int osref_fd_set_cloexec(int fd, bool cloexec)
{
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0)
    return -errno;
  int wanted = cloexec ? flags | FD_CLOEXEC : flags & ~FD_CLOEXEC;
  if (wanted != flags && fcntl(fd, F_SETFD, wanted) < 0)
    return -errno;
  return 0;
}

int osref_fd_get_cloexec(int fd)
{
  int flags = fcntl(fd, F_GETFD);
  return flags < 0 ? -errno : (flags & FD_CLOEXEC) != 0;
}

/* Linux transfers at most this much per call anyway; no point in a bigger buffer. */
#define READ_MAX 0x7ffff000

osref_value *osref_fd_read_value(int fd, int64_t n, const int64_t *offset, osref_error *err)
{
  if (n < 0)
    return osref_set_errno(err, EINVAL);
  size_t want = n > READ_MAX ? READ_MAX : (size_t)n;
  char *buf = malloc(want + 1);
  if (!buf)
    return osref_set_error(err, "MemoryError", "cannot allocate %zu bytes", want);
  long r = offset ? OSREF_RETRY(pread(fd, buf, want, (off_t)*offset))
                  : OSREF_RETRY(read(fd, buf, want));
  osref_value *v = r < 0 ? osref_set_errno(err, (int)r) : osref_bytes(buf, (size_t)r);
  free(buf);
  return v;
}

osref_value *osref_fd_call_vector(const char *fn, osref_value *const *argv, bool positioned,
                                  bool writable, osref_fd_vector_io io, osref_error *err)
{
  int fd, n, flags = 0;
  int64_t offset = 0;
  if (!osref_arg_fd(fn, "fd", argv[0], &fd, err)
      || (positioned && !osref_arg_int(fn, "offset", argv[2], &offset, err))
      || (positioned && argv[3] && !osref_fd_arg_cint(fn, "flags", argv[3], &flags, err)))
    return NULL;
  struct iovec *iov = osref_fd_arg_buffers(fn, argv[1], writable, &n, err);
  if (!iov)
    return NULL;
  osref_value *r = osref_int_result(io(fd, iov, n, offset, flags, err));
  free(iov);
  return r;
}

int osref_fd_pair_cloexec(const int fds[2])
{
  int r = osref_fd_set_cloexec(fds[0], true);
  if (r == 0)
    r = osref_fd_set_cloexec(fds[1], true);
  if (r < 0) {
    close(fds[0]);
    close(fds[1]);
  }
  return r;
}
