/* Helpers for the fd sections' tests (test_fd*.c, test_fileobj*.c): a
 * private temporary directory per test, and short ways to call os.NAME
 * through the call layer and check its result or its exception. */
#ifndef OSREF_TEST_FD_H
#define OSREF_TEST_FD_H

#include <criterion/criterion.h>
#include <errno.h>
#include "osref.h"

/* mkdtemp + chdir into it; the teardown goes back and removes it. */
void fd_sandbox_enter(void);
void fd_sandbox_leave(void);

/* A tuple of n values, stolen. */
osref_value *fd_tuple(size_t n, ...);
/* A dict from key, value pairs ending with NULL; values stolen. */
osref_value *fd_kwargs(const char *key, ...);

/* os.name(*args, **kwargs); args/kwargs stolen; kwargs may be NULL. */
osref_value *fd_call(const char *name, osref_value *args, osref_value *kwargs, osref_error *err);
/* The call must succeed and return an int / None / a bool. */
int64_t fd_call_int(const char *name, osref_value *args, osref_value *kwargs);
void fd_call_none(const char *name, osref_value *args, osref_value *kwargs);
bool fd_call_bool(const char *name, osref_value *args, osref_value *kwargs);
/* The call must raise type (with errnum when it is not 0). */
void fd_call_raises(const char *name, osref_value *args, osref_value *kwargs,
                    const char *type, int errnum);
/* os.NAME as an int (a constant). */
int64_t fd_const(const char *name);

/* A file in the sandbox holding data; returns its fd (O_RDWR). */
int fd_file_with(const char *path, const char *data);
/* An fd number that is certainly closed. */
int fd_closed(void);

#endif
