/* os.makedirs: mkdir with every missing parent, as os.py does it (the
 * parents get the default mode; the umask shapes them). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "internal/entry.h"
#include "internal/files.h"

static bool is_dir(const char *path)
{
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* path is a writable copy; returns 0 or -errno. */
static int make(char *path, size_t len, mode_t mode, bool exist_ok)
{
  size_t head_len, tail;
  osref_files_split(path, len, &head_len, &tail);
  if (tail == len) {   /* 'a/b/': split again, as os.py does */
    len = head_len;
    osref_files_split(path, len, &head_len, &tail);
  }
  struct stat st;
  if (head_len > 0 && tail < len) {
    char saved = path[head_len];
    path[head_len] = '\0';
    if (stat(path, &st) != 0) {
      int r = make(path, head_len, 0777, exist_ok);
      path[head_len] = saved;
      if (r < 0 && r != -EEXIST) return r;
      if (len - tail == 1 && path[tail] == '.') return 0;   /* 'new/.' exists once 'new' does */
    }
    path[head_len] = saved;
  }
  char saved = path[len];
  path[len] = '\0';
  int r = mkdir(path, mode) == 0 ? 0 : -errno;
  if (r < 0 && exist_ok && is_dir(path)) r = 0;
  path[len] = saved;
  return r;
}

int osref_makedirs(const char *name, mode_t mode, bool exist_ok, osref_error *err)
{
  char *copy = strdup(name);
  if (!copy) return osref_fail(-ENOMEM, err);
  int r = make(copy, strlen(copy), mode, exist_ok);
  free(copy);
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *call_makedirs(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  int64_t mode = 0777;
  if (!osref_files_target_init(&t, "makedirs", "name", argv[0], NULL, NULL, 0, err)) return NULL;
  osref_value *r = NULL;
  if (!argv[1] || osref_arg_int_range("makedirs", "mode", argv[1], INT32_MIN, INT32_MAX, &mode, err))
    r = osref_none_result(osref_makedirs(t.at.path, (mode_t)mode, osref_arg_bool(argv[2], false), err));
  osref_files_target_release(&t);
  return r;
}

static const osref_param makedirs_params[] = {
  {"name", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"mode", "0o777", OSREF_POSITIONAL_OR_KEYWORD},
  {"exist_ok", "False", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(makedirs, OSREF_SECTION_FILES, makedirs_params, call_makedirs)
