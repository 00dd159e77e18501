/* os.path.split for the recursive helpers (makedirs, removedirs,
 * renames): head is everything up to the last '/', with trailing slashes
 * removed unless head is only slashes; tail is the rest. */
#include "internal/files.h"

void osref_files_split(const char *p, size_t len, size_t *head_len, size_t *tail_start)
{
  size_t i = len;
  while (i > 0 && p[i - 1] != '/') i--;
  *tail_start = i;
  size_t h = i;
  while (h > 0 && p[h - 1] == '/') h--;
  *head_len = h ? h : i;   /* '/' and '//' stay as they are */
}
