/* os.fdopen(fd, *args, **kwargs): "an alias of the open() built-in
 * function [that] accepts the same arguments", the first always an int. */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

osref_value *osref_fdopen(int fd, const osref_open_options *opts, osref_error *err)
{
  if (fd < 0)
    return osref_set_error(err, "ValueError", "negative file descriptor");
  osref_fileobj *f = calloc(1, sizeof *f);
  if (!f)
    return osref_set_error(err, "MemoryError", "out of memory");
  f->fd = fd;
  int checked = osref_fileobj_configure(f, opts, err);
  if (checked < 0) {
    osref_fileobj_free(f);
    return NULL;
  }
  /* The raw file comes next: a bad fd is reported before any later check. */
  struct stat st;
  int e = fstat(fd, &st) < 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
  if (e) {
    osref_fileobj_free(f);
    return osref_set_errno(err, e);
  }
  if (checked > 0) {
    if (f->closefd)
      close(fd);  /* open() closes the raw file it made when a later check fails */
    osref_fileobj_free(f);
    return NULL;
  }
  if (f->appending)
    lseek(fd, 0, SEEK_END);  /* as FileIO does for 'a'; a pipe has no end to seek to */
  return osref_fileobj_value(f);
}

/* open()'s parameters after file. */
static const osref_param open_params[] = {
  {"mode", "'r'", OSREF_POSITIONAL_OR_KEYWORD},
  {"buffering", "-1", OSREF_POSITIONAL_OR_KEYWORD},
  {"encoding", "None", OSREF_POSITIONAL_OR_KEYWORD},
  {"errors", "None", OSREF_POSITIONAL_OR_KEYWORD},
  {"newline", "None", OSREF_POSITIONAL_OR_KEYWORD},
  {"closefd", "True", OSREF_POSITIONAL_OR_KEYWORD},
  {"opener", "None", OSREF_POSITIONAL_OR_KEYWORD},
};

/* A str argument that may be None (*out stays NULL). */
static bool arg_optional_str(const char *arg, const osref_value *v, const char **out,
                             osref_error *err)
{
  return !v || v->type == OSREF_NONE || osref_arg_str("open", arg, v, out, err);
}

static bool options_from(osref_value *const *argv, osref_open_options *o, osref_error *err)
{
  *o = (osref_open_options){.buffering = -1, .closefd = osref_arg_bool(argv[5], true)};
  o->newline_given = argv[4] && argv[4]->type != OSREF_NONE;
  /* opener is only called to open a path: with an fd it is never used. */
  return (!argv[0] || osref_arg_str("open", "mode", argv[0], &o->mode, err))
         && (!argv[1] || osref_arg_int("open", "buffering", argv[1], &o->buffering, err))
         && arg_optional_str("encoding", argv[2], &o->encoding, err)
         && arg_optional_str("errors", argv[3], &o->errors, err)
         && arg_optional_str("newline", argv[4], &o->newline, err);
}

static osref_value *call_fdopen(osref_value *const *argv, osref_error *err)
{
  const osref_value *fd = argv[0];
  if (fd->type != OSREF_INT && fd->type != OSREF_BOOL)
    return osref_set_error(err, "TypeError", "invalid fd type (<class '%s'>, expected integer)",
                           osref_type_name(fd));
  int fdnum;
  osref_value *opts_argv[OSREF_PARAMS_LEN(open_params)];
  osref_open_options opts;
  if (!osref_arg_fd("fdopen", "fd", fd, &fdnum, err)
      || !osref_bind("open", open_params, OSREF_PARAMS_LEN(open_params), argv[1], argv[2],
                     opts_argv, err)
      || !options_from(opts_argv, &opts, err))
    return NULL;
  return osref_fdopen(fdnum, &opts, err);
}

static const osref_param fdopen_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"args", NULL, OSREF_VAR_POSITIONAL},
  {"kwargs", NULL, OSREF_VAR_KEYWORD},
};
OSREF_FUNCTION(fdopen, "File Object Creation", fdopen_params, call_fdopen)
