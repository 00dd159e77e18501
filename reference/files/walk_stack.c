/* The walkers' stack of pending work, and their directory scan. */
#include <stdlib.h>
#include <unistd.h>
#include "internal/files.h"

void osref_walk_item_release(osref_walk_item *it)
{
  osref_decref(it->value);
  osref_decref(it->name);
  osref_decref(it->entry);
  if (it->kind == OSREF_WALK_CLOSE) close(it->fd);
}

bool osref_walk_push(osref_walk_stack *s, osref_walk_item item)
{
  if (s->len == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 16;
    osref_walk_item *items = realloc(s->items, cap * sizeof *items);
    if (!items) {
      osref_walk_item_release(&item);
      return false;
    }
    s->items = items;
    s->cap = cap;
  }
  s->items[s->len++] = item;
  return true;
}

bool osref_walk_pop(osref_walk_stack *s, osref_walk_item *out)
{
  if (!s->len) return false;
  *out = s->items[--s->len];
  return true;
}

void osref_walk_stack_release(osref_walk_stack *s)
{
  while (s->len) osref_walk_item_release(&s->items[--s->len]);
  free(s->items);
  s->items = NULL;
  s->cap = 0;
}

bool osref_walk_scan(const osref_at *dir, bool as_bytes, osref_value *dirs, osref_value *nondirs,
                     osref_value *entries, osref_error *err)
{
  osref_value *it = osref_scandir(dir, as_bytes, err), *entry;
  if (!it) return false;
  while ((entry = it->u.h.ops->next(it->u.h.self, err))) {
    osref_error ignored = {0};
    /* An entry whose type cannot be read is not a directory, as with
     * os.path.isdir. */
    bool is_dir = osref_dirent_is_dir(entry, true, &ignored) == 1;
    osref_list_append(is_dir ? dirs : nondirs, osref_incref(osref_dirent_name(entry)));
    if (is_dir && entries) osref_list_append(entries, osref_incref(entry));
    osref_decref(entry);
  }
  osref_decref(it);
  return err->type == NULL;
}
