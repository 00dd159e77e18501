/* Helpers shared by the fd sections (reference/fd/, reference/fileobj/):
 * result conversion, the argument shapes these functions share (optional
 * offsets, buffer sequences), close-on-exec handling, and the file object
 * that fdopen returns. */
#ifndef OSREF_INTERNAL_FD_H
#define OSREF_INTERNAL_FD_H

#include <stdint.h>
#include <stdbool.h>
#include <sys/uio.h>
#include "osref.h"
#include "osref/fd.h"
#include "args.h"

/* Typed-layer edge: r < 0 is -errno, converted once into *err. Return -1. */

/* Call-layer results: NULL (error already set) when r < 0. */
osref_value *osref_fd_bool_result(int r);
osref_value *osref_fd_pair(int64_t a, int64_t b);            /* (a, b) */

/* An offset that may be None: *given is false for None or not given. */
bool osref_fd_arg_offset(const char *fn, const char *arg, const osref_value *v,
                         int64_t *out, bool *given, osref_error *err);
/* A byte count: Py_ssize_t (negative counts are left to each function). */
bool osref_fd_arg_ssize(const char *fn, const char *arg, const osref_value *v,
                        int64_t *out, osref_error *err);
/* A C int (flags, commands, clock ids): OverflowError outside int. */
bool osref_fd_arg_cint(const char *fn, const char *arg, const osref_value *v,
                       int *out, osref_error *err);

/* A sequence (tuple or list) of bytes-like buffers, as readv/writev take;
 * writable for readv/preadv, which fill them. The value model has no
 * mutable buffer (no bytearray), so, as Python does for bytes, a writable
 * buffer is refused with BufferError: through the call layer readv and
 * preadv can only fail; the typed layer takes iovecs. Returns the iovec
 * array (free it) or NULL with err set. */
struct iovec *osref_fd_arg_buffers(const char *fn, const osref_value *v, bool writable,
                                   int *count, osref_error *err);

/* read(2), or pread(2) when offset is given, of at most n bytes into a new
 * BYTES value; a negative n is EINVAL, as CPython reports it. */
osref_value *osref_fd_read_value(int fd, int64_t n, const int64_t *offset, osref_error *err);

/* Timer values (timerfd): seconds given as int or float, floored to ns
 * (OverflowError beyond int64 ns); results as (float, float) seconds. */
bool osref_fd_arg_seconds_ns(const char *fn, const char *arg, const osref_value *v,
                             int64_t *ns, osref_error *err);
osref_value *osref_fd_seconds_pair(const int64_t ns[2]);

/* The call layer of readv, writev (positioned false: argv is fd, buffers)
 * and preadv, pwritev (argv is fd, buffers, offset, flags); reading into
 * the buffers when writable. */
typedef int64_t (*osref_fd_vector_io)(int fd, const struct iovec *iov, int iovcnt,
                                      int64_t offset, int flags, osref_error *err);
osref_value *osref_fd_call_vector(const char *fn, osref_value *const *argv, bool positioned,
                                  bool writable, osref_fd_vector_io io, osref_error *err);

/* Makes both fds of a new pair non-inheritable, or closes both: -errno. */
int osref_fd_pair_cloexec(const int fds[2]);

/* -errno on failure, 0 on success. */
int osref_fd_set_cloexec(int fd, bool cloexec);
int osref_fd_get_cloexec(int fd);              /* 1, 0, or -errno */

/* ---- File Object Creation: the file object fdopen returns ------------ */

typedef enum osref_newline {
  OSREF_NEWLINE_UNIVERSAL,   /* newline=None: \r, \n, \r\n read as \n */
  OSREF_NEWLINE_UNTRANSLATED,/* newline='': any ending, kept as it is */
  OSREF_NEWLINE_LF, OSREF_NEWLINE_CR, OSREF_NEWLINE_CRLF
} osref_newline;

typedef enum osref_codec { OSREF_CODEC_UTF8, OSREF_CODEC_ASCII, OSREF_CODEC_LATIN1 } osref_codec;
/* UNKNOWN: a name no handler has; as in Python, only an error that needs
 * the handler reports it (LookupError). */
typedef enum osref_errors {
  OSREF_ERRORS_STRICT, OSREF_ERRORS_IGNORE, OSREF_ERRORS_REPLACE, OSREF_ERRORS_SURROGATEESCAPE,
  OSREF_ERRORS_UNKNOWN
} osref_errors;

typedef struct osref_fileobj {
  int fd;
  bool closefd, closed;
  bool readable, writable, appending, created, binary, unbuffered, line_buffering;
  char mode[8];              /* the mode attribute: as given for text, 'rb+' for binary */
  osref_codec codec;         /* text mode only */
  char *encoding_name;       /* the encoding attribute: as given, or the locale's (malloc'd) */
  osref_errors errors;
  char *errors_name;         /* the errors attribute, as given (malloc'd) */
  osref_newline newline;
  char *buf;                 /* bytes read ahead from fd, not yet returned */
  size_t len, pos, cap;
  bool eof;
  char *wbuf;                /* bytes written, not yet given to the fd (io's write buffer) */
  size_t wlen, wcap;
} osref_fileobj;

/* Checks the options as the built-in open() does and fills f. open()
 * checks the mode before it makes the raw file, and the rest after, closing
 * the fd when they fail: -1 is an error of the first kind, 1 of the second
 * (err set for both), 0 success. */
int osref_fileobj_configure(osref_fileobj *f, const osref_open_options *opts, osref_error *err);
void osref_fileobj_free(osref_fileobj *f);
/* The handle value; it owns f (released: fd closed if closefd). */
osref_value *osref_fileobj_value(osref_fileobj *f);

/* Reading. The read-ahead buffer holds at least need bytes after the
 * call unless the file ends first: 0, or -errno. */
int osref_fileobj_fill(osref_fileobj *f, size_t need);
osref_value *osref_fileobj_read(osref_fileobj *f, int64_t size, osref_error *err);
osref_value *osref_fileobj_readline(osref_fileobj *f, int64_t size, osref_error *err);
/* Gives the fd what was written and held back (as io's flush does):
 * 0, or -errno (what was not written is kept). */
int osref_fileobj_flush_writes(osref_fileobj *f);
/* Before a write or a seek: gives the read-ahead back to the fd's offset. */
void osref_fileobj_drop_readahead(osref_fileobj *f);

/* Text: the next character as UTF-8 (1..4 bytes) with newlines translated;
 * 0 at end of file, -1 with err set on a decoding or I/O error. */
int osref_fileobj_next_char(osref_fileobj *f, char out[4], osref_error *err);
/* Text: s encoded for the file (newlines translated); a malloc'd buffer in
 * *out, or false with err set (UnicodeEncodeError). *chars: code points. */
bool osref_fileobj_encode(const osref_fileobj *f, const char *s, size_t len, char **out,
                          size_t *out_len, size_t *chars, osref_error *err);

/* Writing and positioning. */
osref_value *osref_fileobj_write(osref_fileobj *f, const osref_value *data, osref_error *err);
osref_value *osref_fileobj_seek(osref_fileobj *f, int64_t offset, int whence, osref_error *err);
osref_value *osref_fileobj_tell(osref_fileobj *f, osref_error *err);
osref_value *osref_fileobj_truncate(osref_fileobj *f, const osref_value *size, osref_error *err);

#endif
