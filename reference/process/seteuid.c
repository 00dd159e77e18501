/* os.seteuid(euid, /): set the current process's effective user id. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETEUID
int osref_seteuid(uid_t euid, osref_error *err)
{
  return osref_check(seteuid(euid), err);
}

static osref_value *call_seteuid(osref_value *const *argv, osref_error *err)
{
  int64_t id[1];
  if (!osref_arg_ids(argv, 1, false, id, err)) return NULL;
  return osref_none_result(osref_seteuid((uid_t)id[0], err));
}

static const osref_param seteuid_params[] = {
  {"euid", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(seteuid, OSREF_SECT_PROCESS, seteuid_params, call_seteuid)
#else
OSREF_ABSENT(seteuid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETEUID unset)")
#endif
