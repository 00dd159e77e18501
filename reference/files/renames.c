/* os.renames: makedirs the new name's parents, rename, then prune the old
 * name's now-empty parents (errors of that last step are ignored). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

static int make_parents(const char *new_, osref_error *err)
{
  size_t len = strlen(new_), head, tail;
  osref_files_split(new_, len, &head, &tail);
  if (head == 0 || tail == len) return 0;
  char *parent = strndup(new_, head);
  if (!parent) return osref_fail(-ENOMEM, err);
  struct stat st;
  int r = stat(parent, &st) == 0 ? 0 : osref_makedirs(parent, 0777, false, err);
  free(parent);
  return r;
}

int osref_renames(const char *old, const char *new_, osref_error *err)
{
  if (make_parents(new_, err) < 0 || osref_rename(old, AT_FDCWD, new_, AT_FDCWD, err) < 0) return -1;
  size_t len = strlen(old), head, tail;
  osref_files_split(old, len, &head, &tail);
  if (head == 0 || tail == len) return 0;
  char *parent = strndup(old, head);
  if (!parent) return osref_fail(-ENOMEM, err);
  if (rmdir(parent) == 0) osref_files_prune_parents(parent, head);
  free(parent);
  return 0;
}

static osref_value *call_renames(osref_value *const *argv, osref_error *err)
{
  osref_files_target old, new_;
  if (!osref_files_target_init(&old, "renames", "old", argv[0], NULL, NULL, 0, err)) return NULL;
  osref_value *r = NULL;
  if (osref_files_target_init(&new_, "renames", "new", argv[1], NULL, NULL, 0, err)) {
    r = osref_none_result(osref_renames(old.at.path, new_.at.path, err));
    osref_files_target_release(&new_);
  }
  osref_files_target_release(&old);
  return r;
}

static const osref_param renames_params[] = {
  {"old", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"new", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(renames, OSREF_SECTION_FILES, renames_params, call_renames)
