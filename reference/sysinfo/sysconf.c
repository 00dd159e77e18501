/* os.sysconf(name, /): an integer configuration value, -1 if the system
 * defines none, OSError EINVAL for a name it does not support. */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/sysinfo.h"

#ifdef HAVE_SYSCONF
int osref_sysconf(int name, long *value, osref_error *err)
{
  errno = 0;
  long v = sysconf(name);
  if (v == -1 && errno) {
    osref_set_errno(err, errno);
    return -1;
  }
  *value = v;
  return 0;
}

static osref_value *call_sysconf(osref_value *const *argv, osref_error *err)
{
  size_t n;
  const osref_conf_name *table = osref_sysconf_table(&n);
  int name;
  long v;
  if (!osref_arg_confname("sysconf", argv[0], table, n, &name, err) || osref_sysconf(name, &v, err) < 0)
    return NULL;
  return osref_int(v);
}

static const osref_param sysconf_params[] = {{"name", NULL, OSREF_POSITIONAL_ONLY}};
OSREF_FUNCTION(sysconf, OSREF_SECT_SYSINFO, sysconf_params, call_sysconf)
#else
OSREF_ABSENT(sysconf, OSREF_SECT_SYSINFO, OSREF_FUNCTION, "not in this libc (HAVE_SYSCONF unset)")
#endif
