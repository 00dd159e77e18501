/* os.getresuid() and os.getresgid(): (real, effective, saved) ids. */
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

static osref_value *triple(int64_t a, int64_t b, int64_t c)
{
  osref_value *t = osref_tuple(3);
  if (!t) return NULL;
  osref_seq_set(t, 0, osref_int(a));
  osref_seq_set(t, 1, osref_int(b));
  osref_seq_set(t, 2, osref_int(c));
  return t;
}

#ifdef HAVE_GETRESUID
osref_value *osref_getresuid(osref_error *err)
{
  uid_t r, e, s;
  if (osref_check(getresuid(&r, &e, &s), err) < 0) return NULL;
  return triple(r, e, s);
}

static osref_value *call_getresuid(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_getresuid(err);
}

OSREF_FUNCTION0(getresuid, OSREF_SECT_PROCESS, call_getresuid)
#else
OSREF_ABSENT(getresuid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETRESUID unset)")
#endif

#ifdef HAVE_GETRESGID
osref_value *osref_getresgid(osref_error *err)
{
  gid_t r, e, s;
  if (osref_check(getresgid(&r, &e, &s), err) < 0) return NULL;
  return triple(r, e, s);
}

static osref_value *call_getresgid(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_getresgid(err);
}

OSREF_FUNCTION0(getresgid, OSREF_SECT_PROCESS, call_getresgid)
#else
OSREF_ABSENT(getresgid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_GETRESGID unset)")
#endif
