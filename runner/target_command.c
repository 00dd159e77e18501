#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "home.h"
#include "target_command.h"

/* The targets that run inside the Debian root `make targets` builds. */
static const struct alias {
  const char *name, *exe;
} aliases[] = {
  {"cpython3.14", "/usr/bin/python3.14"},
  {"cpython3.13", "/usr/bin/python3.13"},
  {"pypy3.11", "/usr/bin/pypy3"},
  {"micropython-unix", "/usr/bin/micropython"},
};

const char *osc_default_root(char *buf, size_t len)
{
  const char *env = getenv("OSCONFORM_ROOT"), *cache = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
  if (env && *env)
    snprintf(buf, len, "%s", env);
  else if (cache && *cache)
    snprintf(buf, len, "%s/osconform/sid", cache);
  else
    snprintf(buf, len, "%s/.cache/osconform/sid", home && *home ? home : "/root");
  return buf;
}

static bool with_script(osc_target_command *cmd, const char *rel, char *err, size_t len)
{
  osc_home_path(rel, cmd->script, sizeof cmd->script);
  if (access(cmd->script, R_OK) != 0) {
    snprintf(err, len, "%s is missing", cmd->script);
    return false;
  }
  return true;
}

static bool find(osc_target_command *cmd, const char *name, char *err, size_t len)
{
  if (osc_find_executable(name, cmd->exe, sizeof cmd->exe))
    return true;
  snprintf(err, len, "%s is not installed (no such executable)", name);
  return false;
}

/* EXE inside ROOT: looked up there, run there under its own path. */
static bool find_in_root(osc_target_command *cmd, const char *root, const char *exe, char *err, size_t len)
{
  struct stat st;
  char inside[2 * PATH_MAX];
  snprintf(cmd->root, sizeof cmd->root, "%s", root);
  snprintf(cmd->exe, sizeof cmd->exe, "%s", exe);
  if (stat(root, &st) != 0 || !S_ISDIR(st.st_mode)) {
    snprintf(err, len, "%s: no such root (make targets builds it)", root);
    return false;
  }
  snprintf(inside, sizeof inside, "%s%s", root, exe);
  if (exe[0] != '/' || access(inside, X_OK) != 0) {
    snprintf(err, len, "%s is not installed in %s", exe, root);
    return false;
  }
  return true;
}

/* The native MicroPython cannot import start.py's helpers (no os.path, no
 * pycache_prefix): it runs driver.py as the script itself. */
static const char *driver_for(const char *exe)
{
  const char *base = strrchr(exe, '/');
  base = base ? base + 1 : exe;
  return strncmp(base, "micropython", 11) == 0 ? "runner/drivers/driver.py" : "runner/drivers/start.py";
}

/* python:EXE, or python:ROOT:EXE with an absolute EXE inside ROOT. */
static bool python_target(osc_target_command *cmd, const char *spec, char *err, size_t len)
{
  const char *colon = strstr(spec, ":/");
  if (colon && colon != spec) {
    char root[PATH_MAX];
    snprintf(root, sizeof root, "%.*s", (int)(colon - spec), spec);
    if (!find_in_root(cmd, root, colon + 1, err, len))
      return false;
  } else if (!find(cmd, spec, err, len)) {
    return false;
  }
  return with_script(cmd, driver_for(cmd->exe), err, len);
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
  for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
    if (strcmp(target, aliases[i].name) == 0) {
      char root[PATH_MAX];
      return find_in_root(cmd, osc_default_root(root, sizeof root), aliases[i].exe, err, len) &&
             with_script(cmd, driver_for(cmd->exe), err, len);
    }
  if (strncmp(target, "exec:", 5) == 0)
    return find(cmd, target + 5, err, len);
  if (strncmp(target, "python:", 7) == 0)
    return python_target(cmd, target + 7, err, len);
  const char *script = strcmp(target, "pyodide") == 0 ? "runner/drivers/node/pyodide.mjs"
                                                       : "runner/drivers/node/micropython.mjs";
  return find(cmd, "node", err, len) && with_script(cmd, script, err, len);
}

bool osc_target_is_alias(const char *target)
{
  for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
    if (strcmp(target, aliases[i].name) == 0)
      return true;
  return false;
}
