/* Confinement by bubblewrap: the kernel, not the case, keeps a target in
 * its sandbox (runner/README.md, "Confinement"). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "home.h"
#include "target_command.h"

typedef struct argv_builder {
  osc_target_command *cmd;
  int n;
} argv_builder;

static void add(argv_builder *b, const char *arg)
{
  if (b->n < OSC_TARGET_ARGV_MAX - 1)
    b->cmd->argv[b->n++] = (char *)arg;
}

static void add3(argv_builder *b, const char *opt, const char *from, const char *to)
{
  add(b, opt);
  add(b, from);
  add(b, to);
}

/* mkdir -p of path inside root; 0 or -errno. A root is read-only once it
 * is mounted, so the mount points for what is bound into it are made here.
 * *first_made: the length of the path of the highest directory made, 0 if
 * none, so that what was made can be taken away again. */
static int make_inside(const char *root, const char *path, size_t *first_made)
{
  char full[2 * PATH_MAX];
  int n = snprintf(full, sizeof full, "%s%s", root, path);
  if (n < 0 || (size_t)n >= sizeof full)
    return -ENAMETOOLONG;
  struct stat st;
  *first_made = 0;
  if (stat(full, &st) == 0)
    return S_ISDIR(st.st_mode) ? 0 : -ENOTDIR;
  for (char *p = full + strlen(root) + 1;; p++) {
    if (*p != '/' && *p != '\0')
      continue;
    char end = *p;
    *p = '\0';
    int rc = mkdir(full, 0755);
    if (rc == 0 && !*first_made)
      *first_made = (size_t)(p - full);
    *p = end;
    if (rc != 0 && errno != EEXIST)
      return -errno;
    if (!end)
      return 0;
  }
}

/* The checkout's mount point stays (the same for every run); the sandbox
 * root's, new for every run, is taken away after it (release). */
static bool prepare_root(osc_target_command *cmd, const char *sandbox_root, char *err, size_t len)
{
  size_t home_made, sandbox_made;
  int rc = make_inside(cmd->root, osc_home(), &home_made);
  if (rc == 0)
    rc = make_inside(cmd->root, sandbox_root, &sandbox_made);
  if (rc != 0) {
    snprintf(err, len, "cannot make the mount points in %s: %s", cmd->root, strerror(-rc));
    return false;
  }
  snprintf(cmd->mountpoint, sizeof cmd->mountpoint, "%s%s", cmd->root, sandbox_root);
  cmd->mountpoint_made = sandbox_made;
  return true;
}

bool osc_target_command_confine(osc_target_command *cmd, const char *sandbox_root, bool confine,
                                char *err, size_t len)
{
  argv_builder b = {cmd, 0};
  cmd->confined = confine;
  if (confine) {
    if (!osc_find_executable("bwrap", cmd->bwrap, sizeof cmd->bwrap)) {
      snprintf(err, len, "bubblewrap is not installed (apt-get install bubblewrap), "
                         "and the run is confined unless --unconfined is given");
      return false;
    }
    if (cmd->root[0] && !prepare_root(cmd, sandbox_root, err, len))
      return false;
    add(&b, cmd->bwrap);
    add(&b, "--die-with-parent");
    add(&b, "--new-session");  /* a process group of its own inside, and no TIOCSTI to our terminal */
    add(&b, "--unshare-pid");
    add(&b, "--unshare-net");
    add(&b, "--unshare-ipc");
    add(&b, "--unshare-uts");
    add(&b, "--unshare-cgroup-try");
    add3(&b, "--ro-bind", cmd->root[0] ? cmd->root : "/", "/");
    add(&b, "--dev");
    add(&b, "/dev");
    add(&b, "--proc");
    add(&b, "/proc");
    if (cmd->root[0])
      add3(&b, "--ro-bind", osc_home(), osc_home());
    add3(&b, "--bind", sandbox_root, sandbox_root);
    add(&b, "--chdir");
    add(&b, sandbox_root);
    add(&b, "--");
  } else if (cmd->root[0]) {
    snprintf(err, len, "a target inside %s runs confined only (it needs the root as its /)", cmd->root);
    return false;
  }
  add(&b, cmd->exe);
  if (cmd->script[0])
    add(&b, cmd->script);
  cmd->argv[b.n] = NULL;
  return true;
}

/* rmdir of the sandbox root's mount point and of the directories above it
 * that prepare_root made for it, deepest first. */
void osc_target_command_release(osc_target_command *cmd)
{
  char *path = cmd->mountpoint, *slash;
  while (cmd->mountpoint_made && strlen(path) >= cmd->mountpoint_made && rmdir(path) == 0 &&
         (slash = strrchr(path, '/')))
    *slash = '\0';
  path[0] = '\0';
  cmd->mountpoint_made = 0;
}
