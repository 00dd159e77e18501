/* The command line that starts a target (cases/FORMAT.md, "Target protocol"). */
#ifndef OSC_TARGET_COMMAND_H
#define OSC_TARGET_COMMAND_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct osc_target_command {
  char *argv[3];
  char exe[PATH_MAX], script[PATH_MAX];
} osc_target_command;

/* False, with one line in err, when the executable or script is missing. */
bool osc_target_command_for(const char *target, osc_target_command *cmd, char *err, size_t len);

#endif
