#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "home.h"

const char *osc_bin_dir(void)
{
  static char dir[PATH_MAX];
  if (!dir[0]) {
    ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
    if (n <= 0)
      strcpy(dir, ".");
    else {
      dir[n] = '\0';
      char *parent = dirname(dir);
      memmove(dir, parent, strlen(parent) + 1);
    }
  }
  return dir;
}

static bool is_dir(const char *path)
{
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *osc_home(void)
{
  static char home[PATH_MAX];
  if (home[0])
    return home;
  const char *env = getenv("OSCONFORM_HOME");
  if (env && *env) {
    snprintf(home, sizeof home, "%s", env);
    return home;
  }
  char up[PATH_MAX + 16], probe[PATH_MAX + 32];
  snprintf(up, sizeof up, "%s/../..", osc_bin_dir());
  snprintf(probe, sizeof probe, "%s/runner", up);
  char *real = is_dir(probe) ? realpath(up, NULL) : NULL;
  snprintf(home, sizeof home, "%s", real && strlen(real) < sizeof home ? real : ".");
  free(real);
  return home;
}

const char *osc_home_path(const char *rel, char *buf, size_t len)
{
  snprintf(buf, len, "%s/%s", osc_home(), rel);
  return buf;
}

/* Made absolute: targets start in the sandbox root, not here. */
static bool executable(char *path, size_t len)
{
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || access(path, X_OK) != 0)
    return false;
  char *real = realpath(path, NULL);
  bool fits = real && strlen(real) < len;
  if (fits)
    strcpy(path, real);
  free(real);
  return fits;
}

bool osc_find_executable(const char *name, char *buf, size_t len)
{
  if (strchr(name, '/')) {
    snprintf(buf, len, "%s", name);
    return executable(buf, len);
  }
  const char *path = getenv("PATH");
  if (!path)
    path = "/usr/bin:/bin";
  for (const char *p = path; *p;) {
    size_t n = strcspn(p, ":");
    snprintf(buf, len, "%.*s/%s", (int)n, n ? p : ".", name);
    if (executable(buf, len))
      return true;
    p += n + (p[n] == ':');
  }
  return false;
}
