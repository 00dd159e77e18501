/* fdopen's file object as an OSREF_HANDLE: its type (FileIO, BufferedReader,
 * BufferedWriter, BufferedRandom or TextIOWrapper, as open() picks), its
 * attributes, and its methods with Python's argument rules. */
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

/* size=-1 or None: everything. */
static bool arg_size(const char *fn, const osref_value *v, int64_t *out, osref_error *err)
{
  *out = -1;
  return !v || v->type == OSREF_NONE || osref_arg_int(fn, "size", v, out, err);
}

static osref_value *m_read(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  int64_t size;
  return arg_size("read", argv[0], &size, err) ? osref_fileobj_read(f, size, err) : NULL;
}

static osref_value *m_readline(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  int64_t size;
  return arg_size("readline", argv[0], &size, err) ? osref_fileobj_readline(f, size, err) : NULL;
}

static osref_value *m_readlines(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  int64_t hint, total = 0;
  if (!arg_size("readlines", argv[0], &hint, err))
    return NULL;
  osref_value *lines = osref_list();
  for (;;) {
    osref_value *line = osref_fileobj_readline(f, -1, err);
    if (!line) {
      osref_decref(lines);
      return NULL;
    }
    if (line->u.s.len == 0) {
      osref_decref(line);
      return lines;
    }
    total += (int64_t)line->u.s.len;
    osref_list_append(lines, line);
    if (hint > 0 && total >= hint)
      return lines;
  }
}

static osref_value *m_write(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  return osref_fileobj_write(f, argv[0], err);
}

static osref_value *m_writelines(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  const osref_value *lines = argv[0];
  if (lines->type != OSREF_LIST && lines->type != OSREF_TUPLE)
    return osref_set_error(err, "TypeError", "'%s' object is not iterable", osref_type_name(lines));
  for (size_t i = 0; i < lines->u.seq.len; i++) {
    osref_value *r = osref_fileobj_write(f, lines->u.seq.items[i], err);
    if (!r)
      return NULL;
    osref_decref(r);
  }
  return osref_none();
}

static osref_value *m_close(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  (void)argv;
  if (f->closed)
    return osref_none();
  int flushed = osref_fileobj_flush_writes(f);
  f->closed = true;
  osref_fileobj_drop_readahead(f);
  if (flushed < 0) {  /* closed all the same, as io's close, which raises the flush's error */
    if (f->closefd)
      close(f->fd);
    return osref_set_errno(err, flushed);
  }
  /* The file is closed even when close(2) reports an error, as in Python. */
  if (f->closefd && close(f->fd) < 0)
    return osref_set_errno(err, errno);
  return osref_none();
}

static osref_value *m_fileno(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return f->closed ? closed_file(err) : osref_int(f->fd);
}

static osref_value *m_flush(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  (void)argv;
  if (f->closed)
    return closed_file(err);
  int r = osref_fileobj_flush_writes(f);
  return r < 0 ? osref_set_errno(err, r) : osref_none();
}

static osref_value *m_seek(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  int64_t offset, whence = 0;
  if (!osref_arg_int("seek", "offset", argv[0], &offset, err)
      || (argv[1] && !osref_arg_int_range("seek", "whence", argv[1], -1000, 1000, &whence, err)))
    return NULL;
  return osref_fileobj_seek(f, offset, (int)whence, err);
}

static osref_value *m_tell(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_fileobj_tell(f, err);
}

static osref_value *m_truncate(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  return osref_fileobj_truncate(f, argv[0], err);
}

/* readable(), writable(), seekable(), isatty(): ValueError once closed. */
static osref_value *m_readable(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return f->closed ? closed_file(err) : osref_bool(f->readable);
}

static osref_value *m_writable(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return f->closed ? closed_file(err) : osref_bool(f->writable);
}

static osref_value *m_seekable(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return f->closed ? closed_file(err) : osref_bool(lseek(f->fd, 0, SEEK_CUR) >= 0);
}

static osref_value *m_isatty(osref_fileobj *f, osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return f->closed ? closed_file(err) : osref_bool(isatty(f->fd) == 1);
}

