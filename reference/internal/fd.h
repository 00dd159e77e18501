/* Helpers shared by the fd sections (reference/fd/, reference/fileobj/):
 * result conversion, the argument shapes these functions share (optional
 * offsets, buffer sequences) and close-on-exec handling. */
#ifndef OSREF_INTERNAL_FD_H
#define OSREF_INTERNAL_FD_H

#include <stdint.h>
#include <stdbool.h>
#include <sys/uio.h>
#include "osref.h"
#include "osref/fd.h"

/* Typed-layer edge: r < 0 is -errno, converted once into *err. Return -1. */
int osref_fd_fail(long r, osref_error *err);

/* Call-layer results: NULL (error already set) when r < 0. */
osref_value *osref_fd_int_result(int64_t r);
osref_value *osref_fd_none_result(int64_t r);
osref_value *osref_fd_bool_result(int r);
osref_value *osref_fd_pair(int64_t a, int64_t b);            /* (a, b) */

/* An offset that may be None: *given is false for None or not given. */
bool osref_fd_arg_offset(const char *fn, const char *arg, const osref_value *v,
                         int64_t *out, bool *given, osref_error *err);
/* A byte count: Py_ssize_t (negative counts are left to each function). */
bool osref_fd_arg_ssize(const char *fn, const char *arg, const osref_value *v,
                        int64_t *out, osref_error *err);
/* A C int (flags, commands, clock ids): OverflowError outside int. */
bool osref_fd_arg_cint(const char *fn, const char *arg, const osref_value *v,
                       int *out, osref_error *err);

/* A sequence (tuple or list) of bytes-like buffers, as readv/writev take.
 * The value model has no bytearray: a BYTES item stands for a mutable
 * buffer and readv/preadv/readinto fill it in place, as Python fills a
 * bytearray. Returns the iovec array (free it) or NULL with err set. */
struct iovec *osref_fd_arg_buffers(const char *fn, const osref_value *v, int *count,
                                   osref_error *err);

/* read(2), or pread(2) when offset is given, of at most n bytes into a new
 * BYTES value; a negative n is EINVAL, as CPython reports it. */
osref_value *osref_fd_read_value(int fd, int64_t n, const int64_t *offset, osref_error *err);

/* Timer values (timerfd): seconds given as int or float, floored to ns
 * (OverflowError beyond int64 ns); results as (float, float) seconds. */
bool osref_fd_arg_seconds_ns(const char *fn, const char *arg, const osref_value *v,
                             int64_t *ns, osref_error *err);
osref_value *osref_fd_seconds_pair(const int64_t ns[2]);

/* The call layer of readv, writev (positioned false: argv is fd, buffers)
 * and preadv, pwritev (argv is fd, buffers, offset, flags). */
typedef int64_t (*osref_fd_vector_io)(int fd, const struct iovec *iov, int iovcnt,
                                      int64_t offset, int flags, osref_error *err);
osref_value *osref_fd_call_vector(const char *fn, osref_value *const *argv, bool positioned,
                                  osref_fd_vector_io io, osref_error *err);

/* Makes both fds of a new pair non-inheritable, or closes both: -errno. */
int osref_fd_pair_cloexec(const int fds[2]);

/* -errno on failure, 0 on success. */
int osref_fd_set_cloexec(int fd, bool cloexec);
int osref_fd_get_cloexec(int fd);              /* 1, 0, or -errno */

#endif
