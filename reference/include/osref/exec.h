/* libosref typed layer: "Process Management", the part that creates and
 * replaces processes (fork, the exec family, spawn, posix_spawn, system,
 * popen).
 *
 * Conventions as osref/process.h: ids and counts are returned (>= 0), -1
 * with *err set on failure. argv and envp are NULL-terminated; envp NULL
 * means the current environment. An exec function returns only on failure. */
#ifndef OSREF_EXEC_H
#define OSREF_EXEC_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include "osref.h"

/* register_at_fork: each callable may be NULL (not given); they are kept
 * for the life of the process. */
int osref_register_at_fork(osref_value *before, osref_value *after_in_parent,
                           osref_value *after_in_child, osref_error *err);
/* fork() running the handlers: before in reverse registration order, then
 * after_in_parent or after_in_child in registration order. An exception
 * from a handler is ignored, as CPython reports it as unraisable. */
int64_t osref_fork(osref_error *err);
/* forkpty(3) with the same handlers; *master_fd is -1 in the child and
 * non-inheritable in the parent. */
int64_t osref_forkpty(int *master_fd, osref_error *err);

int osref_execv(const char *path, char *const argv[], osref_error *err);
/* fd >= 0: fexecve (path is then ignored). */
int osref_execve(const char *path, int fd, char *const argv[], char *const envp[], osref_error *err);
/* os.py's _execvpe: file without '/' is tried in each of dirs (NULL-
 * terminated), with execve when envp is given, else execv. Raises the first
 * error other than ENOENT/ENOTDIR, else the last one. */
int osref_exec_search(const char *file, char *const argv[], char *const envp[],
                      const char *const dirs[], osref_error *err);

#define OSREF_P_WAIT 0
#define OSREF_P_NOWAIT 1
/* The parent's part of spawn: P_NOWAIT gives the pid; any other mode waits
 * (skipping stops) and gives the exit code, or -signal, in *result. Returns
 * 0, or -1 with *err set (a result may be negative). */
int osref_spawn_wait(int64_t mode, pid_t pid, int64_t *result, osref_error *err);
/* spawnv/spawnve (dirs NULL) and spawnvp/spawnvpe (file searched in dirs,
 * as osref_exec_search): fork (with the handlers), exec in the child,
 * _exit(127) there if exec fails. */
int osref_spawn(int64_t mode, const char *file, char *const argv[], char *const envp[],
                const char *const dirs[], int64_t *result, osref_error *err);

/* posix_spawn's keyword arguments, converted. */
typedef struct osref_spawn_attrs {
  bool setpgroup; pid_t pgroup;
  bool resetids, setsid;
  bool setsigmask; const int *sigmask; size_t n_sigmask;
  bool setsigdef; const int *sigdef; size_t n_sigdef;
  bool setscheduler; int policy;         /* setscheduler: policy given */
  bool setschedparam; int priority;
} osref_spawn_attrs;

typedef enum osref_spawn_action_kind {
  OSREF_SPAWN_OPEN, OSREF_SPAWN_CLOSE, OSREF_SPAWN_DUP2, OSREF_SPAWN_CLOSEFROM
} osref_spawn_action_kind;

typedef struct osref_spawn_action {
  osref_spawn_action_kind kind;
  int fd, fd2, oflag;                   /* fd2: DUP2's new fd */
  unsigned long mode;
  const char *path;                     /* OPEN */
} osref_spawn_action;

/* posix_spawn (search: posix_spawnp) with file actions (actions may be NULL
 * for none) and attributes; the new pid. */
int64_t osref_posix_spawn(const char *path, bool search, char *const argv[], char *const envp[],
                          const osref_spawn_action *actions, size_t n_actions,
                          const osref_spawn_attrs *attrs, osref_error *err);

/* system(3): the wait status (-1 if the shell could not be started). */
int osref_system(const char *command);

/* os.popen: a text file object over a pipe to ('w') or from ('r') the
 * standard input or output of `/bin/sh -c cmd`. Its close() closes the pipe,
 * waits for the shell and returns None for exit status 0, the status
 * shifted left by 8 bits for another one, and -signum when a signal killed
 * it (as os.rst says). Released without close(), it closes the pipe and
 * waits for the shell too. buffering as open()'s (0 is refused). */
osref_value *osref_popen(const char *cmd, const char *mode, int64_t buffering, osref_error *err);

#endif
