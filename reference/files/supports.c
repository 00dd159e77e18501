/* supports_dir_fd, supports_fd, supports_follow_symlinks and
 * supports_effective_ids: which functions honour a feature, computed from
 * the build's probes exactly as CPython's os.py computes them from its
 * HAVE_* macros. Python's sets hold functions; here they are sets of the
 * functions' names (added in name order), which is how the targets encode
 * a function in a set (cases/FORMAT.md, Additions). */
#include "config.h"
#include <stdlib.h>
#include <string.h>
#include "internal/entry.h"
#include "internal/files.h"

#define N_SETS 4

/* listed=false: honoured, but absent from Python's set (os.remove and
 * os.replace are functions of their own, not os.unlink and os.rename). */
typedef struct feature { osref_supports_set set; const char *function; bool listed; } feature;

static const feature features[] = {
#ifdef HAVE_FACCESSAT
  { OSREF_SUPPORTS_DIR_FD, "access", true }, { OSREF_SUPPORTS_EFFECTIVE_IDS, "access", true },
  { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "access", true },
#endif
#ifdef HAVE_FCHMODAT
  { OSREF_SUPPORTS_DIR_FD, "chmod", true },
#endif
#ifdef HAVE_FCHOWNAT
  { OSREF_SUPPORTS_DIR_FD, "chown", true }, { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "chown", true },
#endif
#ifdef HAVE_FSTATAT
  /* lstat(path, *, dir_fd=None): the doc gives it dir_fd, so the set the doc
   * describes holds it (CPython lists it from 3.13; 3.11 and 3.12 do not). */
  { OSREF_SUPPORTS_DIR_FD, "stat", true }, { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "stat", true },
  { OSREF_SUPPORTS_DIR_FD, "lstat", true },
#endif
#if defined(HAVE_FUTIMESAT) || defined(HAVE_UTIMENSAT)
  { OSREF_SUPPORTS_DIR_FD, "utime", true },
#endif
#ifdef HAVE_LINKAT
  { OSREF_SUPPORTS_DIR_FD, "link", true }, { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "link", true },
#endif
#ifdef HAVE_MKDIRAT
  { OSREF_SUPPORTS_DIR_FD, "mkdir", true },
#endif
#ifdef HAVE_MKFIFOAT
  { OSREF_SUPPORTS_DIR_FD, "mkfifo", true },
#endif
#ifdef HAVE_MKNODAT
  { OSREF_SUPPORTS_DIR_FD, "mknod", true },
#endif
#ifdef HAVE_OPENAT
  { OSREF_SUPPORTS_DIR_FD, "open", true }, { OSREF_SUPPORTS_DIR_FD, "fwalk", false },
#endif
#ifdef HAVE_READLINKAT
  { OSREF_SUPPORTS_DIR_FD, "readlink", true },
#endif
#ifdef HAVE_RENAMEAT
  { OSREF_SUPPORTS_DIR_FD, "rename", true }, { OSREF_SUPPORTS_DIR_FD, "replace", false },
#endif
#ifdef HAVE_SYMLINKAT
  { OSREF_SUPPORTS_DIR_FD, "symlink", true },
#endif
#ifdef HAVE_UNLINKAT
  { OSREF_SUPPORTS_DIR_FD, "unlink", true }, { OSREF_SUPPORTS_DIR_FD, "remove", false },
  { OSREF_SUPPORTS_DIR_FD, "rmdir", true },
#endif
#ifdef HAVE_FCHDIR
  { OSREF_SUPPORTS_FD, "chdir", true },
#endif
#ifdef HAVE_FCHMOD
  { OSREF_SUPPORTS_FD, "chmod", true },
#endif
#ifdef HAVE_FCHOWN
  { OSREF_SUPPORTS_FD, "chown", true },
#endif
#ifdef HAVE_FDOPENDIR
  { OSREF_SUPPORTS_FD, "listdir", true }, { OSREF_SUPPORTS_FD, "scandir", true },
#endif
#ifdef HAVE_FEXECVE
  { OSREF_SUPPORTS_FD, "execve", true },
#endif
  { OSREF_SUPPORTS_FD, "stat", true },   /* fstat always works */
#ifdef HAVE_FTRUNCATE
  { OSREF_SUPPORTS_FD, "truncate", true },
#endif
#if defined(HAVE_FUTIMENS) || defined(HAVE_FUTIMES)
  { OSREF_SUPPORTS_FD, "utime", true },
#endif
#ifdef HAVE_FPATHCONF
  { OSREF_SUPPORTS_FD, "pathconf", true },
#endif
#if defined(HAVE_STATVFS) && defined(HAVE_FSTATVFS)
  { OSREF_SUPPORTS_FD, "statvfs", true },
#endif
#ifdef HAVE_XATTR
  /* CPython's xattr functions take fds and follow_symlinks=False wherever
   * they exist, without appearing in the sets. */
  { OSREF_SUPPORTS_FD, "getxattr", false }, { OSREF_SUPPORTS_FD, "listxattr", false },
  { OSREF_SUPPORTS_FD, "removexattr", false }, { OSREF_SUPPORTS_FD, "setxattr", false },
  { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "getxattr", false },
  { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "listxattr", false },
  { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "removexattr", false },
  { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "setxattr", false },
#endif
#ifdef HAVE_LCHFLAGS
  { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "chflags", true },
#endif
#ifdef HAVE_LCHMOD
  { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "chmod", true },
#endif
#if defined(HAVE_LCHOWN) && !defined(HAVE_FCHOWNAT)
  { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "chown", true },
#endif
#if defined(HAVE_LSTAT) && !defined(HAVE_FSTATAT)
  { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "stat", true },
#endif
#if defined(HAVE_LUTIMES) || defined(HAVE_UTIMENSAT)
  { OSREF_SUPPORTS_FOLLOW_SYMLINKS, "utime", true },
#endif
};

bool osref_supports_has(osref_supports_set set, const char *function)
{
  for (size_t i = 0; i < OSREF_PARAMS_LEN(features); i++)
    if (features[i].set == set && strcmp(features[i].function, function) == 0) return true;
  return false;
}

static int by_name(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

osref_value *osref_supports(osref_supports_set set)
{
  const char *names[OSREF_PARAMS_LEN(features)];
  size_t n = 0;
  for (size_t i = 0; i < OSREF_PARAMS_LEN(features); i++)
    if (features[i].set == set && features[i].listed) names[n++] = features[i].function;
  qsort(names, n, sizeof names[0], by_name);
  osref_value *names_set = osref_set();
  for (size_t i = 0; names_set && i < n; i++) osref_set_add(names_set, osref_str(names[i]));
  return names_set;
}

static osref_value *get_dir_fd(osref_error *e) { (void)e; return osref_supports(OSREF_SUPPORTS_DIR_FD); }
static osref_value *get_fd(osref_error *e) { (void)e; return osref_supports(OSREF_SUPPORTS_FD); }
static osref_value *get_follow(osref_error *e) { (void)e; return osref_supports(OSREF_SUPPORTS_FOLLOW_SYMLINKS); }
static osref_value *get_effective(osref_error *e) { (void)e; return osref_supports(OSREF_SUPPORTS_EFFECTIVE_IDS); }

OSREF_DATA(supports_dir_fd, OSREF_SECTION_FILES, get_dir_fd)
OSREF_DATA(supports_fd, OSREF_SECTION_FILES, get_fd)
OSREF_DATA(supports_follow_symlinks, OSREF_SECTION_FILES, get_follow)
OSREF_DATA(supports_effective_ids, OSREF_SECTION_FILES, get_effective)
