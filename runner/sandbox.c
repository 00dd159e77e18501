#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/fs.h>
#include <linux/magic.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/xattr.h>
#include <unistd.h>
#include "sandbox.h"

#define MAX_DEPTH 128

/* A directory the case made unreadable or unsearchable: give it back to its
 * owner. The O_PATH descriptor pins the very inode that O_NOFOLLOW found, so
 * the chmod cannot be redirected through a symlink swapped in meanwhile. */
static int unlock_dir(int dirfd, const char *name)
{
  int fd = openat(dirfd, name, O_PATH | O_NOFOLLOW | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  char proc[40];
  snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
  int rc = chmod(proc, 0700) == 0 ? 0 : -errno;
  close(fd);
  return rc;
}

static int open_dir(int dirfd, const char *name, dev_t dev)
{
  int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
  int fd = openat(dirfd, name, flags);
  if (fd < 0 && errno == EACCES && unlock_dir(dirfd, name) == 0)
    fd = openat(dirfd, name, flags);
  if (fd < 0)
    return -errno;
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_dev != dev) {
    close(fd);
    return -EXDEV;  /* a mount point: never delete into another file system */
  }
  if ((st.st_mode & 0700) != 0700 && fchmod(fd, st.st_mode | 0700) != 0) {
    int e = errno;
    close(fd);
    return -e;
  }
  return fd;
}

static int remove_at(int dirfd, const char *name, dev_t dev, int depth);

/* Removes every entry of the directory d reads; d stays open. */
static int empty_stream(DIR *d, dev_t dev, int depth)
{
  int rc = 0;
  /* Entries removed while reading may shift the rest; read again until a
   * pass removes nothing. */
  for (bool removed = true, first = true; removed && rc == 0; first = false) {
    removed = false;
    if (!first)
      rewinddir(d);
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
      if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
        continue;
      rc = remove_at(dirfd(d), e->d_name, dev, depth + 1);
      removed = true;
    }
  }
  return rc;
}

static DIR *stream_of(int fd)
{
  DIR *d = fdopendir(fd);
  if (!d)
    close(fd);
  return d;
}

static int empty_dir(int fd, dev_t dev, int depth)
{
  DIR *d = stream_of(fd);
  if (!d)
    return -errno;
  int rc = empty_stream(d, dev, depth);
  closedir(d);
  return rc;
}

/* rmdir, with the directory held open across it: the inode is then freed
 * (on a disk mounted with discard, a wait for the device) at the close,
 * after the kernel let go of the parent's lock, so a case directory being
 * created beside it does not wait. */
static int remove_dir(int dirfd, const char *name)
{
  int held = openat(dirfd, name, O_PATH | O_NOFOLLOW | O_DIRECTORY | O_CLOEXEC);
  int rc = unlinkat(dirfd, name, AT_REMOVEDIR) == 0 || errno == ENOENT ? 0 : -errno;
  if (held >= 0)
    close(held);
  return rc;
}

/* A directory that is not empty: its entries, then itself. */
static int remove_full_dir(int dirfd, const char *name, dev_t dev, int depth)
{
  if (depth > MAX_DEPTH)
    return -ELOOP;
  int fd = open_dir(dirfd, name, dev);
  if (fd < 0)
    return fd;
  int rc = empty_dir(fd, dev, depth);
  return rc == 0 ? remove_dir(dirfd, name) : rc;
}

static int remove_dir_tree(int dirfd, const char *name, dev_t dev, int depth)
{
  /* Most directories a case leaves are empty: one rmdir, no listing. */
  return remove_dir(dirfd, name) == 0 ? 0 : remove_full_dir(dirfd, name, dev, depth);
}

static int remove_at(int dirfd, const char *name, dev_t dev, int depth)
{
  if (unlinkat(dirfd, name, 0) == 0 || errno == ENOENT)
    return 0;
  return errno == EISDIR ? remove_dir_tree(dirfd, name, dev, depth) : -errno;
}

int osc_remove_tree(int dirfd, const char *name)
{
  struct stat st;
  if (fstatat(dirfd, ".", &st, 0) != 0)
    return -errno;
  return remove_at(dirfd, name, st.st_dev, 0);
}

/* Marks the root as the top of unrelated trees (chattr +T). ext2/3/4's
 * Orlov allocator then spreads the case directories over the block groups
 * instead of packing them into the group of TMPDIR. There, ext4 without a
 * journal skips every inode freed in the last minutes on each create, and
 * thousands of cases free thousands of inodes: creating a file in a case
 * directory cost ten to twenty times more on the disk this was measured on.
 * Elsewhere the ioctl fails, which changes nothing. */
static void spread_case_dirs(int root_fd)
{
  int flags;
  if (ioctl(root_fd, FS_IOC_GETFLAGS, &flags) == 0 && !(flags & FS_TOPDIR_FL)) {
    flags |= FS_TOPDIR_FL;
    (void)ioctl(root_fd, FS_IOC_SETFLAGS, &flags);
  }
}

