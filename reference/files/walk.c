/* os.walk: a generator of (dirpath, dirnames, filenames), as a HANDLE
 * iterator. Top-down, the children are taken from the dirnames list when
 * the caller asks for the next triple, so removing names prunes the walk;
 * scandir errors skip the directory (onerror=None: a callable cannot be
 * passed to the reference). Symlinks to directories are listed in
 * dirnames but entered only with followlinks. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "internal/entry.h"
#include "internal/files.h"

typedef struct walker {
  osref_walk_stack stack;
  bool as_bytes, topdown, followlinks;
  osref_value *pending;   /* top-down: the triple whose dirnames are still to enter */
} walker;

static bool is_link(const osref_value *path)
{
  struct stat st;
  return lstat(path->u.s.data, &st) == 0 && S_ISLNK(st.st_mode);
}

static bool push_visit(walker *w, osref_value *path)
{
  return path && osref_walk_push(&w->stack, (osref_walk_item){ .kind = OSREF_WALK_VISIT, .value = path });
}

/* Top-down: enter what remains in the dirnames the caller saw, in order. */
static bool enter_pending(walker *w)
{
  osref_value *top = w->pending->u.seq.items[0], *dirs = w->pending->u.seq.items[1];
  bool ok = true;
  for (size_t i = dirs->type == OSREF_LIST ? dirs->u.seq.len : 0; ok && i-- > 0;) {
    const osref_value *name = dirs->u.seq.items[i];
    if (name->type != top->type) continue;
    osref_value *path = osref_files_join_value(top, name);
    if (path && !w->followlinks && is_link(path)) osref_decref(path);
    else ok = push_visit(w, path);
  }
  osref_decref(w->pending);
  w->pending = NULL;
  return ok;
}

/* Bottom-up: the triple waits under its subdirectories (not symlinks to
 * directories unless followlinks). */
static bool push_bottom_up(walker *w, osref_value *triple, osref_value *entries)
{
  if (!osref_walk_push(&w->stack, (osref_walk_item){ .kind = OSREF_WALK_YIELD, .value = triple })) return false;
  bool ok = true;
  for (size_t i = entries->u.seq.len; ok && i-- > 0;) {
    osref_error ignored = {0};
    osref_value *entry = entries->u.seq.items[i];
    if (!w->followlinks && osref_dirent_is_symlink(entry, &ignored) == 1) continue;
    osref_value *path = osref_attr(entry, "path", &ignored);
    ok = push_visit(w, path);
  }
  return ok;
}

static osref_value *visit(walker *w, osref_value *path, bool *skipped, osref_error *err)
{
  osref_value *dirs = osref_list(), *nondirs = osref_list(), *entries = osref_list();
  osref_value *triple = osref_tuple(3);
  osref_error scan_err = {0};
  *skipped = false;
  if (!dirs || !nondirs || !entries || !triple) {
    osref_decref(dirs), osref_decref(nondirs), osref_decref(entries), osref_decref(triple);
    return osref_set_errno(err, ENOMEM);
  }
  osref_at at = OSREF_AT_PATH(path->u.s.data);
  *skipped = !osref_walk_scan(&at, w->as_bytes, dirs, nondirs, w->topdown ? NULL : entries, &scan_err);
  osref_seq_set(triple, 0, osref_incref(path));
  osref_seq_set(triple, 1, dirs);
  osref_seq_set(triple, 2, nondirs);
  if (*skipped) {
    osref_decref(triple), osref_decref(entries);
    return NULL;
  }
  if (w->topdown) {
    osref_decref(entries);
    w->pending = osref_incref(triple);
    return triple;
  }
  bool ok = push_bottom_up(w, triple, entries);
  osref_decref(entries);
  return ok ? NULL : osref_set_errno(err, ENOMEM);
}

static osref_value *next(void *self, osref_error *err)
{
  walker *w = self;
  osref_walk_item item;
  if (w->pending && !enter_pending(w)) return osref_set_errno(err, ENOMEM);
  while (osref_walk_pop(&w->stack, &item)) {
    if (item.kind == OSREF_WALK_YIELD) return item.value;
    bool skipped;
    osref_value *r = visit(w, item.value, &skipped, err);
    osref_walk_item_release(&item);
    if (r || err->type) return r;
  }
  return NULL;
}

static void release(void *self)
{
  walker *w = self;
  osref_walk_stack_release(&w->stack);
  osref_decref(w->pending);
  free(w);
}

static const osref_handle_ops walk_ops = { "generator", NULL, NULL, next, release, NULL};

osref_value *osref_walk(const char *top, bool as_bytes, bool topdown, bool followlinks,
                        osref_error *err)
{
  walker *w = calloc(1, sizeof *w);
  osref_value *path = as_bytes ? osref_bytes(top, strlen(top)) : osref_str(top);
  osref_value *h = w && path ? osref_handle(&walk_ops, w) : NULL;
  if (!h) {
    osref_decref(path);
    free(w);
    return osref_set_errno(err, ENOMEM);
  }
  *w = (walker){ .as_bytes = as_bytes, .topdown = topdown, .followlinks = followlinks };
  if (!push_visit(w, path)) {
    osref_decref(h);
    return osref_set_errno(err, ENOMEM);
  }
  return h;
}

/* onerror: the reference cannot call back into Python, so only None. */
bool osref_files_onerror_none(const char *fn, const osref_value *onerror, osref_error *err)
{
  if (!onerror || onerror->type == OSREF_NONE) return true;
  osref_set_error(err, "NotImplementedError", "%s: the reference accepts only onerror=None", fn);
  return false;
}

static osref_value *call_walk(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_onerror_none("walk", argv[2], err)
      || !osref_files_target_init(&t, "walk", "top", argv[0], NULL, NULL, 0, err))
    return NULL;
  osref_value *r = osref_walk(t.at.path, t.path.is_bytes, osref_arg_bool(argv[1], true),
                              osref_arg_bool(argv[3], false), err);
  osref_files_target_release(&t);
  return r;
}

static const osref_param walk_params[] = {
  {"top", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"topdown", "True", OSREF_POSITIONAL_OR_KEYWORD},
  {"onerror", "None", OSREF_POSITIONAL_OR_KEYWORD},
  {"followlinks", "False", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(walk, OSREF_SECTION_FILES, walk_params, call_walk)
