/* os.setuid(uid, /): set the current process's user id. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETUID
int osref_setuid(uid_t uid, osref_error *err)
{
  return osref_check(setuid(uid), err);
}

static osref_value *call_setuid(osref_value *const *argv, osref_error *err)
{
  int64_t id[1];
  if (!osref_arg_ids(argv, 1, false, id, err)) return NULL;
  return osref_none_result(osref_setuid((uid_t)id[0], err));
}

static const osref_param setuid_params[] = {
  {"uid", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(setuid, OSREF_SECT_PROCESS, setuid_params, call_setuid)
#else
OSREF_ABSENT(setuid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETUID unset)")
#endif
