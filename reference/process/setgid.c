/* os.setgid(gid, /): set the current process's group id. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETGID
int osref_setgid(gid_t gid, osref_error *err)
{
  return osref_check(setgid(gid), err);
}

static osref_value *call_setgid(osref_value *const *argv, osref_error *err)
{
  int64_t id[1];
  if (!osref_arg_ids(argv, 1, true, id, err)) return NULL;
  return osref_none_result(osref_setgid((gid_t)id[0], err));
}

static const osref_param setgid_params[] = {
  {"gid", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(setgid, OSREF_SECT_PROCESS, setgid_params, call_setgid)
#else
OSREF_ABSENT(setgid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETGID unset)")
#endif
