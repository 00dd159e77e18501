/* Helpers shared by reference/files/: the argument shapes of the "Files
 * and Directories" functions (path or fd, dir_fd, follow_symlinks) with
 * CPython's checks, and result conversion. */
#ifndef OSREF_INTERNAL_FILES_H
#define OSREF_INTERNAL_FILES_H

#include <stdbool.h>
#include <dirent.h>
#include "osref.h"
#include "osref/files.h"
#include "args.h"

#define OSREF_SECTION_FILES "Files and Directories"
#define OSREF_SECTION_XATTR "Linux extended attributes"

/* Which of the documented features a function's signature has. */
enum {
  OSREF_FILES_FD = 1,          /* path may be an open file descriptor */
  OSREF_FILES_DIR_FD = 2,      /* has dir_fd */
  OSREF_FILES_NOFOLLOW = 4,    /* has follow_symlinks */
  OSREF_FILES_NULLABLE = 8,    /* path may be None (the working directory) */
  /* follow_symlinks=False is attempted even where the function is not in
   * supports_follow_symlinks (chmod over fchmodat: NotImplementedError
   * only if the system refuses) */
  OSREF_FILES_TRY_NOFOLLOW = 16
};

/* A converted path argument with its dir_fd and follow_symlinks. */
typedef struct osref_files_target {
  osref_path path;
  osref_at at;
} osref_files_target;

/* Converts the path argument named arg, with its dir_fd ('dir_fd' for
 * 'path', 'src_dir_fd' for 'src'...) and follow_symlinks where features
 * has them, as CPython does: TypeError for a wrong type, ValueError for an
 * fd combined with dir_fd or follow_symlinks, NotImplementedError for a
 * feature the build lacks (per osref_supports_has). Release with
 * osref_files_target_release. */
bool osref_files_target_init(osref_files_target *t, const char *fn, const char *arg,
                             const osref_value *path,
                             const osref_value *dir_fd, const osref_value *follow,
                             unsigned features, osref_error *err);
void osref_files_target_release(osref_files_target *t);
/* The (path, mode=dflt, *, dir_fd=None) arguments of mkdir and mkfifo. */
bool osref_files_path_mode(osref_files_target *t, const char *fn, osref_value *const *argv,
                           mode_t dflt, mode_t *mode, osref_error *err);
/* A dir_fd argument alone (src_dir_fd, ...): AT_FDCWD for None. */
bool osref_files_dir_fd(const char *fn, const char *arg, const osref_value *v, int *out,
                        osref_error *err);
/* NotImplementedError 'fn: arg unavailable on this platform'. */
osref_value *osref_files_unavailable(const char *fn, const char *arg, osref_error *err);

/* Typed-layer edge: r < 0 is -errno, converted once into *err. Returns -1. */
/* Call-layer results: NULL (error already set) when r < 0. */
/* A borrowed False, for the l- variants (follow_symlinks=False). */
extern osref_value osref_files_false;

/* The directory of listdir and scandir (see opendir.c); NULL with
 * *errnum set on failure. */
DIR *osref_files_opendir(const osref_at *f, int *errnum);
/* readdir without '.' and '..': NULL at the end (*errnum 0) or on error. */
struct dirent *osref_files_readdir(DIR *d, int *errnum);

/* A pathconf/fpathconf name: a key of pathconf_names (ValueError if
 * unknown) or an int (TypeError for anything else). */
bool osref_files_confname(const char *fn, const osref_value *v, int *out, osref_error *err);

/* os.path.split: p[0:head_len] is the head, p[tail_start:len] the tail. */
void osref_files_split(const char *p, size_t len, size_t *head_len, size_t *tail_start);

/* rmdir each parent named in path[0:len] until one fails (os.removedirs
 * after its leaf); path is a writable copy. */
void osref_files_prune_parents(char *path, size_t len);

