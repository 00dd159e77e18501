#include <ctype.h>
#include <stdbool.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>
#if __has_include(<sys/xattr.h>)
#include <sys/xattr.h>
#define INTERP_HAVE_XATTR 1
#endif
#include "hello.h"

/* sys.platform as CPython derives it: the lower-cased system name, 'linux'
 * without a version. */
static void sys_platform(const char *sysname, char *out, size_t len)
{
  size_t i = 0;
  for (; sysname[i] && i + 1 < len; i++)
    out[i] = (char)tolower((unsigned char)sysname[i]);
  out[i] = '\0';
}

static void add_libc(json_t *facts)
{
#ifdef _CS_GNU_LIBC_VERSION
  char buf[64];
  size_t n = confstr(_CS_GNU_LIBC_VERSION, buf, sizeof buf);
  char *space = n > 0 && n <= sizeof buf ? strchr(buf, ' ') : NULL;
  if (space && strncmp(buf, "glibc", 5) == 0) {
    json_object_set_new(facts, "libc", json_string("glibc"));
    json_object_set_new(facts, "libc_version", json_string(space + 1));
  }
#else
  (void)facts;
#endif
}

json_t *interp_facts(void)
{
  struct utsname u;
  json_t *facts = json_object();
  if (uname(&u) == 0) {
    char plat[sizeof u.sysname];
    sys_platform(u.sysname, plat, sizeof plat);
    json_object_set_new(facts, "sys_platform", json_string(plat));
    json_object_set_new(facts, "uname_sysname", json_string(u.sysname));
    json_object_set_new(facts, "uname_release", json_string(u.release));
    json_object_set_new(facts, "uname_version", json_string(u.version));
    json_object_set_new(facts, "machine", json_string(u.machine));
  }
  json_object_set_new(facts, "os_name", json_string("posix"));
  add_libc(facts);
#ifdef __ANDROID_API__
  json_object_set_new(facts, "android_api_level", json_integer(__ANDROID_API__));
#endif
#ifdef __EMSCRIPTEN__
  char em[32];
  snprintf(em, sizeof em, "%d.%d.%d", __EMSCRIPTEN_major__, __EMSCRIPTEN_minor__, __EMSCRIPTEN_tiny__);
  json_object_set_new(facts, "emscripten_version", json_string(em));
#endif
  return facts;
}

static bool probe_fork(void)
{
  pid_t pid = fork();
  if (pid == 0)
    _exit(0);
  int status;
  return pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

static bool probe_symlink(const char *dir)
{
  char link[4200], target[8];
  snprintf(link, sizeof link, "%s/l", dir);
  ssize_t n = symlink("f", link) == 0 ? readlink(link, target, sizeof target) : -1;
  return n == 1 && target[0] == 'f';
}

static bool probe_fifo(const char *dir)
{
  char path[4200];
  struct stat st;
  snprintf(path, sizeof path, "%s/p", dir);
  return mkfifo(path, 0600) == 0 && stat(path, &st) == 0 && S_ISFIFO(st.st_mode);
}

static bool probe_xattr(const char *file)
{
#ifdef INTERP_HAVE_XATTR
  char v[2];
  return setxattr(file, "user.osconform", "1", 1, 0) == 0 &&
         getxattr(file, "user.osconform", v, sizeof v) == 1;
#else
  (void)file;
  return false;
#endif
}

static void remove_probe_dir(const char *dir)
{
  const char *names[] = {"f", "l", "p"};
  char path[4200];
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    unlink(path);
  }
  rmdir(dir);
}

static void probe_files(json_t *caps)
{
  const char *root = getenv("OSCONFORM_SANDBOX_ROOT");
  char dir[4096], file[4200];
  snprintf(dir, sizeof dir, "%s/.osconform-probe-%ld", root && *root ? root : "/tmp", (long)getpid());
  if (mkdir(dir, 0700) != 0)
    return;
  snprintf(file, sizeof file, "%s/f", dir);
  int fd = open(file, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (fd >= 0)
    close(fd);
  if (probe_symlink(dir))
    json_array_append_new(caps, json_string("symlink"));
  if (probe_fifo(dir))
    json_array_append_new(caps, json_string("fifo"));
  if (fd >= 0 && probe_xattr(file))
    json_array_append_new(caps, json_string("xattr"));
  remove_probe_dir(dir);
}

json_t *interp_capabilities(void)
{
  json_t *caps = json_array();
  struct utsname u;
#ifdef _POSIX_VERSION
  json_array_append_new(caps, json_string("posix"));
#endif
  json_array_append_new(caps, json_string(geteuid() == 0 ? "root" : "nonroot"));
  if (uname(&u) == 0 && strcmp(u.sysname, "Linux") == 0)
    json_array_append_new(caps, json_string("linux"));
  if (probe_fork()) {
    json_array_append_new(caps, json_string("fork"));
    json_array_append_new(caps, json_string("fork-isolation"));  /* main.c, isolate.c */
  }
  probe_files(caps);
  return caps;
}

json_t *interp_hello(void)
{
  return json_pack("{s:s,s:i,s:s,s:s,s:o,s:o}", "hello", "osconform-target", "version", 1,
                   "implementation", "osref", "impl_version", "1",
                   "facts", interp_facts(), "capabilities", interp_capabilities());
}
