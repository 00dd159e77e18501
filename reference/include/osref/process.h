/* libosref typed layer: "Process Parameters".
 *
 * Conventions (as osref/fd.h and osref/files.h): a function that yields an
 * id, a count or nothing returns it (>= 0) and returns -1 with *err set on
 * failure; a function that yields a Python object returns a new reference,
 * or NULL with *err set. Ids are passed as C ids: (uid_t)-1 and (gid_t)-1
 * mean "unchanged" where the system call says so. */
#ifndef OSREF_PROCESS_H
#define OSREF_PROCESS_H

#include <stdint.h>
#include <stdbool.h>
#include <sys/types.h>
#include "osref.h"

/* The environment as Python sees it: a snapshot taken when the library is
 * loaded (Python: when os is imported), refreshed only by reload_environ. */
osref_value *osref_environ(bool as_bytes, osref_error *err);          /* DICT */
osref_value *osref_environ_get(const char *key, size_t len);  /* the bytes value, borrowed, or NULL */
int osref_reload_environ(osref_error *err);
int osref_putenv(const char *key, const char *value, osref_error *err);
int osref_unsetenv(const char *key, osref_error *err);
/* PATH of env (a DICT, or NULL for environ) split on pathsep: LIST of str. */
osref_value *osref_get_exec_path(const osref_value *env, osref_error *err);

osref_value *osref_ctermid(osref_error *err);
osref_value *osref_getlogin(osref_error *err);
osref_value *osref_strerror(int code, osref_error *err);
osref_value *osref_uname(osref_error *err);                       /* uname_result */

int64_t osref_getpid(void);
int64_t osref_getppid(void);
int64_t osref_getuid(void);
int64_t osref_geteuid(void);
int64_t osref_getgid(void);
int64_t osref_getegid(void);
int64_t osref_getpgrp(void);
int64_t osref_getpgid(pid_t pid, osref_error *err);
int64_t osref_getsid(pid_t pid, osref_error *err);
int osref_setpgrp(osref_error *err);
int osref_setpgid(pid_t pid, pid_t pgrp, osref_error *err);
int64_t osref_setsid(osref_error *err);
int osref_umask(int mask);

osref_value *osref_getresuid(osref_error *err);                   /* (ruid, euid, suid) */
osref_value *osref_getresgid(osref_error *err);                   /* (rgid, egid, sgid) */
osref_value *osref_getgroups(osref_error *err);                   /* LIST of int */
osref_value *osref_getgrouplist(const char *user, gid_t group, osref_error *err);
int osref_setgroups(const gid_t *groups, size_t n, osref_error *err);
int osref_initgroups(const char *user, gid_t gid, osref_error *err);
int osref_setuid(uid_t uid, osref_error *err);
int osref_seteuid(uid_t uid, osref_error *err);
int osref_setreuid(uid_t ruid, uid_t euid, osref_error *err);
int osref_setresuid(uid_t ruid, uid_t euid, uid_t suid, osref_error *err);
int osref_setgid(gid_t gid, osref_error *err);
int osref_setegid(gid_t gid, osref_error *err);
int osref_setregid(gid_t rgid, gid_t egid, osref_error *err);
int osref_setresgid(gid_t rgid, gid_t egid, gid_t sgid, osref_error *err);

/* getpriority can legitimately return -1: it is the value, not an error. */
int osref_getpriority(int which, int who, int *priority, osref_error *err);
int osref_setpriority(int which, int who, int priority, osref_error *err);
int osref_setns(int fd, int nstype, osref_error *err);
int osref_unshare(int flags, osref_error *err);

#endif
