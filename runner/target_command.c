#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "home.h"
#include "target_command.h"

static bool with_script(osc_target_command *cmd, const char *rel, char *err, size_t len)
{
  osc_home_path(rel, cmd->script, sizeof cmd->script);
  if (access(cmd->script, R_OK) != 0) {
    snprintf(err, len, "%s is missing", cmd->script);
    return false;
  }
  cmd->argv[1] = cmd->script;
  return true;
}

static bool find(osc_target_command *cmd, const char *name, char *err, size_t len)
{
  if (osc_find_executable(name, cmd->exe, sizeof cmd->exe))
    return true;
  snprintf(err, len, "%s is not installed (no such executable)", name);
  return false;
}

bool osc_target_command_for(const char *target, osc_target_command *cmd, char *err, size_t len)
{
  memset(cmd, 0, sizeof *cmd);
  cmd->argv[0] = cmd->exe;
  if (strcmp(target, "reference") == 0) {
    snprintf(cmd->exe, sizeof cmd->exe, "%s/osref-target", osc_bin_dir());
    if (access(cmd->exe, X_OK) == 0)
      return true;
    snprintf(err, len, "%s is not built (make %s)", cmd->exe, "build/bin/osref-target");
    return false;
  }
  if (strncmp(target, "exec:", 5) == 0)
    return find(cmd, target + 5, err, len);
  if (strncmp(target, "python:", 7) == 0)
    return find(cmd, target + 7, err, len) && with_script(cmd, "runner/drivers/start.py", err, len);
  const char *script = strcmp(target, "pyodide") == 0 ? "runner/drivers/node/pyodide.mjs"
                                                       : "runner/drivers/node/micropython.mjs";
  return find(cmd, "node", err, len) && with_script(cmd, script, err, len);
}
