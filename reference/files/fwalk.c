/* os.fwalk: walk with a directory fd in each tuple, (dirpath, dirnames,
 * filenames, dirfd). Directories are opened relative to their parent's fd;
 * without follow_symlinks (the default) each one is lstat'ed first and
 * entered only if the opened fd is the same file, which makes the walk
 * safe against symlink races. A yielded dirfd stays open until the next
 * step. Errors at the root are raised; below it they skip the directory
 * (onerror=None). */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_OPENAT
typedef struct fwalker {
  osref_walk_stack stack;
  bool as_bytes, topdown, follow;
  osref_value *pending;   /* top-down: the tuple whose dirnames are still to enter */
} fwalker;

static bool push_children(fwalker *w, osref_value *top, osref_value *dirs, int fd, osref_value *entries)
{
  bool ok = true;
  for (size_t i = dirs->type == OSREF_LIST ? dirs->u.seq.len : 0; ok && i-- > 0;) {
    osref_value *name = dirs->u.seq.items[i];
    if (name->type != top->type) continue;
    osref_walk_item item = { .kind = OSREF_WALK_VISIT, .value = osref_files_join_value(top, name),
                             .name = osref_incref(name), .fd = fd,
                             .entry = entries ? osref_incref(entries->u.seq.items[i]) : NULL };
    ok = item.value && osref_walk_push(&w->stack, item);
  }
  return ok;
}

static bool enter_pending(fwalker *w)
{
  osref_value *t = w->pending;
  bool ok = push_children(w, t->u.seq.items[0], t->u.seq.items[1], (int)t->u.seq.items[3]->u.i, NULL);
  osref_decref(w->pending);
  w->pending = NULL;
  return ok;
}

/* Opens the directory of a VISIT item: -1 with err set if it cannot be
 * opened, -2 if it is to be skipped (not a directory, or not the file that
 * was lstat'ed: a symlink race). */
