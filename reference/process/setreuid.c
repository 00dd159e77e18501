/* os.setreuid(ruid, euid, /): set the current process's real and effective user ids. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETREUID
int osref_setreuid(uid_t ruid, uid_t euid, osref_error *err)
{
  return osref_check(setreuid(ruid, euid), err);
}

static osref_value *call_setreuid(osref_value *const *argv, osref_error *err)
{
  int64_t id[2];
  if (!osref_arg_ids(argv, 2, false, id, err)) return NULL;
  return osref_none_result(osref_setreuid((uid_t)id[0], (uid_t)id[1], err));
}

static const osref_param setreuid_params[] = {
  {"ruid", NULL, OSREF_POSITIONAL_ONLY},
  {"euid", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(setreuid, OSREF_SECT_PROCESS, setreuid_params, call_setreuid)
#else
OSREF_ABSENT(setreuid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETREUID unset)")
#endif
