/* os.setresgid(rgid, egid, sgid, /): set the real, effective and saved group ids. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETRESGID
int osref_setresgid(gid_t rgid, gid_t egid, gid_t sgid, osref_error *err)
{
  return osref_check(setresgid(rgid, egid, sgid), err);
}

static osref_value *call_setresgid(osref_value *const *argv, osref_error *err)
{
  int64_t id[3];
  if (!osref_arg_ids(argv, 3, true, id, err)) return NULL;
  return osref_none_result(osref_setresgid((gid_t)id[0], (gid_t)id[1], (gid_t)id[2], err));
}

static const osref_param setresgid_params[] = {
  {"rgid", NULL, OSREF_POSITIONAL_ONLY},
  {"egid", NULL, OSREF_POSITIONAL_ONLY},
  {"sgid", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(setresgid, OSREF_SECT_PROCESS, setresgid_params, call_setresgid)
#else
OSREF_ABSENT(setresgid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETRESGID unset)")
#endif
