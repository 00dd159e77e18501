/* os.waitid(idtype, id, options, /): a waitid_result, or None where
 * WNOHANG found no child in the requested state. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "internal/wait.h"
#include "osref/wait.h"

#ifdef HAVE_WAITID
/* With WNOHANG and no child to report, waitid() succeeds and leaves
 * si_pid 0 (POSIX); the zeroed siginfo_t guarantees it. */
int osref_waitid(int idtype, id_t id, int options, siginfo_t *si, osref_error *err)
{
  memset(si, 0, sizeof *si);
  long r = OSREF_RETRY(waitid((idtype_t)idtype, id, si, options));
  return r < 0 ? osref_fail(r, err) : 0;
}

static const char *const waitid_fields[] = {"si_pid", "si_uid", "si_signo", "si_status", "si_code"};

osref_value *osref_waitid_value(const siginfo_t *si)
{
  if (si->si_pid == 0) return osref_none();
  const int64_t values[] = {si->si_pid, si->si_uid, si->si_signo, si->si_status, si->si_code};
  osref_value *r = osref_struct("waitid_result", waitid_fields, 5, 5);
  for (size_t i = 0; i < 5; i++) osref_seq_set(r, i, osref_int(values[i]));
  return r;
}

/* CPython parses idtype and id (an id_t, as a pid_t) with PyArg_Parse's
 * "i", and options with it; id -1 is (id_t)-1. */
static osref_value *call_waitid(osref_value *const *argv, osref_error *err)
{
  int idtype, id, options;
  siginfo_t si;
  if (!osref_arg_format_i(argv[0], &idtype, err) || !osref_arg_format_i(argv[1], &id, err) ||
      !osref_arg_format_i(argv[2], &options, err) || osref_waitid(idtype, (id_t)id, options, &si, err) < 0)
    return NULL;
  return osref_waitid_value(&si);
}

static const osref_param waitid_params[] = {
  {"idtype", NULL, OSREF_POSITIONAL_ONLY},
  {"id", NULL, OSREF_POSITIONAL_ONLY},
  {"options", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(waitid, OSREF_SECT_PROCMGMT, waitid_params, call_waitid)
#else
OSREF_ABSENT(waitid, OSREF_SECT_PROCMGMT, OSREF_FUNCTION, "not in this libc (HAVE_WAITID unset)")
#endif
