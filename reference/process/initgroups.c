/* os.initgroups(username, gid, /): the group access list of username, plus gid. */
#include <grp.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_INITGROUPS
int osref_initgroups(const char *user, gid_t gid, osref_error *err)
{
  return osref_check(initgroups(user, gid), err);
}

static osref_value *call_initgroups(osref_value *const *argv, osref_error *err)
{
  osref_path user;
  gid_t gid;
  if (!osref_arg_fsconvert(argv[0], &user, err) || !osref_arg_gid(argv[1], &gid, err)) return NULL;
  return osref_none_result(osref_initgroups(user.name, gid, err));
}

static const osref_param initgroups_params[] = {
  {"username", NULL, OSREF_POSITIONAL_ONLY},
  {"gid", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(initgroups, OSREF_SECT_PROCESS, initgroups_params, call_initgroups)
#else
OSREF_ABSENT(initgroups, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_INITGROUPS unset)")
#endif
