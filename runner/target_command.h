/* The command line that starts a target (cases/FORMAT.md, "Target protocol"),
 * and the confinement around it (runner/README.md, "Confinement"). */
#ifndef OSC_TARGET_COMMAND_H
#define OSC_TARGET_COMMAND_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

#define OSC_TARGET_ARGV_MAX 48

typedef struct osc_target_command {
  char *argv[OSC_TARGET_ARGV_MAX];  /* what is executed: bwrap ... -- exe [script] */
  char exe[PATH_MAX], script[PATH_MAX];
  char root[PATH_MAX];    /* "": the host's file system; else a Debian root the target runs in */
  char bwrap[PATH_MAX];
  char mountpoint[PATH_MAX];  /* root + the sandbox root: its mount point */
  size_t mountpoint_made;     /* length of the highest directory of it made for the run, 0 if none */
  bool confined;
} osc_target_command;

/* Resolves a target name (reference, python:EXE, python:ROOT:EXE, an alias
 * such as cpython3.14, pyodide, micropython, exec:PATH) to its executable
 * and script. False, with one line in err, when one is missing. */
bool osc_target_command_for(const char *target, osc_target_command *cmd, char *err, size_t len);

/* cpython3.14 and the other names of targets inside the Debian root. */
bool osc_target_is_alias(const char *target);

/* Puts the command inside bubblewrap: its own PID, mount, network, IPC and
 * UTS namespaces, the whole file system read-only but `sandbox_root`, a
 * /dev of its own. With confine false the command runs as it is. False,
 * with one line in err, when confinement is asked for and cannot be had. */
bool osc_target_command_confine(osc_target_command *cmd, const char *sandbox_root, bool confine,
                                char *err, size_t len);

/* Takes away what confine made in the root. */
void osc_target_command_release(osc_target_command *cmd);

/* The directory of the Debian root for the alias targets: $OSCONFORM_ROOT,
 * else $XDG_CACHE_HOME/osconform/sid, else ~/.cache/osconform/sid. */
const char *osc_default_root(char *buf, size_t len);

#endif