/* A run holds an exclusive flock on its root for as long as any of its
 * processes lives (the workers share the open file; targets do not get
 * it). A root nobody holds belongs to a run that was killed before it could
 * remove it (SIGKILL): removed here, with the care every sandbox is
 * removed with. A lock, not a pid: runs in other PID namespaces share /tmp. */
static void remove_stale_roots(const char *tmp)
{
  DIR *d = opendir(tmp);
  struct dirent *e;
  while (d && (e = readdir(d))) {
    struct stat st;
    if (strncmp(e->d_name, "osconform-", 10) != 0 || strlen(e->d_name) != 16 ||
        fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(st.st_mode) ||
        st.st_uid != geteuid())
      continue;
    int fd = openat(dirfd(d), e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    bool stale = fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0;
    if (stale)
      remove_at(dirfd(d), e->d_name, st.st_dev, 0);
    if (fd >= 0)
      close(fd);
  }
  if (d)
    closedir(d);
}

bool osc_sandbox_open(osc_sandbox *s, char *err, size_t len)
{
  memset(s, 0, sizeof *s);
  s->root_fd = -1;
  const char *tmp = getenv("TMPDIR");
  if (!tmp || !*tmp)
    tmp = "/tmp";
  remove_stale_roots(tmp);
  snprintf(s->root, sizeof s->root, "%s/osconform-XXXXXX", tmp);
  if (!mkdtemp(s->root)) {
    snprintf(err, len, "cannot create the sandbox root under %s: %s", tmp, strerror(errno));
    return false;
  }
  s->root_fd = open(s->root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (s->root_fd >= 0 && flock(s->root_fd, LOCK_EX | LOCK_NB) != 0) {  /* see remove_stale_roots */
    close(s->root_fd);
    s->root_fd = -1;
  }
  if (s->root_fd < 0) {
    snprintf(err, len, "cannot open the sandbox root %s: %s", s->root, strerror(errno));
    rmdir(s->root);
    return false;
  }
  struct stat st;
  struct statfs fs;
  if (fstat(s->root_fd, &st) != 0) {
    snprintf(err, len, "cannot stat the sandbox root %s: %s", s->root, strerror(errno));
    close(s->root_fd);
    s->root_fd = -1;
    rmdir(s->root);
    return false;
  }
  s->dev = st.st_dev;
  s->in_memory = fstatfs(s->root_fd, &fs) == 0 && (fs.f_type == TMPFS_MAGIC || fs.f_type == RAMFS_MAGIC);
  if (!s->in_memory)
    spread_case_dirs(s->root_fd);
  return true;
}

static void case_dir_name(char *name, size_t len, unsigned long number)
{
  snprintf(name, len, "c%06lu", number);
}

static int remove_case_dir(const osc_sandbox *s, unsigned long number, char *err, size_t len)
{
  char name[32];
  case_dir_name(name, sizeof name, number);
  /* In memory, an rmdir need not hold the directory open. */
  int rc = !s->in_memory                                    ? remove_dir_tree(s->root_fd, name, s->dev, 0)
           : unlinkat(s->root_fd, name, AT_REMOVEDIR) == 0 ? 0
                                                           : remove_full_dir(s->root_fd, name, s->dev, 0);
  if (rc != 0)
    snprintf(err, len, "cannot remove the sandbox %s/%s: %s", s->root, name, strerror(-rc));
  return rc;
}

/* Exactly what mkdir made for an earlier case, apart from inode and times. */
static bool like_fresh(const osc_sandbox *s, int fd)
{
  struct stat st;
  ssize_t xattrs = flistxattr(fd, NULL, 0);
  bool no_xattrs = xattrs == 0 || (xattrs < 0 && errno == ENOTSUP);
  return no_xattrs && fstat(fd, &st) == 0 && st.st_mode == s->fresh.st_mode && st.st_uid == s->fresh.st_uid &&
         st.st_gid == s->fresh.st_gid && st.st_nlink == s->fresh.st_nlink && st.st_size == s->fresh.st_size;
}

/* Empties c<number> and offers it for a later case if it is as fresh;
 * false if it must go. */
static bool recycle(const osc_sandbox *s, unsigned long number)
{
  char name[32];
  case_dir_name(name, sizeof name, number);
  int fd = open_dir(s->root_fd, name, s->dev);
  DIR *d = fd < 0 ? NULL : stream_of(fd);
  if (!d)
    return false;
  bool kept = empty_stream(d, s->dev, 0) == 0 && like_fresh(s, dirfd(d)) && futimens(dirfd(d), NULL) == 0 &&
              write(s->reusable[1], &number, sizeof number) == (ssize_t)sizeof number;
  closedir(d);
  return kept;
}

/* Making and removing directories can cost more than a case: ext4 without
 * a journal scans past recently freed inodes for a new one, and, mounted
 * with discard, waits for the device to trim a freed block. So on a disk
 * the remover empties each finished case directory while the next case
 * runs, and most serve again. */
static void *remover_main(void *arg)
{
  osc_sandbox *s = arg;
  unsigned long number;
  char err[PATH_MAX + 100];
  while (read(s->removals[0], &number, sizeof number) == (ssize_t)sizeof number)
    if (!(s->fresh_known && recycle(s, number)) &&
        remove_case_dir(s, number, err, sizeof err) != 0)
      fprintf(stderr, "osconform: warning: %s\n", err);
  return NULL;
}

static void close_pipe(int p[2])
{
  close(p[0]);
  close(p[1]);
}

/* The remover, started at the first case of this process. */
static bool remover_ready(osc_sandbox *s)
{
  if (s->remover_on)
    return true;
  if (pipe2(s->removals, O_CLOEXEC) != 0)
    return false;
  if (pipe2(s->reusable, O_CLOEXEC | O_NONBLOCK) != 0) {
    close_pipe(s->removals);
    return false;
  }
  /* Signals stay with the thread that runs the cases. */
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  int rc = pthread_create(&s->remover, NULL, remover_main, s);
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  if (rc != 0) {
    close_pipe(s->removals);
    close_pipe(s->reusable);
    return false;
  }
  s->remover_on = true;
  return true;
}

/* An emptied directory the remover offers, under its name (a rename costs
 * ext4 about as much as a case's own file work), or, for a target that
 * wants fresh paths, renamed to dir->name. */
static bool reuse(osc_sandbox *s, osc_case_dir *dir)
{
  unsigned long old;
  char name[32];
  if (!s->remover_on || read(s->reusable[0], &old, sizeof old) != (ssize_t)sizeof old)
    return false;
  case_dir_name(name, sizeof name, old);
  if (s->fresh_paths)
    return renameat(s->root_fd, name, s->root_fd, dir->name) == 0;
  memcpy(dir->name, name, sizeof name);
  dir->number = old;
  return true;
}

bool osc_sandbox_enter(osc_sandbox *s, unsigned long number, osc_case_dir *dir, char *err, size_t len)
{
  case_dir_name(dir->name, sizeof dir->name, number);
  dir->number = number;
  if (!reuse(s, dir)) {
    if (mkdirat(s->root_fd, dir->name, 0700) != 0) {
      snprintf(err, len, "cannot create a sandbox in %s: %s", s->root, strerror(errno));
      dir->name[0] = '\0';
      return false;
    }
    if (!s->fresh_known)
      s->fresh_known = fstatat(s->root_fd, dir->name, &s->fresh, AT_SYMLINK_NOFOLLOW) == 0;
  }
  snprintf(dir->path, sizeof dir->path, "%s/%s", s->root, dir->name);
  return true;
}

bool osc_sandbox_reset(osc_sandbox *s, osc_case_dir *dir, char *err, size_t len)
{
  if (remove_case_dir(s, dir->number, err, len) != 0) {
    dir->name[0] = '\0';
    return false;
  }
  if (mkdirat(s->root_fd, dir->name, 0700) != 0) {
    snprintf(err, len, "cannot create a sandbox in %s: %s", s->root, strerror(errno));
    dir->name[0] = '\0';
    return false;
  }
  return true;
}

bool osc_sandbox_leave(osc_sandbox *s, osc_case_dir *dir, char *err, size_t len)
{
  if (!dir->name[0])
    return true;
  dir->name[0] = '\0';
  /* In memory, handing a directory to the remover costs more than removing it. */
  if (!s->in_memory && remover_ready(s) &&
      write(s->removals[1], &dir->number, sizeof dir->number) == (ssize_t)sizeof dir->number)
    return true;
  return remove_case_dir(s, dir->number, err, len) == 0;
}

void osc_sandbox_after_fork(osc_sandbox *s)
{
  if (s->remover_on) {  /* the thread stayed in the parent */
    close_pipe(s->removals);
    close_pipe(s->reusable);
  }
  s->remover_on = false;
}

void osc_sandbox_drain(osc_sandbox *s)
{
  if (!s->remover_on)
    return;
  close(s->removals[1]);  /* the remover reads what is left, then the end */
  pthread_join(s->remover, NULL);
  close(s->removals[0]);
  close_pipe(s->reusable);  /* what it offered goes with the root */
  s->remover_on = false;
}

bool osc_sandbox_close(osc_sandbox *s, char *err, size_t len)
{
  if (s->root_fd < 0)
    return true;
  osc_sandbox_drain(s);
  /* Directories still in use, and anything a failed removal left behind,
   * go with the root. */
  int rc = empty_dir(s->root_fd, s->dev, 0);
  s->root_fd = -1;  /* empty_dir closed it */
  if (rc == 0 && rmdir(s->root) != 0)
    rc = -errno;
  if (rc != 0)
    snprintf(err, len, "cannot remove the sandbox root %s: %s", s->root, strerror(-rc));
  return rc == 0;
}
