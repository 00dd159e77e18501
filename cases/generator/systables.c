#include <string.h>
#include "systables.h"

#define NONE "{\"returns\": null}"

static const sys_effect dir_fd_effects[] = {
  { "access", "path", "f", "{\"returns\": true}", NULL, NULL, NULL },
  { "chmod", "path", "f", NONE, "{\"op\": \"mode\", \"path\": \"d/f\", \"mode\": 420, \"mask\": 511}", NULL, NULL },
  { "chown", "path", "f", NONE, NULL, NULL, NULL },
  { "lstat", "path", "f", "{\"type\": \"stat_result\"}", NULL, NULL, NULL },
  { "mkdir", "path", "new", NONE, "{\"op\": \"isdir\", \"path\": \"d/new\"}", NULL, NULL },
  { "mkfifo", "path", "new", NONE, "{\"op\": \"exists\", \"path\": \"d/new\"}", NULL, "fifo" },
  { "mknod", "path", "new", NONE, "{\"op\": \"isfile\", \"path\": \"d/new\"}", NULL, NULL },
  { "open", "path", "f", "{\"type\": \"int\"}", NULL, NULL, NULL },
  { "readlink", "path", "l", "{\"returns\": \"f\"}", NULL,
    "{\"op\": \"symlink\", \"target\": \"f\", \"path\": \"d/l\"}", "symlink" },
  { "remove", "path", "f", NONE, "{\"op\": \"absent\", \"path\": \"d/f\"}", NULL, NULL },
  { "rmdir", "path", "sub", NONE, "{\"op\": \"absent\", \"path\": \"d/sub\"}",
    "{\"op\": \"mkdir\", \"path\": \"d/sub\"}", NULL },
  { "stat", "path", "f", "{\"type\": \"stat_result\"}", NULL, NULL, NULL },
  { "symlink", "dst", "new", NONE, "{\"op\": \"islink\", \"path\": \"d/new\"}", NULL, "symlink" },
  { "unlink", "path", "f", NONE, "{\"op\": \"absent\", \"path\": \"d/f\"}", NULL, NULL },
  { "utime", "path", "f", NONE, NULL, NULL, NULL },
};

static const sys_effect nofollow_effects[] = {
  { "access", "path", "l", "{\"returns\": true}", NULL, NULL, "symlink" },
  { "chown", "path", "l", NONE, NULL, NULL, "symlink" },
  { "link", "src", "l", NONE, "{\"op\": \"islink\", \"path\": \"new\"}", NULL, "symlink" },
  /* Linux gives every symlink mode 0o777: S_IFLNK | 0o777. */
  { "stat", "path", "l", "{\"type\": \"stat_result\"}", NULL, NULL, "linux" },
  { "utime", "path", "l", NONE, NULL, NULL, "symlink" },
};

static const sys_effect *find(const sys_effect *v, size_t n, const char *function)
{
  for (size_t i = 0; i < n; i++)
    if (strcmp(v[i].function, function) == 0)
      return &v[i];
  return NULL;
}

const sys_effect *dir_fd_effect(const char *function)
{
  return find(dir_fd_effects, sizeof dir_fd_effects / sizeof *dir_fd_effects, function);
}

const sys_effect *nofollow_effect(const char *function)
{
  return find(nofollow_effects, sizeof nofollow_effects / sizeof *nofollow_effects, function);
}

static int listed(const char *function, const char *const *list)
{
  for (; *list; list++)
    if (strcmp(function, *list) == 0)
      return 1;
  return 0;
}

int sys_denied(const char *function)
{
  static const char *const prefixes[] = { "exec", "spawn", "posix_spawn", "fork", "kill", NULL };
  static const char *const names[] = { "_exit", "abort", "system", "popen", "startfile",
    "closerange", "login_tty", "setns", "unshare", "register_at_fork", "fdopen", NULL };
  for (const char *const *p = prefixes; *p; p++)
    if (strncmp(function, *p, strlen(*p)) == 0)
      return 1;
  return listed(function, names);
}

int sys_isolated(const char *function)
{
  static const char *const names[] = { "chdir", "fchdir", "chroot", "umask", "nice", "putenv",
    "unsetenv", "reload_environ", "initgroups", "plock", NULL };
  static const char *const not_state[] = { "set_blocking", "set_inheritable", "set_handle_inheritable",
    "setxattr", NULL };
  if ((strncmp(function, "set", 3) == 0 || strncmp(function, "sched_set", 9) == 0)
      && !listed(function, not_state))
    return 1;
  return listed(function, names);
}

int sys_int_param(const char *function, const char *param)
{
  static const char *const names[] = { "advice", "clockid", "cmd", "code", "count", "device",
    "egid", "euid", "flags", "gid", "increment", "initval", "len", "length", "major", "mask",
    "minor", "mode", "n", "nstype", "offset", "oflag", "options", "pg", "pgid", "pgrp", "pid",
    "policy", "pos", "priority", "rgid", "ruid", "sgid", "sig", "size", "status", "suid", "uid",
    "which", "who", "whence", NULL };
  /* fdopen and popen pass mode to open(): a str. */
  return listed(param, names) && !(strcmp(param, "mode") == 0 && listed(function, (const char *const[]){ "fdopen", "popen", NULL }));
}

int sys_no_disk(const char *function)
{
  static const char *const names[] = { "fspath", NULL };
  return listed(function, names);
}
