/* libosref typed layer: "Miscellaneous System Information" and "Random
 * numbers". Conventions as osref/process.h. */
#ifndef OSREF_SYSINFO_H
#define OSREF_SYSINFO_H

#include <stdint.h>
#include <stddef.h>
#include "osref.h"

/* confstr/sysconf names: the table of names the host defines (the keys of
 * confstr_names and sysconf_names) and the lookup the functions use. */
typedef struct osref_conf_name { const char *name; int value; } osref_conf_name;
const osref_conf_name *osref_confstr_table(size_t *count);
const osref_conf_name *osref_sysconf_table(size_t *count);

osref_value *osref_confstr(int name, osref_error *err);          /* str, or None if undefined */
int osref_sysconf(int name, long *value, osref_error *err);
osref_value *osref_getloadavg(osref_error *err);                 /* (float, float, float) */
int64_t osref_cpu_count(void);                                   /* 0 if undetermined */
int64_t osref_process_cpu_count(void);                           /* 0 if undetermined */

osref_value *osref_getrandom(int64_t size, int flags, osref_error *err);   /* bytes */
osref_value *osref_urandom(int64_t size, osref_error *err);                /* bytes */

#endif