static const osref_param size_param[] = {{"size", "-1", OSREF_POSITIONAL_ONLY}};
static const osref_param hint_param[] = {{"hint", "-1", OSREF_POSITIONAL_ONLY}};
static const osref_param data_param[] = {{"b", NULL, OSREF_POSITIONAL_ONLY}};
static const osref_param lines_param[] = {{"lines", NULL, OSREF_POSITIONAL_ONLY}};
static const osref_param truncate_params[] = {{"size", "None", OSREF_POSITIONAL_ONLY}};
static const osref_param seek_params[] = {
  {"offset", NULL, OSREF_POSITIONAL_ONLY},
  {"whence", "0", OSREF_POSITIONAL_ONLY},
};

typedef osref_value *(*method_fn)(osref_fileobj *f, osref_value *const *argv, osref_error *err);
static const struct method {
  const char *name;
  const osref_param *params;
  size_t nparams;
  method_fn fn;
} methods[] = {
  {"close", NULL, 0, m_close}, {"fileno", NULL, 0, m_fileno}, {"flush", NULL, 0, m_flush},
  {"isatty", NULL, 0, m_isatty}, {"read", size_param, 1, m_read},
  {"readable", NULL, 0, m_readable}, {"readline", size_param, 1, m_readline},
  {"readlines", hint_param, 1, m_readlines}, {"seek", seek_params, 2, m_seek},
  {"seekable", NULL, 0, m_seekable}, {"tell", NULL, 0, m_tell},
  {"truncate", truncate_params, 1, m_truncate}, {"writable", NULL, 0, m_writable},
  {"write", data_param, 1, m_write}, {"writelines", lines_param, 1, m_writelines},
};

static const osref_handle_ops *ops_of(const osref_fileobj *f);

static osref_value *no_attribute(const osref_fileobj *f, const char *attr, osref_error *err)
{
  return osref_set_error(err, "AttributeError", "'%s' object has no attribute '%s'",
                         ops_of(f)->type_name, attr);
}

static osref_value *call_method(void *self, const char *name, osref_value *args,
                                osref_value *kwargs, osref_error *err)
{
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
    const struct method *m = &methods[i];
    if (strcmp(m->name, name) != 0)
      continue;
    osref_value *argv[2];
    return osref_bind(name, m->params, m->nparams, args, kwargs, argv, err)
           ? m->fn(self, argv, err) : NULL;
  }
  return no_attribute(self, name, err);
}


static osref_value *getattr(void *self, const char *attr, osref_error *err)
{
  osref_fileobj *f = self;
  if (!strcmp(attr, "closed"))
    return osref_bool(f->closed);
  if (!strcmp(attr, "mode"))
    return osref_str(f->mode);
  if (!strcmp(attr, "name"))
    return osref_int(f->fd);
  if (!strcmp(attr, "closefd") && f->unbuffered)
    return osref_bool(f->closefd);
  if (!strcmp(attr, "encoding") && !f->binary)
    return osref_str(f->encoding_name);
  if (!strcmp(attr, "errors") && !f->binary)
    return osref_str(f->errors_name);
  if (!strcmp(attr, "line_buffering") && !f->binary)
    return osref_bool(f->line_buffering);
  return no_attribute(f, attr, err);
}

static void release(void *self)
{
  osref_fileobj *f = self;
  /* As a Python file object that is collected: flushed, and closed if it
   * owns the fd. */
  if (!f->closed)
    osref_fileobj_flush_writes(f);
  if (!f->closed && f->closefd)
    close(f->fd);
  osref_fileobj_free(f);
}

void osref_fileobj_free(osref_fileobj *f)
{
  free(f->encoding_name);
  free(f->errors_name);
  free(f->buf);
  free(f->wbuf);
  free(f);
}

#define FILE_TYPE(name) {name, getattr, call_method, NULL, release, NULL}
static const osref_handle_ops file_io = FILE_TYPE("FileIO");
static const osref_handle_ops buffered_reader = FILE_TYPE("BufferedReader");
static const osref_handle_ops buffered_writer = FILE_TYPE("BufferedWriter");
static const osref_handle_ops buffered_random = FILE_TYPE("BufferedRandom");
static const osref_handle_ops text_io_wrapper = FILE_TYPE("TextIOWrapper");

static const osref_handle_ops *ops_of(const osref_fileobj *f)
{
  return !f->binary ? &text_io_wrapper
       : f->unbuffered ? &file_io
       : f->readable && f->writable ? &buffered_random
       : f->readable ? &buffered_reader : &buffered_writer;
}

osref_value *osref_fileobj_value(osref_fileobj *f)
{
  return osref_handle(ops_of(f), f);
}
