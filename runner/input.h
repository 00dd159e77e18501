/* Opening an input file that someone else may have made: a case file, an
 * expectations file, a template, a baseline. */
#ifndef OSC_INPUT_H
#define OSC_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The regular file at path, open for reading; a FIFO, a device or a
 * directory is refused without blocking on it. NULL after one message
 * "osconform: error: PATH: cannot read WHAT: why". */
FILE *osc_open_input(const char *path, const char *what);
/* The same, silent: NULL with why set. */
FILE *osc_open_regular(const char *path, char *why, size_t len);
/* For a file another library opens (SQLite blocks on a FIFO): is it a
 * regular file we can read? false with why set. */
bool osc_is_regular(const char *path, char *why, size_t len);

#endif
