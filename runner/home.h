/* Where osconform's own files are: the binary lives in <home>/build/bin/, the
 * drivers in <home>/runner/drivers/, the vocabulary in <home>/spec/. */
#ifndef OSC_HOME_H
#define OSC_HOME_H

#include <stdbool.h>
#include <stddef.h>

/* The directory holding this executable ("<home>/build/bin"). */
const char *osc_bin_dir(void);
/* $OSCONFORM_HOME, else two levels above the binary if it holds runner/, else ".". */
const char *osc_home(void);
/* <home>/rel into buf. */
const char *osc_home_path(const char *rel, char *buf, size_t len);
/* An executable by name or path, searched in $PATH like a shell; false if none. */
bool osc_find_executable(const char *name, char *buf, size_t len);

#endif
