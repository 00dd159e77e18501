/* Helpers shared by reference/process/ and reference/sysinfo/. */
#ifndef OSREF_INTERNAL_PROCESS_H
#define OSREF_INTERNAL_PROCESS_H

#include <stdbool.h>
#include <sys/types.h>
#include "osref.h"
#include "osref/sysinfo.h"
#include "args.h"

#define OSREF_SECT_PROCESS "Process Parameters"
#define OSREF_SECT_SYSINFO "Miscellaneous System Information"
#define OSREF_SECT_RANDOM "Random numbers"
#define OSREF_SECT_PROCMGMT "Process Management"
#define OSREF_SECT_SCHED "Interface to the scheduler"

/* os.defpath on POSIX, as CPython's posixpath has it. */
#define OSREF_DEFPATH "/bin:/usr/bin"

/* A uid or gid, as CPython's _Py_Uid_Converter: an int, where -1 stands for
 * (uid_t)-1; TypeError "uid should be integer, not str" and OverflowError
 * outside the type's range. */
bool osref_arg_uid(const osref_value *v, uid_t *out, osref_error *err);
bool osref_arg_gid(const osref_value *v, gid_t *out, osref_error *err);

/* Several ids at once: argv[0..n) as uids (gids when gid), each int64
 * holding -1 for (uid_t)-1. */
bool osref_arg_ids(osref_value *const *argv, size_t n, bool gid, int64_t *out, osref_error *err);

/* Typed-layer edge: a system call's -1 becomes *err from errno. Returns r. */
int osref_check(int r, osref_error *err);

/* Call-layer results of a typed function: r < 0 means *err is set. */

/* The value of a name for confstr() and sysconf(): a str from the table,
 * else an int (ValueError, TypeError as CPython's conv_confname). */
bool osref_arg_confname(const char *fn, const osref_value *v, const osref_conf_name *table,
                        size_t n, int *out, osref_error *err);
/* {name: value} of a table, as confstr_names and sysconf_names. */
osref_value *osref_conf_names_dict(const osref_conf_name *table, size_t n, osref_error *err);

/* urandom's fallback without getrandom(): size bytes from the device at
 * path; NotImplementedError if it cannot be opened. 0, or -1 with *err. */
int osref_read_random_device(const char *path, char *buf, size_t size, osref_error *err);

#endif
