/* os.strerror(code, /): the message for an error number; ValueError where
 * the libc's strerror returns NULL for an unknown one (glibc never does). */
#include <stdint.h>
#include <string.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

osref_value *osref_strerror(int code, osref_error *err)
{
  const char *msg = strerror(code);
  if (!msg) return osref_set_error(err, "ValueError", "strerror() argument out of range");
  return osref_str(msg);
}

static osref_value *call_strerror(osref_value *const *argv, osref_error *err)
{
  int64_t code;
  if (!osref_arg_int_range("strerror", "code", argv[0], INT32_MIN, INT32_MAX, &code, err)) return NULL;
  return osref_strerror((int)code, err);
}

static const osref_param strerror_params[] = {{"code", NULL, OSREF_POSITIONAL_ONLY}};
OSREF_FUNCTION(strerror, OSREF_SECT_PROCESS, strerror_params, call_strerror)
