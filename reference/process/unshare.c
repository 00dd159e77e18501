/* os.unshare(flags): move parts of the execution context to new namespaces;
 * flags=0 changes nothing. */
#include <sched.h>
#include <stdint.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_UNSHARE
int osref_unshare(int flags, osref_error *err) { return osref_check(unshare(flags), err); }

static osref_value *call_unshare(osref_value *const *argv, osref_error *err)
{
  int64_t flags;
  if (!osref_arg_int_range("unshare", "flags", argv[0], INT32_MIN, INT32_MAX, &flags, err)) return NULL;
  return osref_none_result(osref_unshare((int)flags, err));
}

static const osref_param unshare_params[] = {{"flags", NULL, OSREF_POSITIONAL_OR_KEYWORD}};
OSREF_FUNCTION(unshare, OSREF_SECT_PROCESS, unshare_params, call_unshare)
#else
OSREF_ABSENT(unshare, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_UNSHARE unset)")
#endif
