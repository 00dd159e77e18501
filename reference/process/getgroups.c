/* os.getgroups(): the supplementary group ids of the current process. */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_GETGROUPS
osref_value *osref_getgroups(osref_error *err)
{
  /* Ask for the count first; retry if a group was added in between. */
  for (;;) {
    int n = getgroups(0, NULL);
    if (osref_check(n, err) < 0) return NULL;
    gid_t *g = malloc(((size_t)n + 1) * sizeof *g);
    if (!g) return osref_set_error(err, "MemoryError", "out of memory");
    int got = getgroups(n + 1, g);
    if (got < 0) {
      free(g);
      if (errno == EINVAL) continue;
      return osref_set_errno(err, errno);
    }
    osref_value *list = osref_list();
    for (int i = 0; list && i < got; i++) osref_list_append(list, osref_int(g[i]));
    free(g);
    return list;
  }
}

static osref_value *call_getgroups(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_getgroups(err);
}

OSREF_FUNCTION0(getgroups, OSREF_SECT_PROCESS, call_getgroups)
#else
OSREF_ABSENT(getgroups, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETGROUPS unset)")
#endif
