/* os.umask(mask, /): set the umask, return the previous one. */
#include <stdint.h>
#include <sys/stat.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

int osref_umask(int mask) { return (int)umask((mode_t)mask); }

static osref_value *call_umask(osref_value *const *argv, osref_error *err)
{
  int64_t mask;
  if (!osref_arg_int_range("umask", "mask", argv[0], INT32_MIN, INT32_MAX, &mask, err)) return NULL;
  return osref_int(osref_umask((int)mask));
}

static const osref_param umask_params[] = {{"mask", NULL, OSREF_POSITIONAL_ONLY}};
OSREF_FUNCTION(umask, OSREF_SECT_PROCESS, umask_params, call_umask)
