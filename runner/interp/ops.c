#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ops.h"

static const char *str_field(const json_t *op, const char *key)
{
  return json_string_value(json_object_get(op, key));
}

static bool failed(char *why, size_t len, const char *what, const char *path, int errnum)
{
  snprintf(why, len, "%s %s: %s", what, path ? path : "(no path)", strerror(errnum));
  return false;
}

/* The data of a write or content op: text, or {"bytes": hex}. */
static bool op_data(const json_t *op, char **data, size_t *n)
{
  const json_t *d = json_object_get(op, "data");
  const char *hex = json_string_value(json_object_get(d, "bytes"));
  if (!hex) {
    const char *text = json_is_string(d) ? json_string_value(d) : "";
    *n = json_is_string(d) ? json_string_length(d) : 0;
    *data = malloc(*n + 1);
    if (*data)
      memcpy(*data, text, *n);
    return *data != NULL;
  }
  *n = strlen(hex) / 2;
  *data = malloc(*n + 1);
  for (size_t i = 0; *data && i < *n; i++) {
    unsigned byte;
    if (sscanf(hex + 2 * i, "%2x", &byte) != 1) {
      free(*data);
      return false;
    }
    (*data)[i] = (char)byte;
  }
  return *data != NULL;
}

static bool write_file(const json_t *op, const char *path, char *why, size_t len)
{
  char *data;
  size_t n;
  if (!op_data(op, &data, &n)) {
    snprintf(why, len, "write %s: bad data", path);
    return false;
  }
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  ssize_t done = fd < 0 ? -1 : write(fd, data, n);
  int errnum = errno;
  free(data);
  if (fd >= 0)
    close(fd);
  return done == (ssize_t)n || failed(why, len, "write", path, fd < 0 || done < 0 ? errnum : EIO);
}

/* "O_WRONLY|O_CREAT": each name is the reference's own constant. */
static bool parse_flags(const char *text, int *flags, char *why, size_t len)
{
  char names[256];
  snprintf(names, sizeof names, "%s", text ? text : "O_RDONLY");
  *flags = 0;
  for (char *save, *name = strtok_r(names, "| ", &save); name; name = strtok_r(NULL, "| ", &save)) {
    osref_error err = {0};
    osref_value *v = osref_getattr(name, &err);
    if (!v || v->type != OSREF_INT) {
      snprintf(why, len, "open: os.%s is not an int constant of the reference", name);
      if (v) osref_decref(v);
      return false;
    }
    *flags |= (int)v->u.i;
    osref_decref(v);
  }
  return true;
}

static bool open_fd(const json_t *op, const char *path, interp_case *c, char *why, size_t len)
{
  const char *as = str_field(op, "as");
  int flags;
  if (!as) {
    snprintf(why, len, "open %s: no \"as\" name", path);
    return false;
  }
  if (!parse_flags(str_field(op, "flags"), &flags, why, len))
    return false;
  json_int_t mode = json_is_integer(json_object_get(op, "mode")) ? json_integer_value(json_object_get(op, "mode")) : 0666;
  int fd = open(path, flags | O_CLOEXEC, (mode_t)mode);  /* Python's fds are non-inheritable */
  if (fd < 0)
    return failed(why, len, "open", path, errno);
  interp_add_fd(c, as, fd);
  return true;
}

bool interp_setup_op(const json_t *op, interp_case *c, char *why, size_t len)
{
  const char *kind = str_field(op, "op"), *path = str_field(op, "path");
  if (!kind || !path) {
    snprintf(why, len, "a setup op needs \"op\" and \"path\"");
    return false;
  }
  if (strcmp(kind, "mkdir") == 0)
    return mkdir(path, 0777) == 0 || failed(why, len, "mkdir", path, errno);
  if (strcmp(kind, "write") == 0)
    return write_file(op, path, why, len);
  if (strcmp(kind, "symlink") == 0)
    return symlink(str_field(op, "target") ? str_field(op, "target") : "", path) == 0 ||
           failed(why, len, "symlink", path, errno);
  if (strcmp(kind, "chmod") == 0)
    return chmod(path, (mode_t)json_integer_value(json_object_get(op, "mode"))) == 0 ||
           failed(why, len, "chmod", path, errno);
  if (strcmp(kind, "mkfifo") == 0)
    return mkfifo(path, 0666) == 0 || failed(why, len, "mkfifo", path, errno);
  if (strcmp(kind, "open") == 0)
    return open_fd(op, path, c, why, len);
  snprintf(why, len, "unknown setup op \"%s\"", kind);
  return false;
}

static bool content_is(const json_t *op, const char *path)
{
  char *want, buf[4096];
  size_t n, at = 0;
  if (!op_data(op, &want, &n))
    return false;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  bool same = fd >= 0;
  ssize_t got;
  while (same && (got = read(fd, buf, sizeof buf)) > 0) {
    same = at + (size_t)got <= n && memcmp(want + at, buf, (size_t)got) == 0;
    at += (size_t)got;
  }
  if (fd >= 0)
    close(fd);
  free(want);
  return same && at == n;
}

static bool link_is(const json_t *op, const char *path)
{
  char buf[4096];
  ssize_t n = readlink(path, buf, sizeof buf - 1);
  const char *want = str_field(op, "target");
  if (n < 0 || !want)
    return false;
  buf[n] = '\0';
  return strcmp(buf, want) == 0;
}

json_t *interp_check_op(const json_t *op, char *why, size_t len)
{
  const char *kind = str_field(op, "op"), *path = str_field(op, "path");
  struct stat st, lst;
  if (!kind || !path) {
    snprintf(why, len, "a check op needs \"op\" and \"path\"");
    return NULL;
  }
  bool is = stat(path, &st) == 0, lis = lstat(path, &lst) == 0;
  if (strcmp(kind, "exists") == 0) return json_boolean(is);
  if (strcmp(kind, "absent") == 0) return json_boolean(!lis);
  if (strcmp(kind, "isdir") == 0) return json_boolean(is && S_ISDIR(st.st_mode));
  if (strcmp(kind, "isfile") == 0) return json_boolean(is && S_ISREG(st.st_mode));
  if (strcmp(kind, "islink") == 0) return json_boolean(lis && S_ISLNK(lst.st_mode));
  if (strcmp(kind, "content") == 0) return json_boolean(content_is(op, path));
  if (strcmp(kind, "readlink") == 0) return json_boolean(link_is(op, path));
  if (strcmp(kind, "size") == 0)
    return json_boolean(is && (json_int_t)st.st_size == json_integer_value(json_object_get(op, "size")));
  if (strcmp(kind, "mode") == 0) {
    const json_t *mask = json_object_get(op, "mask");
    json_int_t m = json_is_integer(mask) ? json_integer_value(mask) : 07777;
    return json_boolean(is && (json_int_t)(st.st_mode & m) == json_integer_value(json_object_get(op, "mode")));
  }
  snprintf(why, len, "unknown check op \"%s\"", kind);
  return NULL;
}
