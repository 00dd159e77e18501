/* os.setegid(egid, /): set the current process's effective group id. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETEGID
int osref_setegid(gid_t egid, osref_error *err)
{
  return osref_check(setegid(egid), err);
}

static osref_value *call_setegid(osref_value *const *argv, osref_error *err)
{
  int64_t id[1];
  if (!osref_arg_ids(argv, 1, true, id, err)) return NULL;
  return osref_none_result(osref_setegid((gid_t)id[0], err));
}

static const osref_param setegid_params[] = {
  {"egid", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(setegid, OSREF_SECT_PROCESS, setegid_params, call_setegid)
#else
OSREF_ABSENT(setegid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETEGID unset)")
#endif
