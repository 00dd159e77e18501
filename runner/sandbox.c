#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

static int empty_dir(int fd, dev_t dev, int depth)
{
  DIR *d = fdopendir(fd);
  if (!d) {
    int e = errno;
    close(fd);
    return -e;
  }
  int rc = 0;
  /* Entries removed while reading may shift the rest; read again until a
   * pass removes nothing. */
  for (bool removed = true; removed && rc == 0;) {
    removed = false;
    rewinddir(d);
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
      if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
        continue;
      rc = remove_at(dirfd(d), e->d_name, dev, depth + 1);
      removed = true;
    }
  }
  closedir(d);
  return rc;
}

static int remove_at(int dirfd, const char *name, dev_t dev, int depth)
{
  if (unlinkat(dirfd, name, 0) == 0 || errno == ENOENT)
    return 0;
  if (errno != EISDIR)
    return -errno;
  /* Most directories a case leaves are empty: one rmdir, no listing. */
  if (unlinkat(dirfd, name, AT_REMOVEDIR) == 0 || errno == ENOENT)
    return 0;
  if (depth > MAX_DEPTH)
    return -ELOOP;
  int fd = open_dir(dirfd, name, dev);
  if (fd < 0)
    return fd;
  int rc = empty_dir(fd, dev, depth);
  if (rc == 0 && unlinkat(dirfd, name, AT_REMOVEDIR) != 0 && errno != ENOENT)
    rc = -errno;
  return rc;
}

int osc_remove_tree(int dirfd, const char *name)
{
  struct stat st;
  if (fstatat(dirfd, ".", &st, 0) != 0)
    return -errno;
  return remove_at(dirfd, name, st.st_dev, 0);
}

bool osc_sandbox_open(osc_sandbox *s, char *err, size_t len)
{
  memset(s, 0, sizeof *s);
  s->root_fd = -1;
  const char *tmp = getenv("TMPDIR");
  if (!tmp || !*tmp)
    tmp = "/tmp";
  snprintf(s->root, sizeof s->root, "%s/osconform-XXXXXX", tmp);
  if (!mkdtemp(s->root)) {
    snprintf(err, len, "cannot create the sandbox root under %s: %s", tmp, strerror(errno));
    return false;
  }
  s->root_fd = open(s->root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (s->root_fd < 0) {
    snprintf(err, len, "cannot open the sandbox root %s: %s", s->root, strerror(errno));
    rmdir(s->root);
    return false;
  }
  return true;
}

bool osc_sandbox_enter(osc_sandbox *s, unsigned long number, char *err, size_t len)
{
  snprintf(s->current_name, sizeof s->current_name, "c%06lu", number);
  if (mkdirat(s->root_fd, s->current_name, 0700) != 0) {
    snprintf(err, len, "cannot create a sandbox in %s: %s", s->root, strerror(errno));
    s->current_name[0] = '\0';
    return false;
  }
  snprintf(s->current, sizeof s->current, "%s/%s", s->root, s->current_name);
  return true;
}

bool osc_sandbox_leave(osc_sandbox *s, char *err, size_t len)
{
  if (!s->current_name[0])
    return true;
  int rc = osc_remove_tree(s->root_fd, s->current_name);
  if (rc != 0)
    snprintf(err, len, "cannot remove the sandbox %s: %s", s->current, strerror(-rc));
  s->current_name[0] = '\0';
  return rc == 0;
}

bool osc_sandbox_close(osc_sandbox *s, char *err, size_t len)
{
  if (s->root_fd < 0)
    return true;
  bool ok = osc_sandbox_leave(s, err, len);
  /* Anything a failed removal left behind goes with the root. */
  struct stat st;
  int rc = fstat(s->root_fd, &st) != 0 ? -errno : empty_dir(s->root_fd, st.st_dev, 0);
  s->root_fd = -1;  /* empty_dir closed it */
  if (rc == 0 && rmdir(s->root) != 0)
    rc = -errno;
  if (rc != 0 && ok) {
    snprintf(err, len, "cannot remove the sandbox root %s: %s", s->root, strerror(-rc));
    ok = false;
  }
  return ok;
}
