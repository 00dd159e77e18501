/* Setup the runner does for a target that cannot (cases/FORMAT.md, "Setup
 * by the runner"): MicroPython's Unix port has no os.symlink, os.chmod or
 * os.mkfifo, so a case whose setup needs one would not be asked of it at
 * all. The runner does the setup up to the last such operation in the
 * case's directory, and sends the case with the rest.
 *
 * The runner is root in CI and the paths come from the case file: every
 * path is resolved component by component from the case directory with
 * O_NOFOLLOW, so no symlink a setup made (or a case left) is ever followed,
 * and no operation acts outside the case directory. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "prepare.h"

/* Can the target do this setup operation itself? Its hello lists the ones
 * it can ("setup_ops"); a hello without the list can do them all. */
static bool target_does(const json_t *hello, const char *op)
{
  const json_t *ops = json_object_get(hello, "setup_ops");
  size_t i;
  const json_t *o;
  if (!json_is_array(ops))
    return true;
  json_array_foreach(ops, i, o)
    if (json_is_string(o) && strcmp(json_string_value(o), op) == 0)
      return true;
  return false;
}

/* The directory holding path's last component, opened without following
 * any symlink, and that component in *leaf; -errno on failure. */
static int open_parent(int dirfd, const char *path, char *leaf, size_t len)
{
  if (!path || !*path || path[0] == '/' || strlen(path) >= PATH_MAX)
    return -EINVAL;
  char copy[PATH_MAX];
  snprintf(copy, sizeof copy, "%s", path);
  int fd = dup(dirfd);
  char *save = NULL, *part = strtok_r(copy, "/", &save), *next;
  for (; part && (next = strtok_r(NULL, "/", &save)); part = next) {
    int sub = strcmp(part, "..") == 0 ? (errno = EINVAL, -1)
                                      : openat(fd, part, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int e = errno;
    close(fd);
    if (sub < 0)
      return -e;
    fd = sub;
  }
  if (!part || strcmp(part, "..") == 0 || strcmp(part, ".") == 0 || strlen(part) >= len) {
    close(fd);
    return -EINVAL;
  }
  snprintf(leaf, len, "%s", part);
  return fd;
}

/* The data of a write op: text as UTF-8, or {"bytes": "<hex>"}. */
static char *data_of(const json_t *data, size_t *n)
{
  const char *hex = json_string_value(json_object_get(data, "bytes"));
  if (!hex) {
    const char *text = json_is_string(data) ? json_string_value(data) : "";
    *n = strlen(text);
    return strdup(text);
  }
  size_t len = strlen(hex) / 2;
  char *out = malloc(len + 1);
  for (size_t i = 0; out && i < len; i++) {
    unsigned v;
    if (sscanf(hex + 2 * i, "%2x", &v) != 1) {
      free(out);
      return NULL;
    }
    out[i] = (char)v;
  }
  *n = len;
  return out;
}

static int write_file(int parent, const char *leaf, const json_t *data)
{
  size_t n;
  char *bytes = data_of(data, &n);
  if (!bytes)
    return -EINVAL;
  int fd = openat(parent, leaf, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
  int rc = fd < 0 ? -errno : 0;
  for (size_t done = 0; rc == 0 && done < n;) {
    ssize_t w = write(fd, bytes + done, n - done);
    if (w < 0)
      rc = -errno;
    else
      done += (size_t)w;
  }
  if (fd >= 0)
    close(fd);
  free(bytes);
  return rc;
}

/* chmod of the very inode found without following a symlink. */
static int change_mode(int parent, const char *leaf, const json_t *mode)
{
  if (!json_is_integer(mode))
    return -EINVAL;
  int fd = openat(parent, leaf, O_PATH | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  struct stat st;
  char proc[40];
  snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
  int rc = fstat(fd, &st) != 0 ? -errno
           : S_ISLNK(st.st_mode) ? -ELOOP
           : chmod(proc, (mode_t)json_integer_value(mode) & 07777) == 0 ? 0 : -errno;
  close(fd);
  return rc;
}

static int run_op(int dirfd, const json_t *op)
{
  const char *kind = json_string_value(json_object_get(op, "op"));
  char leaf[256];
  int parent = open_parent(dirfd, json_string_value(json_object_get(op, "path")), leaf, sizeof leaf);
  if (parent < 0 || !kind)
    return parent < 0 ? parent : (close(parent), -EINVAL);
  const char *target = json_string_value(json_object_get(op, "target"));
  int rc = strcmp(kind, "mkdir") == 0     ? (mkdirat(parent, leaf, 0777) == 0 ? 0 : -errno)
           : strcmp(kind, "write") == 0   ? write_file(parent, leaf, json_object_get(op, "data"))
           : strcmp(kind, "symlink") == 0 ? (target && symlinkat(target, parent, leaf) == 0 ? 0 : target ? -errno : -EINVAL)
           : strcmp(kind, "chmod") == 0   ? change_mode(parent, leaf, json_object_get(op, "mode"))
           : strcmp(kind, "mkfifo") == 0  ? (mkfifoat(parent, leaf, 0666) == 0 ? 0 : -errno)
                                          : -ENOTSUP;
  close(parent);
  return rc;
}

osc_prepared osc_prepare_setup(const json_t *hello, const json_t *kase, const char *dir, char **raw,
                               char *err, size_t len)
{
  const json_t *setup = json_object_get(kase, "setup"), *op;
  size_t i, upto = 0;
  *raw = NULL;
  json_array_foreach(setup, i, op)
    if (!target_does(hello, json_string_value(json_object_get(op, "op")) ?: ""))
      upto = i + 1;
  if (!upto)
    return OSC_PREPARED_NOTHING;
  for (i = 0; i < upto; i++)  /* an fd is the target's own: it cannot be opened for it */
    if (strcmp(json_string_value(json_object_get(json_array_get(setup, i), "op")) ?: "", "open") == 0)
      return OSC_PREPARED_NOTHING;
  int dirfd = open(dir, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (dirfd < 0) {
    snprintf(err, len, "the runner cannot open the case's directory %s: %s", dir, strerror(errno));
    return OSC_PREPARED_FAILED;
  }
  for (i = 0; i < upto; i++) {
    int rc = run_op(dirfd, json_array_get(setup, i));
    if (rc < 0) {
      char *text = json_dumps(json_array_get(setup, i), JSON_COMPACT);
      snprintf(err, len, "setup %.200s, done by the runner for the target: %s", text ? text : "?", strerror(-rc));
      free(text);
      close(dirfd);
      return OSC_PREPARED_FAILED;
    }
  }
  close(dirfd);
  json_t *rest = json_array(), *copy = json_copy((json_t *)kase);
  for (i = upto; i < json_array_size(setup); i++)
    json_array_append(rest, json_array_get(setup, i));
  json_object_set_new(copy, "setup", rest);
  *raw = json_dumps(copy, JSON_COMPACT);
  json_decref(copy);
  return *raw ? OSC_PREPARED_DONE : OSC_PREPARED_FAILED;
}

bool osc_prepare_does(const json_t *hello, const char *op)
{
  return !target_does(hello, op);
}
