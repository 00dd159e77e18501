/* libosref typed layer: "File Object Creation", "File Descriptor Operations"
 * (with "Querying the size of a terminal" and "Inheritance of File
 * Descriptors") and the fd-based objects of "Files and Directories" (memfd,
 * eventfd, timerfd).
 *
 * Conventions: a function that yields a count, an fd or a flag returns it
 * (>= 0) and returns -1 with *err set on failure; a function that yields a
 * Python object returns a new reference, or NULL with *err set. Every new
 * fd is non-inheritable unless the documentation says otherwise (dup2,
 * pipe2, posix_openpt's oflag, memfd/eventfd/timerfd flags). EINTR is
 * retried (PEP 475). Offsets passed as pointers are optional: NULL means
 * Python's None ("use and update the current position"). */
#ifndef OSREF_FD_H
#define OSREF_FD_H

#include <stdint.h>
#include <stdbool.h>
#include <sys/types.h>
#include <sys/uio.h>
#include "osref.h"

/* File Object Creation */
typedef struct osref_open_options {
  const char *mode;       /* 'r', 'wb', 'a+', ... as the built-in open() */
  int64_t buffering;      /* -1 default, 0 unbuffered (binary only), 1 line, > 1 size */
  const char *encoding;   /* NULL: the locale encoding (UTF-8 here); text mode only */
  const char *errors;     /* NULL: 'strict' */
  const char *newline;    /* NULL: universal newlines */
  bool newline_given;     /* newline=None and newline='' differ */
  bool closefd;
} osref_open_options;
osref_value *osref_fdopen(int fd, const osref_open_options *opts, osref_error *err);

/* File Descriptor Operations */
int osref_close(int fd, osref_error *err);
void osref_closerange(int fd_low, int fd_high);
int64_t osref_copy_file_range(int src, int dst, size_t count, const int64_t *offset_src,
                              const int64_t *offset_dst, osref_error *err);
osref_value *osref_device_encoding(int fd, osref_error *err);   /* STR or NONE */
int osref_dup(int fd, osref_error *err);
int osref_dup2(int fd, int fd2, bool inheritable, osref_error *err);
int osref_fchmod(int fd, mode_t mode, osref_error *err);
int osref_fchown(int fd, uid_t uid, gid_t gid, osref_error *err);
int osref_fdatasync(int fd, osref_error *err);
/* *out is -1 when the system has no limit for name (not an error). */
int osref_fpathconf(int fd, int name, long *out, osref_error *err);
osref_value *osref_fstat(int fd, osref_error *err);               /* stat_result */
osref_value *osref_fstatvfs(int fd, osref_error *err);            /* statvfs_result */
int osref_fsync(int fd, osref_error *err);
int osref_ftruncate(int fd, int64_t length, osref_error *err);
int osref_get_blocking(int fd, osref_error *err);                 /* 1, 0 or -1 */
int osref_grantpt(int fd, osref_error *err);
bool osref_isatty(int fd);
int osref_lockf(int fd, int cmd, int64_t len, osref_error *err);
int osref_login_tty(int fd, osref_error *err);
int64_t osref_lseek(int fd, int64_t pos, int whence, osref_error *err);
/* dir_fd: AT_FDCWD for None. O_CLOEXEC is always added. */
int osref_open(const char *path, int flags, mode_t mode, int dir_fd, osref_error *err);
int osref_openpty(int fds[2], osref_error *err);                 /* {master, slave} */
int osref_pipe(int fds[2], osref_error *err);                    /* {r, w} */
int osref_pipe2(int fds[2], int flags, osref_error *err);
int osref_posix_fallocate(int fd, int64_t offset, int64_t len, osref_error *err);
int osref_posix_fadvise(int fd, int64_t offset, int64_t len, int advice, osref_error *err);
osref_value *osref_pread(int fd, int64_t n, int64_t offset, osref_error *err);
int osref_posix_openpt(int oflag, osref_error *err);
int64_t osref_preadv(int fd, const struct iovec *iov, int iovcnt, int64_t offset, int flags,
                     osref_error *err);
osref_value *osref_ptsname(int fd, osref_error *err);
int64_t osref_pwrite(int fd, const void *data, size_t len, int64_t offset, osref_error *err);
int64_t osref_pwritev(int fd, const struct iovec *iov, int iovcnt, int64_t offset, int flags,
                      osref_error *err);
osref_value *osref_read(int fd, int64_t n, osref_error *err);
int64_t osref_readinto(int fd, void *buf, size_t len, osref_error *err);
int64_t osref_readv(int fd, const struct iovec *iov, int iovcnt, osref_error *err);
int64_t osref_sendfile(int out_fd, int in_fd, const int64_t *offset, size_t count,
                       osref_error *err);
int osref_set_blocking(int fd, bool blocking, osref_error *err);
int64_t osref_splice(int src, int dst, size_t count, const int64_t *offset_src,
                     const int64_t *offset_dst, unsigned flags, osref_error *err);
int64_t osref_tcgetpgrp(int fd, osref_error *err);
int osref_tcsetpgrp(int fd, pid_t pg, osref_error *err);
osref_value *osref_ttyname(int fd, osref_error *err);
int osref_unlockpt(int fd, osref_error *err);
int64_t osref_write(int fd, const void *data, size_t len, osref_error *err);
int64_t osref_writev(int fd, const struct iovec *iov, int iovcnt, osref_error *err);

/* Querying the size of a terminal */
osref_value *osref_terminal_size_of(int64_t columns, int64_t lines);  /* terminal_size */
osref_value *osref_get_terminal_size(int fd, osref_error *err);

/* Inheritance of File Descriptors */
int osref_get_inheritable(int fd, osref_error *err);              /* 1, 0 or -1 */
int osref_set_inheritable(int fd, bool inheritable, osref_error *err);

/* memfd, eventfd (Files and Directories) */
int osref_memfd_create(const char *name, unsigned flags, osref_error *err);
int osref_eventfd(unsigned initval, int flags, osref_error *err);
int osref_eventfd_read(int fd, uint64_t *value, osref_error *err);
int osref_eventfd_write(int fd, uint64_t value, osref_error *err);

/* Timer File Descriptors: times in nanoseconds; out[0] is the next
 * expiration (relative), out[1] the interval. TFD_CLOEXEC is always added. */
int osref_timerfd_create(int clockid, int flags, osref_error *err);
int osref_timerfd_settime_ns(int fd, int flags, int64_t initial, int64_t interval,
                             int64_t old[2], osref_error *err);
int osref_timerfd_gettime_ns(int fd, int64_t out[2], osref_error *err);

#endif
