/* os.system(command): system(3)'s result, the wait status, as an int. */
#include <stdlib.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/exec.h"

int osref_system(const char *command)
{
  return system(command);
}

static osref_value *call_system(osref_value *const *argv, osref_error *err)
{
  osref_path command;
  if (!osref_arg_fsconvert(argv[0], &command, err)) return NULL;
  return osref_int(osref_system(command.name));
}

static const osref_param system_params[] = {
  {"command", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(system, OSREF_SECT_PROCMGMT, system_params, call_system)
