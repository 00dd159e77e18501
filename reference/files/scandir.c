/* os.scandir: an iterator of DirEntry, with close() and the context
 * manager protocol. The directory stream is closed when the iterator is
 * exhausted, closed, released, or when reading fails. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal/entry.h"
#include "internal/files.h"

typedef struct scandir_it {
  DIR *dir;
  char *path;           /* the scandir path ('.' when omitted); NULL for an fd */
  int fd;               /* the caller's fd, for an fd scandir */
  bool as_bytes;
  osref_value *self;    /* the handle, returned by __enter__ (not a reference) */
} scandir_it;

static void close_it(scandir_it *it)
{
  if (it->dir) closedir(it->dir);
  it->dir = NULL;
}

static osref_value *next(void *self, osref_error *err)
{
  scandir_it *it = self;
  if (!it->dir) return NULL;
  int e = 0;
  struct dirent *ent = osref_files_readdir(it->dir, &e);
  if (!ent) {
    close_it(it);
    return e ? osref_set_errno(err, e) : NULL;
  }
  return osref_dirent_new(it->path, it->path ? strlen(it->path) : 0, it->fd, ent->d_name,
                          strlen(ent->d_name), it->as_bytes, ent->d_type, ent->d_ino);
}

static osref_value *call_method(void *self, const char *method, osref_value *args,
                                osref_value *kwargs, osref_error *err)
{
  scandir_it *it = self;
  static const osref_param exit_params[] = { {"args", NULL, OSREF_VAR_POSITIONAL} };
  osref_value *argv[1] = { NULL };
  bool is_exit = strcmp(method, "__exit__") == 0;
  if (strcmp(method, "close") && strcmp(method, "__enter__") && !is_exit)
    return osref_set_error(err, "AttributeError", "'posix.ScandirIterator' object has no attribute '%s'", method);
  if (!osref_bind(method, exit_params, is_exit, args, kwargs, argv, err)) return NULL;
  osref_bind_release(exit_params, is_exit, argv);
  if (strcmp(method, "__enter__") == 0) return osref_incref(it->self);
  close_it(it);
  return osref_none();   /* __exit__ returns None: exceptions propagate */
}

static void release(void *self)
{
  scandir_it *it = self;
  close_it(it);
  free(it->path);
  free(it);
}

static const char *const scandir_methods[] = { "close", "__enter__", "__exit__", "__iter__", "__next__", NULL };
static const osref_handle_ops scandir_ops = { "ScandirIterator", NULL, call_method, next, release, scandir_methods };

osref_value *osref_scandir(const osref_at *f, bool as_bytes, osref_error *err)
{
  scandir_it *it = calloc(1, sizeof *it);
  if (!it) return osref_set_errno(err, ENOMEM);
  it->fd = f->path ? -1 : f->fd;
  it->as_bytes = as_bytes;
  bool by_path = f->path || f->fd < 0;
  int e = 0;
  if (by_path && !(it->path = strdup(f->path ? f->path : "."))) e = ENOMEM;
  else it->dir = osref_files_opendir(f, &e);
  osref_value *h = it->dir ? osref_handle(&scandir_ops, it) : NULL;
  if (!h) {
    release(it);
    return osref_set_errno(err, e ? e : ENOMEM);
  }
  it->self = h;
  return h;
}

static osref_value *call_scandir(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_target_init(&t, "scandir", "path", argv[0], NULL, NULL,
                               OSREF_FILES_FD | OSREF_FILES_NULLABLE, err))
    return NULL;
  osref_value *r = osref_scandir(&t.at, t.path.is_bytes, err);
  osref_files_target_release(&t);
  return r;
}

static const osref_param scandir_params[] = {
  {"path", "'.'", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(scandir, OSREF_SECTION_FILES, scandir_params, call_scandir)
OSREF_MEMBER(scandir, close, OSREF_METHOD, OSREF_SECTION_FILES)
