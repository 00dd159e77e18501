/* The argument conversion shared by the exec family, spawn and posix_spawn:
 * argv and env as CPython's parse_arglist and parse_envlist convert them;
 * the at-fork handlers for every fork the library makes. */
#ifndef OSREF_INTERNAL_EXEC_ARGS_H
#define OSREF_INTERNAL_EXEC_ARGS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include "osref.h"

/* A NULL-terminated array of strings, owned (argv and envp for exec). */
typedef struct osref_strv {
  char **items;
  size_t len;
} osref_strv;

void osref_strv_free(osref_strv *v);

/* argv's shape: a tuple or list (TypeError "WHAT must be a tuple or list"),
 * not empty (ValueError "WHAT must not be empty"). WHAT is how CPython
 * names the argument: "execv() arg 2", "execve: argv", "posix_spawn: argv". */
bool osref_exec_argv_check(const char *what, const osref_value *argv, osref_error *err);
/* argv's items (str, bytes or os.PathLike without NUL), the first one not
 * empty (ValueError "WHAT first element cannot be empty"). */
bool osref_exec_argv(const char *what, const osref_value *argv, osref_strv *out, osref_error *err);

/* Whether CPython's PyMapping_Check accepts env (a dict, but also a
 * sequence, which then fails on .keys()). */
bool osref_exec_is_mapping(const osref_value *env);
/* env's items as "KEY=VALUE" (keys and values str, bytes or os.PathLike;
 * ValueError "illegal environment variable name" for an empty key or one
 * with '=' after its first character). */
bool osref_exec_envp(const osref_value *env, osref_strv *out, osref_error *err);

/* The at-fork handlers (fork.c) around a fork made elsewhere (forkpty). */
void osref_before_fork(void);
void osref_after_fork(pid_t pid);   /* pid as fork() returned it */

#endif
