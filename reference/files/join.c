/* os.path.join(path, name) for the walkers and DirEntry.path: a separator
 * is added unless path is empty or already ends with one. */
#include <stdlib.h>
#include <string.h>
#include "internal/files.h"

char *osref_files_join(const char *path, size_t path_len, const char *name, size_t name_len,
                       size_t *out_len)
{
  bool sep = path_len > 0 && path[path_len - 1] != '/';
  size_t len = path_len + sep + name_len;
  char *s = malloc(len + 1);
  if (!s) return NULL;
  memcpy(s, path, path_len);
  if (sep) s[path_len] = '/';
  memcpy(s + path_len + sep, name, name_len);
  s[len] = '\0';
  if (out_len) *out_len = len;
  return s;
}

osref_value *osref_files_join_value(const osref_value *dir, const osref_value *name)
{
  size_t len;
  char *s = osref_files_join(dir->u.s.data, dir->u.s.len, name->u.s.data, name->u.s.len, &len);
  if (!s) return NULL;
  osref_value *v = dir->type == OSREF_BYTES ? osref_bytes(s, len) : osref_strn(s, len);
  free(s);
  return v;
}
