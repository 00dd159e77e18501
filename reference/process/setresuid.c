/* os.setresuid(ruid, euid, suid, /): set the real, effective and saved user ids. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETRESUID
int osref_setresuid(uid_t ruid, uid_t euid, uid_t suid, osref_error *err)
{
  return osref_check(setresuid(ruid, euid, suid), err);
}

static osref_value *call_setresuid(osref_value *const *argv, osref_error *err)
{
  int64_t id[3];
  if (!osref_arg_ids(argv, 3, false, id, err)) return NULL;
  return osref_none_result(osref_setresuid((uid_t)id[0], (uid_t)id[1], (uid_t)id[2], err));
}

static const osref_param setresuid_params[] = {
  {"ruid", NULL, OSREF_POSITIONAL_ONLY},
  {"euid", NULL, OSREF_POSITIONAL_ONLY},
  {"suid", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(setresuid, OSREF_SECT_PROCESS, setresuid_params, call_setresuid)
#else
OSREF_ABSENT(setresuid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETRESUID unset)")
#endif
