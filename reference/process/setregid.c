/* os.setregid(rgid, egid, /): set the current process's real and effective group ids. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETREGID
int osref_setregid(gid_t rgid, gid_t egid, osref_error *err)
{
  return osref_check(setregid(rgid, egid), err);
}

static osref_value *call_setregid(osref_value *const *argv, osref_error *err)
{
  int64_t id[2];
  if (!osref_arg_ids(argv, 2, true, id, err)) return NULL;
  return osref_none_result(osref_setregid((gid_t)id[0], (gid_t)id[1], err));
}

static const osref_param setregid_params[] = {
  {"rgid", NULL, OSREF_POSITIONAL_ONLY},
  {"egid", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(setregid, OSREF_SECT_PROCESS, setregid_params, call_setregid)
#else
OSREF_ABSENT(setregid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETREGID unset)")
#endif