static int open_dir(fwalker *w, const osref_walk_item *item, osref_error *err)
{
  struct stat orig, now;
  const char *name = (item->name ? item->name : item->value)->u.s.data;
  if (!w->follow) {
    osref_value *st = item->entry ? osref_dirent_stat(item->entry, false, err) : NULL;
    if (st) {
      orig.st_mode = (mode_t)osref_struct_get(st, "st_mode")->u.i;
      orig.st_ino = (ino_t)osref_struct_get(st, "st_ino")->u.i;
      orig.st_dev = (dev_t)osref_struct_get(st, "st_dev")->u.i;
      osref_decref(st);
    } else if (err->type || fstatat(item->fd, name, &orig, AT_SYMLINK_NOFOLLOW) < 0) {
      return err->type ? -1 : (osref_set_errno(err, errno), -1);
    }
  }
  int fd = openat(item->fd, name, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return osref_set_errno(err, errno), -1;
  if (!w->follow && ((item->isroot && !S_ISDIR(orig.st_mode)) || fstat(fd, &now) < 0
                     || now.st_dev != orig.st_dev || now.st_ino != orig.st_ino)) {
    close(fd);
    return -2;
  }
  return fd;
}

static osref_value *visit(fwalker *w, const osref_walk_item *item, osref_error *err)
{
  int fd = open_dir(w, item, err);
  if (fd < 0) return NULL;
  if (!osref_walk_push(&w->stack, (osref_walk_item){ .kind = OSREF_WALK_CLOSE, .fd = fd }))
    return osref_set_errno(err, ENOMEM);
  osref_value *dirs = osref_list(), *nondirs = osref_list(), *tuple = osref_tuple(4);
  osref_value *entries = w->topdown || w->follow ? NULL : osref_list();
  osref_at at = OSREF_AT_FD(fd);
  bool ok = dirs && nondirs && tuple && (entries || w->topdown || w->follow)
            && osref_walk_scan(&at, w->as_bytes, dirs, nondirs, entries, err);
  if (!ok) {
    osref_decref(dirs), osref_decref(nondirs), osref_decref(tuple), osref_decref(entries);
    return err->type ? NULL : osref_set_errno(err, ENOMEM);
  }
  osref_seq_set(tuple, 0, osref_incref(item->value));
  osref_seq_set(tuple, 1, dirs);
  osref_seq_set(tuple, 2, nondirs);
  osref_seq_set(tuple, 3, osref_int(fd));
  if (w->topdown) {
    w->pending = osref_incref(tuple);
    return tuple;
  }
  ok = osref_walk_push(&w->stack, (osref_walk_item){ .kind = OSREF_WALK_YIELD, .value = tuple })
       && push_children(w, item->value, dirs, fd, entries);
  osref_decref(entries);
  return ok ? NULL : osref_set_errno(err, ENOMEM);
}

static osref_value *next(void *self, osref_error *err)
{
  fwalker *w = self;
  osref_walk_item item;
  if (w->pending && !enter_pending(w)) return osref_set_errno(err, ENOMEM);
  while (osref_walk_pop(&w->stack, &item)) {
    if (item.kind == OSREF_WALK_YIELD) return item.value;
    osref_value *r = item.kind == OSREF_WALK_VISIT ? visit(w, &item, err) : NULL;
    bool raise = err->type && item.isroot;
    osref_walk_item_release(&item);
    if (r || raise) return r;
    err->type = NULL;   /* below the root, errors skip the directory */
    err->errnum = 0;
  }
  return NULL;
}

static void release(void *self)
{
  fwalker *w = self;
  osref_walk_stack_release(&w->stack);
  osref_decref(w->pending);
  free(w);
}

static const osref_handle_ops fwalk_ops = { "generator", NULL, NULL, next, release, NULL};

osref_value *osref_fwalk(const char *top, bool as_bytes, bool topdown, bool follow_symlinks,
                         int dir_fd, osref_error *err)
{
  fwalker *w = calloc(1, sizeof *w);
  osref_value *path = as_bytes ? osref_bytes(top, strlen(top)) : osref_str(top);
  osref_value *h = w && path ? osref_handle(&fwalk_ops, w) : NULL;
  if (!h) {
    osref_decref(path);
    free(w);
    return osref_set_errno(err, ENOMEM);
  }
  *w = (fwalker){ .as_bytes = as_bytes, .topdown = topdown, .follow = follow_symlinks };
  osref_walk_item root = { .kind = OSREF_WALK_VISIT, .value = path, .fd = dir_fd, .isroot = true };
  if (!osref_walk_push(&w->stack, root)) {
    osref_decref(h);
    return osref_set_errno(err, ENOMEM);
  }
  return h;
}

/* top's default, '.': never freed. */
static osref_value dot = { .type = OSREF_STR, .refs = 1u << 30, .u.s = { (char *)".", 1 } };

static osref_value *call_fwalk(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_onerror_none("fwalk", argv[2], err)
      || !osref_files_target_init(&t, "fwalk", "top", argv[0] ? argv[0] : &dot, argv[4], NULL,
                                  OSREF_FILES_DIR_FD, err))
    return NULL;
  osref_value *r = osref_fwalk(t.at.path, t.path.is_bytes, osref_arg_bool(argv[1], true),
                               osref_arg_bool(argv[3], false), t.at.dir_fd, err);
  osref_files_target_release(&t);
  return r;
}

static const osref_param fwalk_params[] = {
  {"top", "'.'", OSREF_POSITIONAL_OR_KEYWORD},
  {"topdown", "True", OSREF_POSITIONAL_OR_KEYWORD},
  {"onerror", "None", OSREF_POSITIONAL_OR_KEYWORD},
  {"follow_symlinks", "False", OSREF_KEYWORD_ONLY},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(fwalk, OSREF_SECTION_FILES, fwalk_params, call_fwalk)
#else
OSREF_ABSENT(fwalk, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_OPENAT unset)")
#endif
