/* os.confstr(name, /): a string-valued configuration value, None if the
 * system defines none, OSError EINVAL for a name it does not support. */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/sysinfo.h"

#ifdef HAVE_CONFSTR
osref_value *osref_confstr(int name, osref_error *err)
{
  /* Most values are short; the longer ones (compiler flags) take a second call. */
  char small[32];
  errno = 0;
  size_t need = confstr(name, small, sizeof small);
  if (need == 0) return errno ? osref_set_errno(err, errno) : osref_none();
  if (need <= sizeof small) return osref_strn(small, need - 1);
  char *big = malloc(need);
  if (!big) return osref_set_error(err, "MemoryError", "out of memory");
  size_t got = confstr(name, big, need);
  osref_value *r = got ? osref_strn(big, (got <= need ? got : need) - 1) : osref_none();
  free(big);
  return r;
}

static osref_value *call_confstr(osref_value *const *argv, osref_error *err)
{
  size_t n;
  const osref_conf_name *table = osref_confstr_table(&n);
  int name;
  if (!osref_arg_confname("confstr", argv[0], table, n, &name, err)) return NULL;
  return osref_confstr(name, err);
}

static const osref_param confstr_params[] = {{"name", NULL, OSREF_POSITIONAL_ONLY}};
OSREF_FUNCTION(confstr, OSREF_SECT_SYSINFO, confstr_params, call_confstr)
#else
OSREF_ABSENT(confstr, OSREF_SECT_SYSINFO, OSREF_FUNCTION, "not in this libc (HAVE_CONFSTR unset)")
#endif
