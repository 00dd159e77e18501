/* os.putenv(key, value, /): sets the process environment (not os.environ). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

int osref_putenv(const char *key, const char *value, osref_error *err)
{
  if (strchr(key, '=')) {
    osref_set_error(err, "ValueError", "illegal environment variable name");
    return -1;
  }
  if (setenv(key, value, 1) < 0) {
    osref_set_errno(err, errno);
    return -1;
  }
  return 0;
}

static osref_value *call_putenv(osref_value *const *argv, osref_error *err)
{
  osref_path key, value;
  if (!osref_arg_fsconvert(argv[0], &key, err) || !osref_arg_fsconvert(argv[1], &value, err))
    return NULL;
  return osref_none_result(osref_putenv(key.name, value.name, err));
}

static const osref_param putenv_params[] = {
  {"key", NULL, OSREF_POSITIONAL_ONLY},
  {"value", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(putenv, OSREF_SECT_PROCESS, putenv_params, call_putenv)
