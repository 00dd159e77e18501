/* os.getgrouplist(user, group, /): the groups user belongs to, group included. */
#include <grp.h>
#include <stdlib.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_GETGROUPLIST
osref_value *osref_getgrouplist(const char *user, gid_t group, osref_error *err)
{
  int n = 16;
  gid_t *g = NULL;
  for (;;) {
    gid_t *grown = realloc(g, (size_t)n * sizeof *g);
    if (!grown) {
      free(g);
      return osref_set_error(err, "MemoryError", "out of memory");
    }
    g = grown;
    int want = n;
    if (getgrouplist(user, group, g, &want) >= 0) {
      n = want;
      break;
    }
    /* glibc reports the size it needs in want; others leave it: double. */
    n = want > n ? want : n * 2;
  }
  osref_value *list = osref_list();
  for (int i = 0; list && i < n; i++) osref_list_append(list, osref_int(g[i]));
  free(g);
  return list;
}

static osref_value *call_getgrouplist(osref_value *const *argv, osref_error *err)
{
  const char *user;
  gid_t group;
  if (!osref_arg_str("getgrouplist", "user", argv[0], &user, err) || !osref_arg_gid(argv[1], &group, err))
    return NULL;
  return osref_getgrouplist(user, group, err);
}

static const osref_param getgrouplist_params[] = {
  {"user", NULL, OSREF_POSITIONAL_ONLY},
  {"group", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(getgrouplist, OSREF_SECT_PROCESS, getgrouplist_params, call_getgrouplist)
#else
OSREF_ABSENT(getgrouplist, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETGROUPLIST unset)")
#endif
