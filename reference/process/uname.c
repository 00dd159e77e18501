/* os.uname(): uname_result, a struct sequence of five strings. */
#include <sys/utsname.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_UNAME
static const char *const uname_fields[] = {"sysname", "nodename", "release", "version", "machine"};

osref_value *osref_uname(osref_error *err)
{
  struct utsname u;
  if (osref_check(uname(&u), err) < 0) return NULL;
  const char *values[] = {u.sysname, u.nodename, u.release, u.version, u.machine};
  osref_value *r = osref_struct("uname_result", uname_fields, 5, 5);
  for (size_t i = 0; r && i < 5; i++) osref_seq_set(r, i, osref_str(values[i]));
  return r;
}

static osref_value *call_uname(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_uname(err);
}

OSREF_FUNCTION0(uname, OSREF_SECT_PROCESS, call_uname)
#else
OSREF_ABSENT(uname, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_UNAME unset)")
#endif
