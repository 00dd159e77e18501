/* os.unsetenv(key, /): removes a variable from the process environment
 * (not from os.environ). The libc refuses '' and names with '=' (EINVAL). */
#include <errno.h>
#include <stdlib.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

int osref_unsetenv(const char *key, osref_error *err)
{
  if (unsetenv(key) < 0) {
    osref_set_errno(err, errno);
    return -1;
  }
  return 0;
}

static osref_value *call_unsetenv(osref_value *const *argv, osref_error *err)
{
  osref_path key;
  if (!osref_arg_fsconvert(argv[0], &key, err)) return NULL;
  return osref_none_result(osref_unsetenv(key.name, err));
}

static const osref_param unsetenv_params[] = {
  {"key", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(unsetenv, OSREF_SECT_PROCESS, unsetenv_params, call_unsetenv)