/* path joined with name, as os.path.join(path, name); malloc'd. */
char *osref_files_join(const char *path, size_t path_len, const char *name, size_t name_len,
                       size_t *out_len);

/* The DirEntry object, shared by scandir and the walkers. */
typedef struct osref_dirent osref_dirent;
/* name is the entry's name; dir is the scandir path (NULL for an fd
 * scandir, then dir_fd is the fd); d_type as readdir gives it. */
osref_value *osref_dirent_new(const char *dir, size_t dir_len, int dir_fd, const char *name,
                              size_t name_len, bool as_bytes, unsigned char d_type,
                              uint64_t ino);
/* Typed helpers on a DirEntry handle; -1 with err set on a non-ENOENT error. */
int osref_dirent_is_dir(osref_value *entry, bool follow_symlinks, osref_error *err);
int osref_dirent_is_symlink(osref_value *entry, osref_error *err);
osref_value *osref_dirent_stat(osref_value *entry, bool follow_symlinks, osref_error *err);
osref_value *osref_dirent_name(osref_value *entry);   /* borrowed */


/* Linux extended attributes (xattr_util.c). OSREF_XATTR_CALL picks the
 * f-, l- or plain variant of a call for f. */
#define OSREF_XATTR_CALL(f, fcall, lcall, call) \
  ((f)->path ? ((f)->follow_symlinks ? (call) : (lcall)) : (fcall))
/* The value of attribute (bytes), or with attribute NULL the name list. */
osref_value *osref_xattr_read(const osref_at *f, const char *attribute, osref_error *err);
/* path (or fd; None too when attribute is NULL), attribute, follow_symlinks */
typedef struct osref_xattr_args { osref_files_target t; osref_path attr; } osref_xattr_args;
bool osref_xattr_args_init(osref_xattr_args *a, const char *fn, const osref_value *path,
                           const osref_value *attribute, const osref_value *follow, osref_error *err);
void osref_xattr_args_release(osref_xattr_args *a);

/* The walkers' explicit stack (walk.c, fwalk.c): what remains to do, the
 * most recent on top, as CPython 3.14's iterative os.walk keeps it. */
enum { OSREF_WALK_VISIT, OSREF_WALK_YIELD, OSREF_WALK_CLOSE };
typedef struct osref_walk_item {
  int kind;
  osref_value *value;   /* VISIT: the dirpath (str or bytes); YIELD: the tuple */
  osref_value *name;    /* fwalk VISIT: the name, relative to fd; else NULL */
  osref_value *entry;   /* fwalk VISIT: the DirEntry (bottom-up lstat), or NULL */
  int fd;               /* fwalk VISIT: the parent's fd; CLOSE: the fd to close */
  bool isroot;
} osref_walk_item;
typedef struct osref_walk_stack { osref_walk_item *items; size_t len, cap; } osref_walk_stack;

/* Steals the item's values (released if the push fails). */
bool osref_walk_push(osref_walk_stack *s, osref_walk_item item);
bool osref_walk_pop(osref_walk_stack *s, osref_walk_item *out);
/* Drops the values; closes a CLOSE item's fd. */
void osref_walk_item_release(osref_walk_item *it);
void osref_walk_stack_release(osref_walk_stack *s);
/* Reads the directory dir: directory names (symlinks to directories
 * included) are appended to dirs, the others to nondirs; with entries
 * non-NULL, the DirEntry of each directory too. False with err set when
 * the directory cannot be read. */
bool osref_walk_scan(const osref_at *dir, bool as_bytes, osref_value *dirs, osref_value *nondirs,
                     osref_value *entries, osref_error *err);
/* walk and fwalk: onerror must be None (NotImplementedError otherwise). */
bool osref_files_onerror_none(const char *fn, const osref_value *onerror, osref_error *err);
/* os.path.join(dir, name) as a value of dir's type (name is str or bytes). */
osref_value *osref_files_join_value(const osref_value *dir, const osref_value *name);

#endif
