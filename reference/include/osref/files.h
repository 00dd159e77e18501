/* libosref typed layer: "Files and Directories" and "Linux extended
 * attributes".
 *
 * Conventions (shared with osref/fd.h): a function that yields a count, a
 * flag or nothing returns it (>= 0) and returns -1 with *err set on failure;
 * a function that yields a Python object returns a new reference, or NULL
 * with *err set. EINTR is retried (PEP 475). Result paths have the type the
 * caller asks for with as_bytes (bytes in, bytes out). */
#ifndef OSREF_FILES_H
#define OSREF_FILES_H

#include <stdint.h>
#include <stdbool.h>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include "osref.h"

/* The file a function operates on: path, relative to dir_fd (AT_FDCWD for
 * Python's dir_fd=None), or the open descriptor fd when path is NULL.
 * follow_symlinks=false operates on a final symlink itself. */
typedef struct osref_at {
  const char *path;
  int fd;
  int dir_fd;
  bool follow_symlinks;
} osref_at;

/* OSREF_AT_PATH("x"): the defaults of every documented signature. */
#define OSREF_AT_PATH(p) ((osref_at){ (p), -1, AT_FDCWD, true })
#define OSREF_AT_FD(f) ((osref_at){ NULL, (f), AT_FDCWD, true })

/* Struct sequences, for stat/lstat/fstat and statvfs/fstatvfs. */
osref_value *osref_stat_result_from(const struct stat *st);
osref_value *osref_statvfs_result_from(const struct statvfs *st);

/* Which functions honour a feature on this build, as CPython computes
 * os.supports_dir_fd & co from its HAVE_* macros. Each set is represented
 * as a LIST of function names (str), sorted. */
typedef enum osref_supports_set {
  OSREF_SUPPORTS_DIR_FD, OSREF_SUPPORTS_FD, OSREF_SUPPORTS_FOLLOW_SYMLINKS,
  OSREF_SUPPORTS_EFFECTIVE_IDS
} osref_supports_set;
osref_value *osref_supports(osref_supports_set set);
bool osref_supports_has(osref_supports_set set, const char *function);

/* 1 if access is allowed, 0 if not (any system error counts as "not"),
 * -1 with err set only for an unavailable feature. */
int osref_access(const osref_at *f, int mode, bool effective_ids, osref_error *err);
int osref_chdir(const osref_at *f, osref_error *err);
int osref_chflags(const osref_at *f, unsigned long flags, osref_error *err);
int osref_chmod(const osref_at *f, mode_t mode, osref_error *err);
int osref_chown(const osref_at *f, uid_t uid, gid_t gid, osref_error *err);  /* (uid_t)-1: unchanged */
int osref_chroot(const char *path, osref_error *err);
int osref_fchdir(int fd, osref_error *err);
osref_value *osref_getcwd(bool as_bytes, osref_error *err);
int osref_link(const char *src, int src_dir_fd, const char *dst, int dst_dir_fd,
               bool follow_symlinks, osref_error *err);
/* f->path NULL and f->fd -1: the working directory. */
osref_value *osref_listdir(const osref_at *f, bool as_bytes, osref_error *err);
osref_value *osref_stat(const osref_at *f, osref_error *err);
int osref_mkdir(const char *path, mode_t mode, int dir_fd, osref_error *err);
int osref_makedirs(const char *name, mode_t mode, bool exist_ok, osref_error *err);
int osref_mkfifo(const char *path, mode_t mode, int dir_fd, osref_error *err);
int osref_mknod(const char *path, mode_t mode, dev_t device, int dir_fd, osref_error *err);
uint64_t osref_major(uint64_t device);
uint64_t osref_minor(uint64_t device);
uint64_t osref_makedev(uint64_t major, uint64_t minor);
/* *out is -1 when the system has no limit for name (not an error). */
int osref_pathconf(const osref_at *f, int name, long *out, osref_error *err);
osref_value *osref_pathconf_names(void);                           /* dict str -> int */
osref_value *osref_readlink(const char *path, int dir_fd, bool as_bytes, osref_error *err);
int osref_unlink(const char *path, int dir_fd, osref_error *err);  /* remove */
int osref_removedirs(const char *name, osref_error *err);
int osref_rename(const char *src, int src_dir_fd, const char *dst, int dst_dir_fd,
                 osref_error *err);                                /* replace */
int osref_renames(const char *old, const char *new_, osref_error *err);
int osref_rmdir(const char *path, int dir_fd, osref_error *err);
/* The scandir iterator (a HANDLE yielding DirEntry handles); f as listdir. */
osref_value *osref_scandir(const osref_at *f, bool as_bytes, osref_error *err);
osref_value *osref_statvfs(const osref_at *f, osref_error *err);
int osref_symlink(const char *src, const char *dst, int dir_fd, osref_error *err);
void osref_sync(void);
int osref_truncate(const osref_at *f, int64_t length, osref_error *err);
/* ns NULL: now; else {atime_ns, mtime_ns}. */
int osref_utime(const osref_at *f, const int64_t *ns, osref_error *err);
/* Generators, as HANDLE iterators: walk yields (dirpath, dirnames,
 * filenames) and fwalk (dirpath, dirnames, filenames, dirfd). Errors while
 * scanning are ignored, as with onerror=None. A caller that removes names
 * from a yielded dirnames list before the next step prunes the walk
 * (topdown only, as documented). */
osref_value *osref_walk(const char *top, bool as_bytes, bool topdown, bool followlinks,
                        osref_error *err);
osref_value *osref_fwalk(const char *top, bool as_bytes, bool topdown, bool follow_symlinks,
                         int dir_fd, osref_error *err);

/* Linux extended attributes: f->dir_fd is not used. */
osref_value *osref_getxattr(const osref_at *f, const char *attribute, osref_error *err);
/* f->path NULL and f->fd -1: the working directory. A LIST of str. */
osref_value *osref_listxattr(const osref_at *f, osref_error *err);
int osref_removexattr(const osref_at *f, const char *attribute, osref_error *err);
int osref_setxattr(const osref_at *f, const char *attribute, const void *value, size_t len,
                   int flags, osref_error *err);

#endif
