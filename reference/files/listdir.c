/* os.listdir: the names in a directory, without '.' and '..'; bytes names
 * for a bytes path. */
#include <dirent.h>
#include <string.h>
#include "internal/entry.h"
#include "internal/files.h"

osref_value *osref_listdir(const osref_at *f, bool as_bytes, osref_error *err)
{
  int e = 0;
  DIR *d = osref_files_opendir(f, &e);
  if (!d) return osref_set_errno(err, e);
  osref_value *list = osref_list();
  struct dirent *ent;
  while (list && (ent = osref_files_readdir(d, &e))) {
    size_t n = strlen(ent->d_name);
    osref_list_append(list, as_bytes ? osref_bytes(ent->d_name, n) : osref_strn(ent->d_name, n));
  }
  closedir(d);
  if (e) {
    osref_decref(list);
    return osref_set_errno(err, e);
  }
  return list;
}

static osref_value *call_listdir(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_target_init(&t, "listdir", "path", argv[0], NULL, NULL,
                               OSREF_FILES_FD | OSREF_FILES_NULLABLE, err))
    return NULL;
  osref_value *r = osref_listdir(&t.at, t.path.is_bytes, err);
  osref_files_target_release(&t);
  return r;
}

static const osref_param listdir_params[] = {
  {"path", "'.'", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(listdir, OSREF_SECTION_FILES, listdir_params, call_listdir)
