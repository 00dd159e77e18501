/* Writing and positioning fdopen's file object: write, seek, tell and
 * truncate. As Python's buffered files do, writes are held back until the
 * buffer holds io.DEFAULT_BUFFER_SIZE bytes, a newline reaches a
 * line-buffered text file, or the file is flushed, closed, collected,
 * read or repositioned; an unbuffered binary file writes at once. So a
 * process that ends with os._exit() leaves what it held unwritten. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/fd.h"

static osref_value *closed_file(osref_error *err)
{
  return osref_set_error(err, "ValueError", "I/O operation on closed file.");
}

static int write_all(int fd, const char *p, size_t n)
{
  while (n > 0) {
    long r = OSREF_RETRY(write(fd, p, n));
    if (r < 0)
      return (int)r;
    p += r;
    n -= (size_t)r;
  }
  return 0;
}

#define DEFAULT_BUFFER_SIZE 8192

int osref_fileobj_flush_writes(osref_fileobj *f)
{
  if (!f->wlen)
    return 0;
  int r = write_all(f->fd, f->wbuf, f->wlen);
  if (r == 0)
    f->wlen = 0;
  return r;
}

/* Holds n bytes back, or writes them, as the file's buffering says. */
static int buffered_write(osref_fileobj *f, const char *p, size_t n)
{
  if (f->unbuffered)
    return write_all(f->fd, p, n);
  if (f->wcap - f->wlen < n) {
    size_t cap = f->wlen + n > 2 * f->wcap ? f->wlen + n : 2 * f->wcap;
    char *grown = realloc(f->wbuf, cap);
    if (!grown)
      return -ENOMEM;
    f->wbuf = grown, f->wcap = cap;
  }
  memcpy(f->wbuf + f->wlen, p, n);
  f->wlen += n;
  bool line_done = f->line_buffering && !f->binary && memchr(p, '\n', n);
  return f->wlen >= DEFAULT_BUFFER_SIZE || line_done ? osref_fileobj_flush_writes(f) : 0;
}

osref_value *osref_fileobj_write(osref_fileobj *f, const osref_value *data, osref_error *err)
{
  if (f->closed)
    return closed_file(err);
  if (!f->writable)
    return osref_set_error(err, "UnsupportedOperation", f->binary ? "write" : "not writable");
  if (f->binary && data->type != OSREF_BYTES)
    return osref_set_error(err, "TypeError", "a bytes-like object is required, not '%s'",
                           osref_type_name(data));
  if (!f->binary && data->type != OSREF_STR)
    return osref_set_error(err, "TypeError", "write() argument must be str, not %s",
                           osref_type_name(data));
  osref_fileobj_drop_readahead(f);
  if (f->binary) {
    int r = buffered_write(f, data->u.s.data, data->u.s.len);
    return r < 0 ? osref_set_errno(err, r) : osref_int((int64_t)data->u.s.len);
  }
  char *bytes;
  size_t len, chars;
  if (!osref_fileobj_encode(f, data->u.s.data, data->u.s.len, &bytes, &len, &chars, err))
    return NULL;
  int r = buffered_write(f, bytes, len);
  free(bytes);
  return r < 0 ? osref_set_errno(err, r) : osref_int((int64_t)chars);
}

osref_value *osref_fileobj_seek(osref_fileobj *f, int64_t offset, int whence, osref_error *err)
{
  if (f->closed)
    return closed_file(err);
  if (!f->binary && whence == SEEK_CUR && offset != 0)
    return osref_set_error(err, "UnsupportedOperation", "can't do nonzero cur-relative seeks");
  if (!f->binary && whence == SEEK_END && offset != 0)
    return osref_set_error(err, "UnsupportedOperation", "can't do nonzero end-relative seeks");
  if (!f->binary && offset < 0)
    return osref_set_error(err, "ValueError", "negative seek position %lld", (long long)offset);
  if (whence < 0 || whence > 2)
    return osref_set_error(err, "ValueError", "whence value %d unsupported", whence);
  int flushed = osref_fileobj_flush_writes(f);
  if (flushed < 0)
    return osref_set_errno(err, flushed);
  /* The offset the caller sees is the fd's minus what was read ahead. */
  if (whence == SEEK_CUR)
    offset -= (int64_t)(f->len - f->pos);
  f->len = f->pos = 0;
  f->eof = false;
  off_t r = lseek(f->fd, (off_t)offset, whence);
  return r < 0 ? osref_set_errno(err, errno) : osref_int((int64_t)r);
}

osref_value *osref_fileobj_tell(osref_fileobj *f, osref_error *err)
{
  if (f->closed)
    return closed_file(err);
  int flushed = osref_fileobj_flush_writes(f);
  if (flushed < 0)
    return osref_set_errno(err, flushed);
  off_t r = lseek(f->fd, 0, SEEK_CUR);
  return r < 0 ? osref_set_errno(err, errno) : osref_int((int64_t)r - (int64_t)(f->len - f->pos));
}

osref_value *osref_fileobj_truncate(osref_fileobj *f, const osref_value *size, osref_error *err)
{
  if (f->closed)
    return closed_file(err);
  if (!f->writable)
    return osref_set_error(err, "UnsupportedOperation", "truncate");
  int flushed = osref_fileobj_flush_writes(f);
  if (flushed < 0)
    return osref_set_errno(err, flushed);
  int64_t length;
  if (size && size->type != OSREF_NONE) {
    if (!osref_arg_int("truncate", "size", size, &length, err))
      return NULL;
  } else {
    osref_value *pos = osref_fileobj_tell(f, err);
    if (!pos)
      return NULL;
    length = pos->u.i;
    osref_decref(pos);
  }
  osref_fileobj_drop_readahead(f);
  long r = OSREF_RETRY(ftruncate(f->fd, (off_t)length));
  return r < 0 ? osref_set_errno(err, (int)r) : osref_int(length);
}
