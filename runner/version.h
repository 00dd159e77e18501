/* Numeric comparison of version strings as platforms report them:
 * "6.1.0-18-amd64" reads as 6.1.0, "3.17" as 3.17, missing components are 0. */
#ifndef OSC_VERSION_H
#define OSC_VERSION_H

#include <stdbool.h>

/* <0, 0, >0 like strcmp; false (and *cmp untouched) if either has no leading number. */
bool osc_version_compare(const char *a, const char *b, int *cmp);

#endif
