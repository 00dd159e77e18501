/* os.sched_yield() */
#include <sched.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/sched.h"

#ifdef HAVE_SCHED_YIELD
int osref_sched_yield(osref_error *err) { return osref_check(sched_yield(), err); }

static osref_value *call_sched_yield(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_none_result(osref_sched_yield(err));
}

OSREF_FUNCTION0(sched_yield, OSREF_SECT_SCHED, call_sched_yield)
#else
OSREF_ABSENT(sched_yield, OSREF_SECT_SCHED, OSREF_FUNCTION, "not in this libc (HAVE_SCHED_YIELD unset)")
#endif
