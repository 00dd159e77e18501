/* os.wait(): (pid, status) of a child that changed state. */
#include <errno.h>
#include <sys/wait.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef HAVE_WAIT
int64_t osref_wait(int *status, osref_error *err)
{
  *status = 0;
  long r = OSREF_RETRY(wait(status));
  return r < 0 ? osref_fail(r, err) : r;
}

static osref_value *call_wait(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  int status;
  int64_t pid = osref_wait(&status, err);
  return osref_wait_pair(pid, status);
}

OSREF_FUNCTION0(wait, OSREF_SECT_PROCMGMT, call_wait)
#else
OSREF_ABSENT(wait, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_WAIT unset)")
#endif
