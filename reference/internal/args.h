/* Argument conversion shared by the call-layer entries, with Python's
 * TypeError/ValueError for bad arguments (the messages name the function and
 * the argument, as CPython's Argument Clinic does). Each returns false with
 * err set on failure. A NULL value means "not given". */
#ifndef OSREF_ARGS_H
#define OSREF_ARGS_H

#include "osref.h"

/* A path argument, as CPython's path_converter: str, bytes, os.PathLike,
 * and an int fd where allow_fd is set (documented "path may be a file
 * descriptor"). The result of a path-returning function has the type of the
 * input (bytes in, bytes out). */
typedef struct osref_path {
  const char *name;        /* NUL-terminated narrow path; NULL when fd >= 0 or None */
  size_t len;
  bool is_bytes;           /* the caller passed bytes (or a PathLike returning bytes) */
  int fd;                  /* -1 unless an fd was passed */
  char *owned;             /* freed by osref_path_release */
} osref_path;

bool osref_arg_path(const char *fn, const char *arg, const osref_value *v,
                    bool nullable, bool allow_fd, osref_path *out, osref_error *err);
void osref_path_release(osref_path *p);
/* str or bytes, matching the type of `like` (NULL like = str). */
osref_value *osref_path_value(const osref_path *like, const char *s, size_t len);

/* os.fspath(v): a str or bytes value itself, or what a PathLike's
 * __fspath__() returns; TypeError otherwise. Borrowed, or NULL with err. */
const osref_value *osref_arg_fspath(const osref_value *v, osref_error *err);
/* CPython's PyUnicode_FSConverter (putenv, initgroups): fspath, then no
 * embedded NUL (ValueError "embedded null byte"). Fills out as above. */
bool osref_arg_fsconvert(const osref_value *v, osref_path *out, osref_error *err);

bool osref_arg_int(const char *fn, const char *arg, const osref_value *v, int64_t *out, osref_error *err);
bool osref_arg_int_range(const char *fn, const char *arg, const osref_value *v,
                         int64_t lo, int64_t hi, int64_t *out, osref_error *err);
/* fd: int >= 0 (a negative one is left to the system: EBADF, as CPython) */
bool osref_arg_fd(const char *fn, const char *arg, const osref_value *v, int *out, osref_error *err);
/* dir_fd=None -> AT_FDCWD; NotImplementedError where the build lacks *at() */
bool osref_arg_dir_fd(const char *fn, const osref_value *v, int *out, osref_error *err);
/* Python truthiness, default when not given */
bool osref_arg_bool(const osref_value *v, bool dflt);
bool osref_arg_str(const char *fn, const char *arg, const osref_value *v, const char **out, osref_error *err);
bool osref_arg_bytes_like(const char *fn, const char *arg, const osref_value *v,
                          const void **data, size_t *len, osref_error *err);
/* CPython's own C int converters, with its messages (core/args_scalar.c):
 * PyLong_AsInt, OverflowError "Python int too large to convert to C int";
 * PyArg_Parse's "i", "signed integer is greater than maximum" / "... less
 * than minimum". TypeError for a non-int. */
bool osref_arg_c_int(const osref_value *v, int *out, osref_error *err);
bool osref_arg_format_i(const osref_value *v, int *out, osref_error *err);
bool osref_arg_float(const char *fn, const char *arg, const osref_value *v, double *out, osref_error *err);

/* The typed layer's edge: sets err from a -errno result r and returns -1. */
int osref_fail(long r, osref_error *err);
/* The call layer's result of a typed function that returned r (-1: err is set). */
osref_value *osref_int_result(int64_t r);
osref_value *osref_none_result(int64_t r);

/* Retries a system call on EINTR (PEP 475); returns -errno on failure. */
#define OSREF_RETRY(expr) ({ long r_; do r_ = (long)(expr); while (r_ == -1 && errno == EINTR); r_ == -1 ? -errno : r_; })

#endif
