/* os.fchown(fd, uid, gid) */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_FCHOWN
int osref_fchown(int fd, uid_t uid, gid_t gid, osref_error *err)
{
  long r = OSREF_RETRY(fchown(fd, uid, gid));
  return r < 0 ? osref_fail(r, err) : 0;
}

/* A uid/gid: -1 ("leave unchanged") or 0 .. (uid_t)-2, as CPython's converter. */
static bool arg_id(const char *arg, const osref_value *v, uint32_t *out, osref_error *err)
{
  int64_t i;
  if (!osref_arg_int("fchown", arg, v, &i, err))
    return false;
  if (i < -1) {
    osref_set_error(err, "OverflowError", "%s is less than minimum", arg);
    return false;
  }
  if (i > (int64_t)UINT32_MAX - 1) {
    osref_set_error(err, "OverflowError", "%s is greater than maximum", arg);
    return false;
  }
  *out = (uint32_t)i;
  return true;
}

static osref_value *call_fchown(osref_value *const *argv, osref_error *err)
{
  int fd;
  uint32_t uid, gid;
  if (!osref_arg_fd("fchown", "fd", argv[0], &fd, err)
      || !arg_id("uid", argv[1], &uid, err) || !arg_id("gid", argv[2], &gid, err))
    return NULL;
  return osref_none_result(osref_fchown(fd, (uid_t)uid, (gid_t)gid, err));
}

static const osref_param fchown_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"uid", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"gid", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(fchown, "File Descriptor Operations", fchown_params, call_fchown)
#else
OSREF_ABSENT(fchown, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_FCHOWN unset)")
#endif
