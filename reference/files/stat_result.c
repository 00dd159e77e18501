/* stat_result: the struct sequence of stat, lstat and fstat. As a tuple it
 * is the 10 classic integers (the three times truncated to int); the named
 * fields carry the float times, the nanosecond times and the members this
 * libc's struct stat has. */
#include "config.h"
#include <sys/stat.h>
#include "internal/entry.h"
#include "internal/files.h"

#define TUPLE_LEN 10

static const char *const stat_fields[] = {
  "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
  NULL, NULL, NULL,             /* integer times: tuple access only */
  "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
#ifdef HAVE_STRUCT_STAT_ST_BLKSIZE
  "st_blksize",
#endif
#ifdef HAVE_STRUCT_STAT_ST_BLOCKS
  "st_blocks",
#endif
#ifdef HAVE_STRUCT_STAT_ST_RDEV
  "st_rdev",
#endif
#ifdef HAVE_STRUCT_STAT_ST_FLAGS
  "st_flags",
#endif
#ifdef HAVE_STRUCT_STAT_ST_GEN
  "st_gen",
#endif
#ifdef HAVE_STRUCT_STAT_ST_BIRTHTIME
  "st_birthtime", "st_birthtime_ns",
#endif
};

static int64_t ns_of(struct timespec t) { return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec; }
static double seconds_of(struct timespec t) { return (double)t.tv_sec + t.tv_nsec * 1e-9; }

osref_value *osref_stat_result_from(const struct stat *st)
{
  osref_value *r = osref_struct("stat_result", stat_fields, OSREF_PARAMS_LEN(stat_fields), TUPLE_LEN);
  if (!r) return NULL;
  size_t i = 0;
  osref_seq_set(r, i++, osref_int(st->st_mode));
  osref_seq_set(r, i++, osref_int((int64_t)st->st_ino));
  osref_seq_set(r, i++, osref_int((int64_t)st->st_dev));
  osref_seq_set(r, i++, osref_int((int64_t)st->st_nlink));
  osref_seq_set(r, i++, osref_int(st->st_uid));
  osref_seq_set(r, i++, osref_int(st->st_gid));
  osref_seq_set(r, i++, osref_int(st->st_size));
  osref_seq_set(r, i++, osref_int(st->st_atim.tv_sec));
  osref_seq_set(r, i++, osref_int(st->st_mtim.tv_sec));
  osref_seq_set(r, i++, osref_int(st->st_ctim.tv_sec));
  osref_seq_set(r, i++, osref_float(seconds_of(st->st_atim)));
  osref_seq_set(r, i++, osref_float(seconds_of(st->st_mtim)));
  osref_seq_set(r, i++, osref_float(seconds_of(st->st_ctim)));
  osref_seq_set(r, i++, osref_int(ns_of(st->st_atim)));
  osref_seq_set(r, i++, osref_int(ns_of(st->st_mtim)));
  osref_seq_set(r, i++, osref_int(ns_of(st->st_ctim)));
#ifdef HAVE_STRUCT_STAT_ST_BLKSIZE
  osref_seq_set(r, i++, osref_int(st->st_blksize));
#endif
#ifdef HAVE_STRUCT_STAT_ST_BLOCKS
  osref_seq_set(r, i++, osref_int(st->st_blocks));
#endif
#ifdef HAVE_STRUCT_STAT_ST_RDEV
  osref_seq_set(r, i++, osref_int((int64_t)st->st_rdev));
#endif
#ifdef HAVE_STRUCT_STAT_ST_FLAGS
  osref_seq_set(r, i++, osref_int(st->st_flags));
#endif
#ifdef HAVE_STRUCT_STAT_ST_GEN
  osref_seq_set(r, i++, osref_int(st->st_gen));
#endif
#ifdef HAVE_STRUCT_STAT_ST_BIRTHTIME
  osref_seq_set(r, i++, osref_float(seconds_of(st->st_birthtimespec)));
  osref_seq_set(r, i++, osref_int(ns_of(st->st_birthtimespec)));
#endif
  return r;
}

OSREF_CLASS(stat_result, OSREF_SECTION_FILES, NULL)
OSREF_MEMBER(stat_result, st_mode, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_ino, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_dev, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_nlink, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_uid, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_gid, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_size, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_atime, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_mtime, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_ctime, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_atime_ns, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_mtime_ns, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_ctime_ns, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
#ifdef HAVE_STRUCT_STAT_ST_BLKSIZE
OSREF_MEMBER(stat_result, st_blksize, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
#else
OSREF_ABSENT_MEMBER(stat_result, st_blksize, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "not in this libc's struct stat (HAVE_STRUCT_STAT_ST_BLKSIZE unset)")
#endif
#ifdef HAVE_STRUCT_STAT_ST_BLOCKS
OSREF_MEMBER(stat_result, st_blocks, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
#else
OSREF_ABSENT_MEMBER(stat_result, st_blocks, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "not in this libc's struct stat (HAVE_STRUCT_STAT_ST_BLOCKS unset)")
#endif
#ifdef HAVE_STRUCT_STAT_ST_RDEV
OSREF_MEMBER(stat_result, st_rdev, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
#else
OSREF_ABSENT_MEMBER(stat_result, st_rdev, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "not in this libc's struct stat (HAVE_STRUCT_STAT_ST_RDEV unset)")
#endif
#ifdef HAVE_STRUCT_STAT_ST_FLAGS
OSREF_MEMBER(stat_result, st_flags, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
#else
OSREF_ABSENT_MEMBER(stat_result, st_flags, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "not in this libc's struct stat (HAVE_STRUCT_STAT_ST_FLAGS unset)")
#endif
#ifdef HAVE_STRUCT_STAT_ST_GEN
OSREF_MEMBER(stat_result, st_gen, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
#else
OSREF_ABSENT_MEMBER(stat_result, st_gen, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "not in this libc's struct stat (HAVE_STRUCT_STAT_ST_GEN unset)")
#endif
#ifdef HAVE_STRUCT_STAT_ST_BIRTHTIME
OSREF_MEMBER(stat_result, st_birthtime, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(stat_result, st_birthtime_ns, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
#else
OSREF_ABSENT_MEMBER(stat_result, st_birthtime, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "not in this libc's struct stat (HAVE_STRUCT_STAT_ST_BIRTHTIME unset)")
OSREF_ABSENT_MEMBER(stat_result, st_birthtime_ns, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "not in this libc's struct stat (HAVE_STRUCT_STAT_ST_BIRTHTIME unset)")
#endif
OSREF_ABSENT_MEMBER(stat_result, st_fstype, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "documented for Solaris only")
OSREF_ABSENT_MEMBER(stat_result, st_rsize, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "documented for macOS only")
OSREF_ABSENT_MEMBER(stat_result, st_creator, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "documented for macOS only")
OSREF_ABSENT_MEMBER(stat_result, st_type, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "documented for macOS only")
OSREF_ABSENT_MEMBER(stat_result, st_file_attributes, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "documented for Windows only")
OSREF_ABSENT_MEMBER(stat_result, st_reparse_tag, OSREF_SECTION_FILES, OSREF_ATTRIBUTE, "documented for Windows only")
