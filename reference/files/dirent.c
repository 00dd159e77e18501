/* os.DirEntry: what scandir yields. The type comes from readdir's d_type
 * where it is known, so is_dir/is_file/is_symlink need no system call
 * except for symlinks (followed) and DT_UNKNOWN; stat results are cached,
 * one for each follow_symlinks value. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "internal/entry.h"
#include "internal/files.h"

struct osref_dirent {
  osref_value *name, *path;   /* str or bytes, as the scandir path */
  int dir_fd;                 /* an fd scandir: stat name relative to it; else -1 */
  unsigned char d_type;
  uint64_t ino;
  osref_value *stat, *lstat;  /* caches */
};

static osref_dirent *self_of(osref_value *entry) { return entry->u.h.self; }

osref_value *osref_dirent_name(osref_value *entry) { return self_of(entry)->name; }

static osref_value *fetch_stat(osref_dirent *d, bool follow, osref_error *err)
{
  struct stat st;
  int flags = follow ? 0 : AT_SYMLINK_NOFOLLOW;
  long r = d->dir_fd >= 0 ? OSREF_RETRY(fstatat(d->dir_fd, d->name->u.s.data, &st, flags))
                          : OSREF_RETRY(fstatat(AT_FDCWD, d->path->u.s.data, &st, flags));
  if (r < 0) return osref_set_errno(err, (int)-r);
  return osref_stat_result_from(&st);
}

static osref_value *get_lstat(osref_dirent *d, osref_error *err)
{
  if (!d->lstat) d->lstat = fetch_stat(d, false, err);
  return d->lstat;
}

static int mode_of(osref_value *st) { return (int)osref_struct_get(st, "st_mode")->u.i; }

/* Whether the entry's type is `type` (S_IFDIR...), from d_type when known;
 * a vanished entry is of no type (FileNotFoundError is swallowed). */
static osref_value *entry_stat(osref_dirent *d, bool follow, osref_error *err);

static int test_mode(osref_dirent *d, bool follow, mode_t type, osref_error *err)
{
  bool is_link = d->d_type == DT_LNK;
  if (d->d_type != DT_UNKNOWN && !(follow && is_link)) {
    unsigned char want = type == S_IFDIR ? DT_DIR : type == S_IFREG ? DT_REG : DT_LNK;
    return d->d_type == want;
  }
  osref_value *st = entry_stat(d, follow, err);
  if (!st) {
    if (err->errnum != ENOENT) return -1;
    err->type = NULL;
    err->errnum = 0;
    return 0;
  }
  int r = (mode_of(st) & S_IFMT) == type;
  osref_decref(st);
  return r;
}

static osref_value *entry_stat(osref_dirent *d, bool follow_symlinks, osref_error *err)
{
  if (!follow_symlinks) {
    osref_value *st = get_lstat(d, err);
    return st ? osref_incref(st) : NULL;
  }
  if (!d->stat) {
    int link = test_mode(d, false, S_IFLNK, err);
    if (link < 0) return NULL;
    d->stat = link ? fetch_stat(d, true, err) : get_lstat(d, err);
    if (!link && d->stat) osref_incref(d->stat);
  }
  return d->stat ? osref_incref(d->stat) : NULL;
}

osref_value *osref_dirent_stat(osref_value *entry, bool follow_symlinks, osref_error *err)
{
  return entry_stat(self_of(entry), follow_symlinks, err);
}

int osref_dirent_is_dir(osref_value *entry, bool follow_symlinks, osref_error *err)
{
  return test_mode(self_of(entry), follow_symlinks, S_IFDIR, err);
}

int osref_dirent_is_symlink(osref_value *entry, osref_error *err)
{
  return test_mode(self_of(entry), false, S_IFLNK, err);
}

static osref_value *getattr(void *self, const char *attr, osref_error *err)
{
  osref_dirent *d = self;
  if (strcmp(attr, "name") == 0) return osref_incref(d->name);
  if (strcmp(attr, "path") == 0) return osref_incref(d->path);
  return osref_set_error(err, "AttributeError", "'posix.DirEntry' object has no attribute '%s'", attr);
}

static const osref_param follow_params[] = {
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};

