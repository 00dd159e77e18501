/* os.removedirs: rmdir the leaf, then each parent named in the path until
 * one fails (that error is ignored: usually a non-empty directory). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

/* Removes the parents of path[0:len] (path is a writable copy). */
void osref_files_prune_parents(char *path, size_t len)
{
  size_t head, tail;
  osref_files_split(path, len, &head, &tail);
  if (tail == len) {
    len = head;
    osref_files_split(path, len, &head, &tail);
  }
  while (head > 0 && tail < len) {
    path[head] = '\0';
    if (rmdir(path) != 0) break;
    len = head;
    osref_files_split(path, len, &head, &tail);
  }
}

int osref_removedirs(const char *name, osref_error *err)
{
  if (osref_rmdir(name, AT_FDCWD, err) < 0) return -1;
  char *copy = strdup(name);
  if (!copy) return osref_fail(-ENOMEM, err);
  osref_files_prune_parents(copy, strlen(copy));
  free(copy);
  return 0;
}

static osref_value *call_removedirs(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_target_init(&t, "removedirs", "name", argv[0], NULL, NULL, 0, err)) return NULL;
  osref_value *r = osref_none_result(osref_removedirs(t.at.path, err));
  osref_files_target_release(&t);
  return r;
}

static const osref_param removedirs_params[] = {
  {"name", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(removedirs, OSREF_SECTION_FILES, removedirs_params, call_removedirs)
