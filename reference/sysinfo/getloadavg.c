/* os.getloadavg(): the run-queue length averaged over 1, 5 and 15 minutes. */
#include <stdlib.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/sysinfo.h"

#ifdef HAVE_GETLOADAVG
osref_value *osref_getloadavg(osref_error *err)
{
  double avg[3];
  if (getloadavg(avg, 3) != 3) return osref_set_error(err, "OSError", "Load averages are unobtainable");
  osref_value *t = osref_tuple(3);
  for (size_t i = 0; t && i < 3; i++) osref_seq_set(t, i, osref_float(avg[i]));
  return t;
}

static osref_value *call_getloadavg(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_getloadavg(err);
}

OSREF_FUNCTION0(getloadavg, OSREF_SECT_SYSINFO, call_getloadavg)
#else
OSREF_ABSENT(getloadavg, OSREF_SECT_SYSINFO, OSREF_FUNCTION, "not in this libc (HAVE_GETLOADAVG unset)")
#endif