/* Binds (*, follow_symlinks=True), or nothing for the other methods. */
static bool bind_method(const char *method, bool takes_follow, osref_value *args,
                        osref_value *kwargs, bool *follow, osref_error *err)
{
  osref_value *argv[1] = { NULL };
  if (!osref_bind(method, follow_params, takes_follow, args, kwargs, argv, err)) return false;
  *follow = osref_arg_bool(argv[0], true);
  return true;
}

static osref_value *bool_result(int r) { return r < 0 ? NULL : osref_bool(r); }

static osref_value *call_method(void *self, const char *method, osref_value *args,
                                osref_value *kwargs, osref_error *err)
{
  osref_dirent *d = self;
  bool takes_follow = !strcmp(method, "is_dir") || !strcmp(method, "is_file") || !strcmp(method, "stat");
  bool known = takes_follow || !strcmp(method, "is_symlink") || !strcmp(method, "is_junction")
               || !strcmp(method, "inode") || !strcmp(method, "__fspath__");
  bool follow;
  if (!known) return getattr(self, method, err);
  if (!bind_method(method, takes_follow, args, kwargs, &follow, err)) return NULL;
  if (!strcmp(method, "is_dir")) return bool_result(test_mode(d, follow, S_IFDIR, err));
  if (!strcmp(method, "is_file")) return bool_result(test_mode(d, follow, S_IFREG, err));
  if (!strcmp(method, "is_symlink")) return bool_result(test_mode(d, false, S_IFLNK, err));
  if (!strcmp(method, "is_junction")) return osref_bool(false);   /* junctions are Windows' */
  if (!strcmp(method, "inode")) return osref_int((int64_t)d->ino);
  if (!strcmp(method, "stat")) return entry_stat(d, follow, err);
  return osref_incref(d->path);   /* __fspath__ */
}

static void release(void *self)
{
  osref_dirent *d = self;
  osref_decref(d->name);
  osref_decref(d->path);
  osref_decref(d->stat);
  osref_decref(d->lstat);
  free(d);
}

static const osref_handle_ops dirent_ops = { "DirEntry", getattr, call_method, NULL, release, NULL};

osref_value *osref_dirent_new(const char *dir, size_t dir_len, int dir_fd, const char *name,
                              size_t name_len, bool as_bytes, unsigned char d_type, uint64_t ino)
{
  osref_dirent *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  d->dir_fd = dir ? -1 : dir_fd;
  d->d_type = d_type;
  d->ino = ino;
  d->name = as_bytes ? osref_bytes(name, name_len) : osref_strn(name, name_len);
  if (dir) {
    size_t len;
    char *p = osref_files_join(dir, dir_len, name, name_len, &len);
    d->path = p ? (as_bytes ? osref_bytes(p, len) : osref_strn(p, len)) : NULL;
    free(p);
  } else if (d->name) {
    d->path = osref_incref(d->name);   /* an fd scandir: path is name */
  }
  osref_value *h = d->name && d->path ? osref_handle(&dirent_ops, d) : NULL;
  if (!h) release(d);
  return h;
}

static osref_value *call_dirent(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_set_error(err, "TypeError", "cannot create 'posix.DirEntry' instances");
}

OSREF_CLASS(DirEntry, OSREF_SECTION_FILES, call_dirent)
OSREF_MEMBER(DirEntry, name, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(DirEntry, path, OSREF_ATTRIBUTE, OSREF_SECTION_FILES)
OSREF_MEMBER(DirEntry, inode, OSREF_METHOD, OSREF_SECTION_FILES)
OSREF_MEMBER_PARAMS(DirEntry, is_dir, OSREF_SECTION_FILES, follow_params)
OSREF_MEMBER_PARAMS(DirEntry, is_file, OSREF_SECTION_FILES, follow_params)
OSREF_MEMBER(DirEntry, is_symlink, OSREF_METHOD, OSREF_SECTION_FILES)
OSREF_MEMBER(DirEntry, is_junction, OSREF_METHOD, OSREF_SECTION_FILES)
OSREF_MEMBER_PARAMS(DirEntry, stat, OSREF_SECTION_FILES, follow_params)
