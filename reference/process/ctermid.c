/* os.ctermid(): the file name of the controlling terminal. */
#include <errno.h>
#include <stdio.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_CTERMID
osref_value *osref_ctermid(osref_error *err)
{
  char buf[L_ctermid];
  errno = 0;
  const char *name = ctermid(buf);
  if (!name) return osref_set_errno(err, errno);
  return osref_str(name);
}

static osref_value *call_ctermid(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_ctermid(err);
}

OSREF_FUNCTION0(ctermid, OSREF_SECT_PROCESS, call_ctermid)
#else
OSREF_ABSENT(ctermid, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_CTERMID unset)")
#endif
