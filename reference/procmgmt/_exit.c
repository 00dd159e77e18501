/* os._exit(n): exit at once, without cleanup handlers or stdio flushing. */
#include <stdint.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/procsig.h"

_Noreturn void osref__exit(int status)
{
  _exit(status);
}

/* os.rst names the parameter n; CPython names it status. */
static osref_value *call__exit(osref_value *const *argv, osref_error *err)
{
  int64_t n;
  if (!osref_arg_int_range("_exit", "n", argv[0], INT32_MIN, INT32_MAX, &n, err)) return NULL;
  osref__exit((int)n);
}

static const osref_param _exit_params[] = {
  {"n", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(_exit, OSREF_SECT_PROCMGMT, _exit_params, call__exit)
