/* Reading from fdopen's file object: the read-ahead buffer, read(size)
 * and readline(size), for binary (bytes) and text (str) files. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/fd.h"

#define CHUNK 8192

int osref_fileobj_fill(osref_fileobj *f, size_t need)
{
  int flushed = osref_fileobj_flush_writes(f);  /* a read sees what was written */
  if (flushed < 0)
    return flushed;
  if (f->pos > 0 && f->pos == f->len)
    f->pos = f->len = 0;
  while (f->len - f->pos < need && !f->eof) {
    if (f->cap - f->len < CHUNK) {
      char *grown = realloc(f->buf, f->cap + CHUNK);
      if (!grown)
        return -ENOMEM;
      f->buf = grown;
      f->cap += CHUNK;
    }
    long r = OSREF_RETRY(read(f->fd, f->buf + f->len, f->cap - f->len));
    if (r < 0)
      return (int)r;
    f->eof = r == 0;
    f->len += (size_t)r;
  }
  return 0;
}

void osref_fileobj_drop_readahead(osref_fileobj *f)
{
  if (f->len > f->pos)
    lseek(f->fd, -(off_t)(f->len - f->pos), SEEK_CUR);  /* fails harmlessly on a pipe */
  f->len = f->pos = 0;
  f->eof = false;
}

/* A growing byte string for results. */
typedef struct { char *data; size_t len, cap; } growbuf;

static bool grow_append(growbuf *g, const char *p, size_t n)
{
  if (g->len + n + 1 > g->cap) {
    size_t cap = (g->len + n + 1) * 2;
    char *d = realloc(g->data, cap);
    if (!d)
      return false;
    g->data = d;
    g->cap = cap;
  }
  memcpy(g->data + g->len, p, n);
  g->len += n;
  return true;
}

/* The result: bytes or str of what g holds, or NULL when reading failed. */
static osref_value *grow_finish(growbuf *g, bool binary, bool ok)
{
  osref_value *v = NULL;
  if (ok)
    v = binary ? osref_bytes(g->data ? g->data : "", g->len)
               : osref_strn(g->data ? g->data : "", g->len);
  free(g->data);
  return v;
}

static bool io_fail(int r, osref_error *err)
{
  osref_set_errno(err, r);
  return false;
}

static bool fail(osref_error *err, const char *type, const char *message)
{
  osref_set_error(err, type, "%s", message);
  return false;
}

/* Binary: up to size bytes (all for size < 0); one read(2) when unbuffered. */
static bool read_bytes(osref_fileobj *f, int64_t size, growbuf *g, osref_error *err)
{
  if (f->unbuffered && size >= 0) {
    f->eof = false;
    int r = osref_fileobj_fill(f, size ? 1 : 0);
    size_t n = f->len - f->pos < (size_t)size ? f->len - f->pos : (size_t)size;
    if (r < 0)
      return io_fail(r, err);
    bool ok = grow_append(g, f->buf + f->pos, n);
    f->pos += n;
    return ok || fail(err, "MemoryError", "out of memory");
  }
  size_t want = size < 0 ? SIZE_MAX : (size_t)size, got = 0;
  f->eof = false;
  while (got < want) {
    int r = osref_fileobj_fill(f, 1);
    if (r < 0)
      return io_fail(r, err);
    size_t n = f->len - f->pos;
    if (n == 0)
      break;
    if (n > want - got)
      n = want - got;
    if (!grow_append(g, f->buf + f->pos, n))
      return fail(err, "MemoryError", "out of memory");
    f->pos += n;
    got += n;
  }
  return true;
}

/* Text: up to size characters (all for size < 0), decoded. */
static bool read_chars(osref_fileobj *f, int64_t size, growbuf *g, osref_error *err)
{
  char c[4];
  f->eof = false;
  for (int64_t i = 0; size < 0 || i < size; i++) {
    int n = osref_fileobj_next_char(f, c, err);
    if (n < 0)
      return false;
    if (n == 0)
      break;
    if (!grow_append(g, c, (size_t)n))
      return fail(err, "MemoryError", "out of memory");
  }
  return true;
}

static bool readable(osref_fileobj *f, osref_error *err)
{
  if (f->closed)
    return fail(err, "ValueError", "I/O operation on closed file.");
  if (!f->readable)
    /* The buffered binary objects name the method; TextIOWrapper says why. */
    return fail(err, "UnsupportedOperation", f->binary ? "read" : "not readable");
  return true;
}

osref_value *osref_fileobj_read(osref_fileobj *f, int64_t size, osref_error *err)
{
  if (!readable(f, err))
    return NULL;
  growbuf g = {0};
  bool ok = f->binary ? read_bytes(f, size, &g, err) : read_chars(f, size, &g, err);
  return grow_finish(&g, f->binary, ok);
}

/* Whether the line in g is complete: it ends with the file's line ending. */
static bool line_ends(osref_fileobj *f, const growbuf *g)
{
  const char *end = g->data + g->len;
  if (f->binary || f->newline == OSREF_NEWLINE_UNIVERSAL || f->newline == OSREF_NEWLINE_LF)
    return end[-1] == '\n';
  if (f->newline == OSREF_NEWLINE_CR)
    return end[-1] == '\r';
  if (f->newline == OSREF_NEWLINE_CRLF)
    return g->len >= 2 && end[-2] == '\r' && end[-1] == '\n';
  /* newline='': \n, \r\n, or a lone \r (one not followed by \n) */
  if (end[-1] == '\n')
    return true;
  return end[-1] == '\r' && (osref_fileobj_fill(f, 1) < 0 || f->len == f->pos
                             || f->buf[f->pos] != '\n');
}

osref_value *osref_fileobj_readline(osref_fileobj *f, int64_t size, osref_error *err)
{
  if (!readable(f, err))
    return NULL;
  growbuf g = {0};
  bool ok = true;
  f->eof = false;
  for (int64_t i = 0; ok && (size < 0 || i < size); i++) {
    size_t before = g.len;
    ok = f->binary ? read_bytes(f, 1, &g, err) : read_chars(f, 1, &g, err);
    if (!ok || g.len == before || line_ends(f, &g))
      break;
  }
  return grow_finish(&g, f->binary, ok);
}
