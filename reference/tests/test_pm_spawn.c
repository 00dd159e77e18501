/* Process Management: fork and the at-fork handlers, forkpty, the exec
 * family, spawn, posix_spawn and system. Programs run are /bin/sh scripts
 * the test writes into a temporary directory it removes, or /bin/true. An
 * exec call always runs in a forked child (it would replace the test), which
 * sends back the error it got through a close-on-exec pipe: no error read
 * means the exec happened. Every test that starts processes waits for them
 * and ends with tc_assert_no_children(). */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "osref/exec.h"
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
/* Under valgrind, posix_spawn's child is a fork that cannot report an exec
 * error back (it exits 127, and valgrind reports the parent's objects as
 * lost in it): the cases of errors at exec time are left out there. */
#define UNDER_VALGRIND RUNNING_ON_VALGRIND
#else
#define UNDER_VALGRIND 0
#endif
#include "test_children.h"
#include "test_core_util.h"

static char dir[64];

static void make_dir(void)
{
  strcpy(dir, "/tmp/osref-spawn-XXXXXX");
  cr_assert_not_null(mkdtemp(dir));
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
  (void)st, (void)flag, (void)ftw;
  return remove(path);
}

static void remove_dir(void)
{
  nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

TestSuite(pm_spawn, .init = make_dir, .fini = remove_dir);

static char *in_dir(const char *name)
{
  static char paths[4][128];
  static int next;
  char *p = paths[next++ % 4];
  snprintf(p, 128, "%s/%s", dir, name);
  return p;
}

static void write_file(const char *name, const char *text, mode_t mode)
{
  const char *path = in_dir(name);
  FILE *f = fopen(path, "w");
  cr_assert_not_null(f, "%s", path);
  fputs(text, f);
  fclose(f);
  cr_assert_eq(chmod(path, mode), 0);
}

/* A script that records its arguments and $MARK into DIR/out, then exits 7. */
static void write_recorder(const char *name)
{
  char body[512];
  snprintf(body, sizeof body, "#!/bin/sh\necho \"$*\" > %s/out\necho \"${MARK-unset}\" >> %s/out\nexit 7\n",
           dir, dir);
  write_file(name, body, 0755);
}

static const char *read_out(const char *name)
{
  static char buf[1024];
  FILE *f = fopen(in_dir(name), "r");
  if (!f) return "";
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = '\0';
  return buf;
}

static int wait_status(pid_t pid)
{
  int status;
  cr_assert_eq(waitpid(pid, &status, 0), pid);
  return status;
}

/* For a child of the test's own child: no assertion there. */
static int child_exit_code(pid_t pid)
{
  int status;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

static int exit_code(pid_t pid)
{
  int status = wait_status(pid);
  cr_assert(WIFEXITED(status), "killed by signal %d", WTERMSIG(status));
  return WEXITSTATUS(status);
}

/* ---- exec in a child ---- */

typedef struct outcome {
  int code;            /* the child's exit code */
  osref_error err;     /* what the exec raised; type "" if it replaced the child */
} outcome;

static outcome exec_in_child(const char *fn, osref_value *args, osref_value *kwargs)
{
  int p[2];
  cr_assert_eq(pipe2(p, O_CLOEXEC), 0);
  fflush(NULL);
  pid_t pid = fork();
  cr_assert_neq(pid, -1);
  if (pid == 0) {
    osref_error err = {0};
    osref_call(fn, args, kwargs, &err);
    osref_decref(args);
    osref_decref(kwargs);
    if (write(p[1], &err, sizeof err) != sizeof err) _exit(98);
    _exit(99);
  }
  close(p[1]);
  osref_decref(args);
  osref_decref(kwargs);
  outcome o;
  memset(&o, 0, sizeof o);
  ssize_t n = read(p[0], &o.err, sizeof o.err);
  close(p[0]);
  if (n != (ssize_t)sizeof o.err) memset(&o.err, 0, sizeof o.err);
  o.code = exit_code(pid);
  return o;
}

static void assert_ran(outcome o, int code)
{
  cr_assert_null(o.err.type, "exec raised %s: %s", o.err.type, o.err.message);
  cr_assert_eq(o.code, code);
}

static void assert_raised(outcome o, const char *type, int errnum, const char *message)
{
  cr_assert_not_null(o.err.type, "exec did not fail (exit %d)", o.code);
  cr_assert_str_eq(o.err.type, type, "%s: %s", o.err.type, o.err.message);
  if (errnum) cr_assert_eq(o.err.errnum, errnum, "errno %d", o.err.errnum);
  if (message) cr_assert_str_eq(o.err.message, message);
}

static osref_value *strs(size_t n, ...)
{
  va_list ap;
  osref_value *l = osref_list();
  va_start(ap, n);
  for (size_t i = 0; i < n; i++) osref_list_append(l, osref_str(va_arg(ap, const char *)));
  va_end(ap);
  return l;
}

static osref_value *env1(const char *key, const char *value)
{
  osref_value *d = osref_dict();
  osref_dict_set(d, osref_str(key), osref_str(value));
  return d;
}

/* ---- argv and env conversion ---- */

Test(pm_spawn, execv_argv_errors)
{
  const char *prog = in_dir("none");
  assert_raised(exec_in_child("execv", tc_args(2, osref_str(prog), osref_int(5)), NULL), "TypeError", 0,
                "execv() arg 2 must be a tuple or list");
  assert_raised(exec_in_child("execv", tc_args(2, osref_str(prog), osref_dict()), NULL), "TypeError", 0,
                "execv() arg 2 must be a tuple or list");
  assert_raised(exec_in_child("execv", tc_args(2, osref_str(prog), osref_list()), NULL), "ValueError", 0,
                "execv() arg 2 must not be empty");
  assert_raised(exec_in_child("execv", tc_args(2, osref_str(prog), strs(1, "")), NULL), "ValueError", 0,
                "execv() arg 2 first element cannot be empty");
  osref_value *bad = strs(1, "a");
  osref_list_append(bad, osref_int(5));
  assert_raised(exec_in_child("execv", tc_args(2, osref_str(prog), bad), NULL), "TypeError", 0,
                "expected str, bytes or os.PathLike object, not int");
  osref_value *nul = strs(1, "a");
  osref_list_append(nul, osref_strn("b\0c", 3));
  assert_raised(exec_in_child("execv", tc_args(2, osref_str(prog), nul), NULL), "ValueError", 0,
                "embedded null byte");
  assert_raised(exec_in_child("execv", tc_args(2, osref_int(3), strs(1, "a")), NULL), "TypeError", 0, NULL);
  tc_assert_no_children();
}

Test(pm_spawn, execve_env_errors)
{
  const char *prog = in_dir("none");
  assert_raised(exec_in_child("execve", tc_args(3, osref_str(prog), osref_list(), osref_dict()), NULL),
                "ValueError", 0, "execve: argv must not be empty");
  assert_raised(exec_in_child("execve", tc_args(3, osref_str(prog), strs(1, "a"), osref_int(5)), NULL),
                "TypeError", 0, "execve: environment must be a mapping object");
  assert_raised(exec_in_child("execve", tc_args(3, osref_str(prog), strs(1, "a"), osref_list()), NULL),
                "AttributeError", 0, "'list' object has no attribute 'keys'");
  assert_raised(exec_in_child("execve", tc_args(3, osref_str(prog), strs(1, "a"), env1("A=B", "x")), NULL),
                "ValueError", 0, "illegal environment variable name");
  assert_raised(exec_in_child("execve", tc_args(3, osref_str(prog), strs(1, "a"), env1("", "x")), NULL),
                "ValueError", 0, "illegal environment variable name");
  osref_value *intval = osref_dict();
  osref_dict_set(intval, osref_str("A"), osref_int(1));
  assert_raised(exec_in_child("execve", tc_args(3, osref_str(prog), strs(1, "a"), intval), NULL),
                "TypeError", 0, "expected str, bytes or os.PathLike object, not int");
  /* A leading '=' is allowed (CPython searches from the second character):
   * the exec is tried and fails on the missing file. */
  assert_raised(exec_in_child("execve", tc_args(3, osref_str(prog), strs(1, "a"), env1("=C:", "x")), NULL),
                "FileNotFoundError", ENOENT, NULL);
  tc_assert_no_children();
}

/* ---- the exec family ---- */

Test(pm_spawn, execv_runs_the_program_with_its_arguments)
{
  write_recorder("prog");
  assert_ran(exec_in_child("execv", tc_args(2, osref_str(in_dir("prog")), strs(3, "prog", "one", "two")), NULL), 7);
  cr_assert_str_eq(read_out("out"), "one two\nunset\n");
  tc_assert_no_children();
}

Test(pm_spawn, execve_passes_env_and_bytes_and_pathlike)
{
  write_recorder("prog");
  osref_value *env = osref_dict();
  osref_dict_set(env, osref_bytes("MARK", 4), osref_pathlike(osref_str("marked")));
  osref_value *args = osref_tuple(2);
  osref_seq_set(args, 0, osref_bytes("prog", 4));
  osref_seq_set(args, 1, osref_pathlike(osref_str("x")));
  assert_ran(exec_in_child("execve", tc_args(3, osref_pathlike(osref_str(in_dir("prog"))), args, env), NULL), 7);
  cr_assert_str_eq(read_out("out"), "x\nmarked\n");
  tc_assert_no_children();
}

Test(pm_spawn, execve_takes_an_fd_where_fexecve_exists)
{
  osref_value *supports = tc_get("supports_fd");
  osref_value *name = osref_str("execve");
  bool listed = false;
  for (size_t i = 0; i < supports->u.seq.len; i++) listed |= osref_equal(supports->u.seq.items[i], name);
  osref_decref(name);
  osref_decref(supports);
  cr_assert(listed, "execve is in supports_fd");
  int fd = open("/bin/true", O_RDONLY);
  cr_assert_geq(fd, 0);
  assert_ran(exec_in_child("execve", tc_args(3, osref_int(fd), strs(1, "true"), osref_dict()), NULL), 0);
  close(fd);
  /* execv's path is never an fd */
  assert_raised(exec_in_child("execv", tc_args(2, osref_int(0), strs(1, "true")), NULL), "TypeError", 0, NULL);
  tc_assert_no_children();
}

Test(pm_spawn, execl_and_execle)
{
  write_recorder("prog");
  const char *prog = in_dir("prog");
  assert_ran(exec_in_child("execl", tc_args(4, osref_str(prog), osref_str("p"), osref_str("a"), osref_str("b")), NULL), 7);
  cr_assert_str_eq(read_out("out"), "a b\nunset\n");
  assert_ran(exec_in_child("execle", tc_args(4, osref_str(prog), osref_str("p"), osref_str("a"), env1("MARK", "m")), NULL), 7);
  cr_assert_str_eq(read_out("out"), "a\nm\n");
  assert_ran(exec_in_child("execle", tc_args(5, osref_str(prog), osref_str("p"), osref_str("a"), osref_str("b"),
                                             env1("MARK", "n")), NULL), 7);
  cr_assert_str_eq(read_out("out"), "a b\nn\n");
  tc_assert_no_children();
}

Test(pm_spawn, execvpe_searches_the_path_of_env)
{
  write_recorder("prog");
  char path[256];
  snprintf(path, sizeof path, "%s/missing:%s", dir, dir);
  osref_value *env = env1("PATH", path);
  osref_dict_set(env, osref_str("MARK"), osref_str("found"));
  assert_ran(exec_in_child("execvpe", tc_args(3, osref_str("prog"), strs(2, "prog", "z"), env), NULL), 7);
  cr_assert_str_eq(read_out("out"), "z\nfound\n");
  assert_ran(exec_in_child("execlpe", tc_args(4, osref_str("prog"), osref_str("prog"), osref_str("y"),
                                              env1("PATH", path)), NULL), 7);
  cr_assert_str_eq(read_out("out"), "y\nunset\n");
  tc_assert_no_children();
}

Test(pm_spawn, execvp_searches_the_current_path)
{
  assert_ran(exec_in_child("execvp", tc_args(2, osref_str("true"), strs(1, "true")), NULL), 0);
  assert_ran(exec_in_child("execlp", tc_args(3, osref_str("false"), osref_str("false"), osref_str("x")), NULL), 1);
  assert_raised(exec_in_child("execvp", tc_args(2, osref_str("osref-no-such-program"), strs(1, "x")), NULL),
                "FileNotFoundError", ENOENT, NULL);
  /* os.py: execvpe(file, args, None) is execvp(file, args) */
  assert_ran(exec_in_child("execvpe", tc_args(3, osref_str("true"), strs(1, "true"), osref_none()), NULL), 0);
  tc_assert_no_children();
}

/* os.py's _execvpe: the first error other than ENOENT/ENOTDIR wins over
 * the last one. */
Test(pm_spawn, path_search_errors)
{
  cr_assert_eq(mkdir(in_dir("noexec"), 0755), 0);
  write_file("noexec/prog", "#!/bin/sh\nexit 0\n", 0644);
  write_file("file", "", 0644);
  char path[512];
  snprintf(path, sizeof path, "%s/file:%s/noexec:%s/missing", dir, dir, dir);
  assert_raised(exec_in_child("execvpe", tc_args(3, osref_str("prog"), strs(1, "prog"), env1("PATH", path)), NULL),
                "PermissionError", EACCES, NULL);
  snprintf(path, sizeof path, "%s/missing:%s/file", dir, dir);
  assert_raised(exec_in_child("execvpe", tc_args(3, osref_str("prog"), strs(1, "prog"), env1("PATH", path)), NULL),
                "NotADirectoryError", ENOTDIR, NULL);
  osref_value *both = env1("PATH", dir);
  osref_dict_set(both, osref_bytes("PATH", 4), osref_bytes(dir, strlen(dir)));
  assert_raised(exec_in_child("execvpe", tc_args(3, osref_str("prog"), strs(1, "prog"), both), NULL),
                "ValueError", 0, "env cannot contain 'PATH' and b'PATH' keys");
  assert_raised(exec_in_child("execvpe", tc_args(3, osref_str("prog"), strs(1, "prog"), osref_int(3)), NULL),
                "AttributeError", 0, NULL);
  tc_assert_no_children();
}

Test(pm_spawn, exec_errors_from_the_system)
{
  write_file("plain", "#!/bin/sh\nexit 0\n", 0644);
  assert_raised(exec_in_child("execv", tc_args(2, osref_str(in_dir("none")), strs(1, "x")), NULL),
                "FileNotFoundError", ENOENT, NULL);
  assert_raised(exec_in_child("execv", tc_args(2, osref_str(in_dir("plain")), strs(1, "x")), NULL),
                "PermissionError", EACCES, NULL);
  assert_raised(exec_in_child("execve", tc_args(3, osref_str(dir), strs(1, "x"), osref_dict()), NULL),
                "PermissionError", EACCES, NULL);
  assert_raised(exec_in_child("execl", tc_args(1, osref_str(in_dir("none"))), NULL), "TypeError", 0, NULL);
  tc_assert_no_children();
}

Test(pm_spawn, typed_exec_search)
{
  write_recorder("prog");
  fflush(NULL);
  pid_t pid = fork();
  cr_assert_neq(pid, -1);
  if (pid == 0) {
    const char *dirs[] = {"/osref-missing", dir, NULL};
    char *argv[] = {"prog", "typed", NULL}, *envp[] = {"MARK=t", NULL};
    osref_error err = {0};
    osref_exec_search("prog", argv, envp, dirs, &err);
    _exit(99);
  }
  cr_assert_eq(exit_code(pid), 7);
  cr_assert_str_eq(read_out("out"), "typed\nt\n");
  tc_assert_no_children();
}

/* ---- spawn ---- */

Test(pm_spawn, spawn_modes)
{
  write_recorder("prog");
  osref_value *v = tc_get("P_WAIT");
  cr_assert_eq(v->u.i, 0);
  osref_decref(v);
  v = tc_get("P_NOWAIT");
  cr_assert_eq(v->u.i, 1);
  osref_decref(v);
  v = tc_get("P_NOWAITO");
  cr_assert_eq(v->u.i, 1);
  osref_decref(v);
  osref_value *r = tc_ok("spawnv", tc_args(3, osref_int(0), osref_str(in_dir("prog")), strs(2, "p", "w")), NULL);
  cr_assert_eq(r->u.i, 7);
  cr_assert_str_eq(read_out("out"), "w\nunset\n");
  osref_decref(r);
  r = tc_ok("spawnv", tc_args(3, osref_int(1), osref_str(in_dir("prog")), strs(2, "p", "nw")), NULL);
  cr_assert_gt(r->u.i, 0);
  cr_assert_eq(exit_code((pid_t)r->u.i), 7);
  osref_decref(r);
  tc_assert_no_children();
}

Test(pm_spawn, spawn_variants)
{
  write_recorder("prog");
  const char *prog = in_dir("prog");
  osref_value *r = tc_ok("spawnl", tc_args(4, osref_int(0), osref_str(prog), osref_str("p"), osref_str("l")), NULL);
  cr_assert_eq(r->u.i, 7);
  cr_assert_str_eq(read_out("out"), "l\nunset\n");
  osref_decref(r);
  r = tc_ok("spawnle", tc_args(5, osref_int(0), osref_str(prog), osref_str("p"), osref_str("le"), env1("MARK", "e")), NULL);
  cr_assert_eq(r->u.i, 7);
  cr_assert_str_eq(read_out("out"), "le\ne\n");
  osref_decref(r);
  r = tc_ok("spawnve", tc_args(4, osref_int(0), osref_str(prog), strs(2, "p", "ve"), env1("MARK", "f")), NULL);
  cr_assert_eq(r->u.i, 7);
  cr_assert_str_eq(read_out("out"), "ve\nf\n");
  osref_decref(r);
  r = tc_ok("spawnvpe", tc_args(4, osref_int(0), osref_str("prog"), strs(2, "p", "vpe"), env1("PATH", dir)), NULL);
  cr_assert_eq(r->u.i, 7);
  cr_assert_str_eq(read_out("out"), "vpe\nunset\n");
  osref_decref(r);
  r = tc_ok("spawnlpe", tc_args(5, osref_int(0), osref_str("prog"), osref_str("p"), osref_str("lpe"), env1("PATH", dir)), NULL);
  cr_assert_eq(r->u.i, 7);
  osref_decref(r);
  r = tc_ok("spawnvp", tc_args(3, osref_int(0), osref_str("false"), strs(1, "false")), NULL);
  cr_assert_eq(r->u.i, 1);
  osref_decref(r);
  r = tc_ok("spawnlp", tc_args(3, osref_int(0), osref_str("true"), osref_str("true")), NULL);
  cr_assert_eq(r->u.i, 0);
  osref_decref(r);
  tc_assert_no_children();
}

Test(pm_spawn, spawn_failures)
{
  write_file("killer", "#!/bin/sh\nkill -9 $$\n", 0755);
  osref_value *r = tc_ok("spawnv", tc_args(3, osref_int(0), osref_str(in_dir("killer")), strs(1, "k")), NULL);
  cr_assert_eq(r->u.i, -SIGKILL);
  osref_decref(r);
  r = tc_ok("spawnv", tc_args(3, osref_int(0), osref_str(in_dir("none")), strs(1, "n")), NULL);
  cr_assert_eq(r->u.i, 127, "exec failed in the child");
  osref_decref(r);
  osref_value *bad = strs(1, "a");
  osref_list_append(bad, osref_int(3));
  r = tc_ok("spawnv", tc_args(3, osref_int(0), osref_str("/bin/true"), bad), NULL);
  cr_assert_eq(r->u.i, 127, "a bad argument raises in the child");
  osref_decref(r);
  cr_assert_str_eq(tc_raises("spawnv", tc_args(3, osref_int(0), osref_str("/bin/true"), osref_int(5)), NULL,
                             "TypeError", 0), "argv must be a tuple or a list");
  cr_assert_str_eq(tc_raises("spawnv", tc_args(3, osref_int(0), osref_str("/bin/true"), osref_list()), NULL,
                             "ValueError", 0), "argv first element cannot be empty");
  cr_assert_str_eq(tc_raises("spawnv", tc_args(3, osref_int(0), osref_str("/bin/true"), strs(1, "")), NULL,
                             "ValueError", 0), "argv first element cannot be empty");
  tc_assert_no_children();
}

Test(pm_spawn, typed_spawn)
{
  write_recorder("prog");
  char *argv[] = {"prog", "t", NULL}, *envp[] = {"MARK=typed", NULL};
  const char *dirs[] = {dir, NULL};
  osref_error err = {0};
  int64_t code, pid;
  cr_assert_eq(osref_spawn(OSREF_P_WAIT, "prog", argv, envp, dirs, &code, &err), 0);
  cr_assert_eq(code, 7);
  cr_assert_str_eq(read_out("out"), "t\ntyped\n");
  cr_assert_eq(osref_spawn(OSREF_P_NOWAIT, in_dir("prog"), argv, NULL, NULL, &pid, &err), 0);
  cr_assert_gt(pid, 0);
  cr_assert_eq(exit_code((pid_t)pid), 7);
  tc_assert_no_children();
}

/* ---- posix_spawn ---- */

static osref_value *kw(size_t n, ...)
{
  va_list ap;
  osref_value *d = osref_dict();
  va_start(ap, n);
  for (size_t i = 0; i < n; i++) {
    const char *key = va_arg(ap, const char *);
    osref_dict_set(d, osref_str(key), va_arg(ap, osref_value *));
  }
  va_end(ap);
  return d;
}

static pid_t spawned(osref_value *r)
{
  cr_assert_eq(r->type, OSREF_INT);
  pid_t pid = (pid_t)r->u.i;
  osref_decref(r);
  return pid;
}

static osref_value *one(osref_value *v)
{
  osref_value *l = osref_list();
  osref_list_append(l, v);
  return l;
}

Test(pm_spawn, posix_spawn_runs_with_env)
{
  write_recorder("prog");
  pid_t pid = spawned(tc_ok("posix_spawn", tc_args(3, osref_str(in_dir("prog")), strs(2, "p", "ps"),
                                                   env1("MARK", "spawned")), NULL));
  cr_assert_eq(exit_code(pid), 7);
  cr_assert_str_eq(read_out("out"), "ps\nspawned\n");
  pid = spawned(tc_ok("posix_spawnp", tc_args(3, osref_str("true"), strs(1, "true"), osref_none()), NULL));
  cr_assert_eq(exit_code(pid), 0);
  tc_assert_no_children();
}

Test(pm_spawn, posix_spawn_file_actions)
{
  write_file("echo", "#!/bin/sh\necho hello\n", 0755);
  char target[128];
  snprintf(target, sizeof target, "%s/opened", dir);
  osref_value *open_action = tc_args(5, osref_int(0), osref_int(1), osref_str(target),
                                    osref_int(O_WRONLY | O_CREAT | O_TRUNC), osref_int(0644));
  pid_t pid = spawned(tc_ok("posix_spawn", tc_args(3, osref_str(in_dir("echo")), strs(1, "e"), osref_none()),
                            kw(1, "file_actions", one(open_action))));
  cr_assert_eq(exit_code(pid), 0);
  cr_assert_str_eq(read_out("opened"), "hello\n");

  int fd = open(in_dir("duped"), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  cr_assert_geq(fd, 0);
  pid = spawned(tc_ok("posix_spawn", tc_args(3, osref_str(in_dir("echo")), strs(1, "e"), osref_none()),
                      kw(1, "file_actions", one(tc_args(3, osref_int(2), osref_int(fd), osref_int(1))))));
  cr_assert_eq(exit_code(pid), 0);
  close(fd);
  cr_assert_str_eq(read_out("duped"), "hello\n");
  tc_assert_no_children();
}

/* The script exits 10 if fd $FD is open in it, 11 if not. */
Test(pm_spawn, posix_spawn_close_and_closefrom)
{
  write_file("fdcheck", "#!/bin/sh\nif [ -e /proc/$$/fd/$FD ]; then exit 10; else exit 11; fi\n", 0755);
  int null = open("/dev/null", O_RDONLY);
  int fd = fcntl(null, F_DUPFD, 50);   /* inheritable */
  cr_assert_geq(fd, 50);
  close(null);
  char number[16];
  snprintf(number, sizeof number, "%d", fd);
  const char *prog = in_dir("fdcheck");
  pid_t pid = spawned(tc_ok("posix_spawn", tc_args(3, osref_str(prog), strs(1, "s"), env1("FD", number)), NULL));
  cr_assert_eq(exit_code(pid), 10);
  pid = spawned(tc_ok("posix_spawn", tc_args(3, osref_str(prog), strs(1, "s"), env1("FD", number)),
                      kw(1, "file_actions", one(tc_args(2, osref_int(1), osref_int(fd))))));
  cr_assert_eq(exit_code(pid), 11);
  osref_value *closefrom = tc_get("POSIX_SPAWN_CLOSEFROM");
  pid = spawned(tc_ok("posix_spawn", tc_args(3, osref_str(prog), strs(1, "s"), env1("FD", number)),
                      kw(1, "file_actions", one(tc_args(2, closefrom, osref_int(fd))))));
  cr_assert_eq(exit_code(pid), 11);
  close(fd);
  tc_assert_no_children();
}

/* The script writes "pid pgrp session" and its blocked and ignored signal
 * masks from /proc. */
static void write_prober(void)
{
  char body[512];
  snprintf(body, sizeof body,
           "#!/bin/sh\nread a b c d e f rest < /proc/$$/stat\necho \"$$ $e $f\" > %s/out\n"
           "while read k v; do case \"$k\" in SigBlk:|SigIgn:) echo \"$k $v\" >> %s/out;; esac; done < /proc/$$/status\n",
           dir, dir);
  write_file("probe", body, 0755);
}

static void probed(long *pid, long *pgrp, long *sid, unsigned long long *blocked, unsigned long long *ignored)
{
  cr_assert_eq(sscanf(read_out("out"), "%ld %ld %ld\nSigBlk: %llx\nSigIgn: %llx", pid, pgrp, sid, blocked, ignored), 5,
               "%s", read_out("out"));
}

Test(pm_spawn, posix_spawn_setpgroup_setsid_setsigmask)
{
  write_prober();
  long pid, pgrp, sid;
  unsigned long long blocked, ignored;
  pid_t child = spawned(tc_ok("posix_spawn", tc_args(3, osref_str(in_dir("probe")), strs(1, "p"), osref_none()),
                              kw(2, "setpgroup", osref_int(0), "setsigmask", one(osref_int(SIGUSR1)))));
  cr_assert_eq(exit_code(child), 0);
  probed(&pid, &pgrp, &sid, &blocked, &ignored);
  cr_assert_eq(pid, child);
  cr_assert_eq(pgrp, child, "setpgroup=0: a group of its own");
  cr_assert_neq(sid, child);
  cr_assert_eq(blocked, 1ULL << (SIGUSR1 - 1));
  child = spawned(tc_ok("posix_spawn", tc_args(3, osref_str(in_dir("probe")), strs(1, "p"), osref_none()),
                        kw(2, "setsid", osref_bool(true), "resetids", osref_bool(true))));
  cr_assert_eq(exit_code(child), 0);
  probed(&pid, &pgrp, &sid, &blocked, &ignored);
  cr_assert_eq(sid, child, "setsid: a session of its own");
  cr_assert_eq(blocked, 0);
  tc_assert_no_children();
}

/* posix_spawn of the prober, from a child of the test: the pid or -1. */
static pid_t spawn_in_child(osref_value *kwargs)
{
  osref_error err = {0};
  osref_value *args = tc_args(3, osref_str(in_dir("probe")), strs(1, "p"), osref_none());
  osref_value *r = osref_call("posix_spawn", args, kwargs, &err);
  pid_t pid = r ? (pid_t)r->u.i : -1;
  osref_decref(r);
  osref_decref(args);
  osref_decref(kwargs);
  return pid;
}

/* The ignored disposition is changed in a forked child, which spawns the
 * prober with and without setsigdef and exits with what it saw. */
Test(pm_spawn, posix_spawn_setsigdef)
{
  write_prober();
  fflush(NULL);
  pid_t helper = fork();
  cr_assert_neq(helper, -1);
  if (helper == 0) {
    signal(SIGUSR2, SIG_IGN);
    long pid, pgrp, sid;
    unsigned long long blocked, ignored_plain, ignored_def;
    if (child_exit_code(spawn_in_child(NULL)) != 0) _exit(1);
    if (sscanf(read_out("out"), "%ld %ld %ld\nSigBlk: %llx\nSigIgn: %llx", &pid, &pgrp, &sid, &blocked, &ignored_plain) != 5) _exit(2);
    if (child_exit_code(spawn_in_child(kw(1, "setsigdef", one(osref_int(SIGUSR2))))) != 0) _exit(3);
    if (sscanf(read_out("out"), "%ld %ld %ld\nSigBlk: %llx\nSigIgn: %llx", &pid, &pgrp, &sid, &blocked, &ignored_def) != 5) _exit(4);
    unsigned long long bit = 1ULL << (SIGUSR2 - 1);
    _exit((ignored_plain & bit) && !(ignored_def & bit) ? 0 : 5);
  }
  cr_assert_eq(exit_code(helper), 0);
  tc_assert_no_children();
}

static osref_value *sched_param(osref_value *priority)
{
  static const char *const fields[] = {"sched_priority"};
  osref_value *st = osref_struct("sched_param", fields, 1, 1);
  osref_seq_set(st, 0, priority);
  return st;
}

Test(pm_spawn, posix_spawn_scheduler)
{
  pid_t pid = spawned(tc_ok("posix_spawn", tc_args(3, osref_str("/bin/true"), strs(1, "true"), osref_none()),
                            kw(1, "scheduler", tc_args(2, osref_none(), sched_param(osref_int(0))))));
  cr_assert_eq(exit_code(pid), 0);
  pid = spawned(tc_ok("posix_spawn", tc_args(3, osref_str("/bin/true"), strs(1, "true"), osref_none()),
                      kw(1, "scheduler", tc_args(2, osref_int(SCHED_OTHER), sched_param(osref_int(0))))));
  cr_assert_eq(exit_code(pid), 0);
  if (!UNDER_VALGRIND)
    tc_raises("posix_spawn", tc_args(3, osref_str("/bin/true"), strs(1, "true"), osref_none()),
              kw(1, "scheduler", tc_args(2, osref_none(), sched_param(osref_int(99)))), "OSError", EINVAL);
  cr_assert_str_eq(tc_raises("posix_spawn", tc_args(3, osref_str("/bin/true"), strs(1, "true"), osref_none()),
                             kw(1, "scheduler", tc_args(2, osref_none(), osref_int(0))), "TypeError", 0),
                   "must have a sched_param object");
  cr_assert_str_eq(tc_raises("posix_spawn", tc_args(3, osref_str("/bin/true"), strs(1, "true"), osref_none()),
                             kw(1, "scheduler", tc_args(1, osref_none())), "TypeError", 0),
                   "A scheduler tuple must have two elements");
  cr_assert_str_eq(tc_raises("posix_spawn", tc_args(3, osref_str("/bin/true"), strs(1, "true"), osref_none()),
                             kw(1, "scheduler", osref_list()), "TypeError", 0),
                   "posix_spawn: scheduler must be a tuple or None");
  tc_assert_no_children();
}

static const char *spawn_error(osref_value *args, osref_value *kwargs, const char *type, int errnum)
{
  return tc_raises("posix_spawn", args, kwargs, type, errnum);
}

static osref_value *true_args(void)
{
  return tc_args(3, osref_str("/bin/true"), strs(1, "true"), osref_none());
}

Test(pm_spawn, posix_spawn_errors)
{
  cr_assert_str_eq(spawn_error(tc_args(3, osref_str("/bin/true"), osref_int(1), osref_none()), NULL, "TypeError", 0),
                   "posix_spawn: argv must be a tuple or list");
  cr_assert_str_eq(tc_raises("posix_spawnp", tc_args(3, osref_str("true"), osref_list(), osref_none()), NULL,
                             "ValueError", 0), "posix_spawnp: argv must not be empty");
  cr_assert_str_eq(spawn_error(tc_args(3, osref_str("/bin/true"), strs(1, ""), osref_none()), NULL, "ValueError", 0),
                   "posix_spawn: argv first element cannot be empty");
  cr_assert_str_eq(spawn_error(tc_args(3, osref_str("/bin/true"), strs(1, "t"), osref_int(3)), NULL, "TypeError", 0),
                   "posix_spawn: environment must be a mapping object or None");
  if (!UNDER_VALGRIND) {
    spawn_error(tc_args(3, osref_str(in_dir("none")), strs(1, "t"), osref_none()), NULL, "FileNotFoundError", ENOENT);
    spawn_error(tc_args(3, osref_str(dir), strs(1, "t"), osref_none()), NULL, "PermissionError", EACCES);
    spawn_error(true_args(), kw(1, "setpgroup", osref_int(-1)), "OSError", EINVAL);
  }
  cr_assert_str_eq(spawn_error(true_args(), kw(1, "file_actions", osref_int(3)), "TypeError", 0),
                   "file_actions must be a sequence or None");
  cr_assert_str_eq(spawn_error(true_args(), kw(1, "file_actions", one(osref_int(3))), "TypeError", 0),
                   "Each file_actions element must be a non-empty tuple");
  cr_assert_str_eq(spawn_error(true_args(), kw(1, "file_actions", one(osref_tuple(0))), "TypeError", 0),
                   "Each file_actions element must be a non-empty tuple");
  cr_assert_str_eq(spawn_error(true_args(), kw(1, "file_actions", one(tc_args(1, osref_int(99)))), "TypeError", 0),
                   "Unknown file_actions identifier");
  cr_assert_str_eq(spawn_error(true_args(), kw(1, "file_actions", one(tc_args(1, osref_str("x")))), "TypeError", 0),
                   "'str' object cannot be interpreted as an integer");
  cr_assert_str_eq(spawn_error(true_args(), kw(1, "file_actions", one(tc_args(1, osref_int(1)))), "TypeError", 0),
                   "A close file_action tuple must have 2 elements");
  cr_assert_str_eq(spawn_error(true_args(), kw(1, "file_actions", one(tc_args(2, osref_int(0), osref_int(1)))), "TypeError", 0),
                   "A open file_action tuple must have 5 elements");
  cr_assert_str_eq(spawn_error(true_args(), kw(1, "file_actions", one(tc_args(2, osref_int(2), osref_int(1)))), "TypeError", 0),
                   "A dup2 file_action tuple must have 3 elements");
  spawn_error(true_args(), kw(1, "file_actions", one(tc_args(2, osref_int(1), osref_int(-5)))), "OSError", EBADF);
  spawn_error(true_args(), kw(1, "file_actions", one(tc_args(2, osref_int(1), osref_int(1LL << 40)))), "OverflowError", 0);
  cr_assert_str_eq(spawn_error(true_args(), kw(1, "setsigmask", osref_int(5)), "TypeError", 0),
                   "'int' object is not iterable");
  cr_assert_str_eq(spawn_error(true_args(), kw(1, "setsigdef", one(osref_int(0))), "ValueError", 0),
                   "signal number 0 out of range [1; 64]");
  cr_assert_str_eq(spawn_error(true_args(), kw(1, "setsigmask", one(osref_str("x"))), "TypeError", 0),
                   "'str' object cannot be interpreted as an integer");
  spawn_error(true_args(), kw(1, "setpgroup", osref_str("x")), "TypeError", 0);
  tc_assert_no_children();
}

/* ---- fork and its handlers ---- */

/* A handler: os.mkdir(DIR/name). */
static osref_value *mkdir_handler(const char *name)
{
  return osref_callable("mkdir", tc_args(1, osref_str(in_dir(name))));
}

static void register_handler(const char *which, const char *name)
{
  osref_decref(tc_ok("register_at_fork", NULL, kw(1, which, mkdir_handler(name))));
}

static bool exists(const char *name)
{
  struct stat st;
  return stat(in_dir(name), &st) == 0;
}

/* Each second handler needs the first one's directory: they succeed only
 * in the documented order (before: reverse registration order). */
Test(pm_spawn, fork_runs_the_handlers_in_order)
{
  register_handler("before", "b/x");
  register_handler("before", "b");
  register_handler("after_in_parent", "p");
  register_handler("after_in_parent", "p/x");
  register_handler("after_in_child", "c");
  register_handler("after_in_child", "c/x");
  register_handler("after_in_parent", "p");   /* fails: FileExistsError, ignored */
  register_handler("after_in_parent", "p/y");
  osref_value *r = tc_ok("fork", NULL, NULL);
  pid_t pid = (pid_t)r->u.i;
  osref_decref(r);
  if (pid == 0) _exit(exists("c/x") ? 0 : 1);
  cr_assert_eq(exit_code(pid), 0, "after_in_child: in order, in the child");
  cr_assert(exists("b") && exists("b/x"), "before: reverse order");
  cr_assert(exists("p/x") && exists("p/y"), "after_in_parent: in order, past a failing handler");
  tc_assert_no_children();
}

Test(pm_spawn, spawn_runs_the_handlers)
{
  register_handler("before", "b");
  register_handler("after_in_child", "c");
  osref_value *r = tc_ok("spawnv", tc_args(3, osref_int(0), osref_str("/bin/true"), strs(1, "true")), NULL);
  cr_assert_eq(r->u.i, 0);
  osref_decref(r);
  cr_assert(exists("b") && exists("c"));
  tc_assert_no_children();
}

Test(pm_spawn, register_at_fork_errors)
{
  cr_assert_str_eq(tc_raises("register_at_fork", NULL, NULL, "TypeError", 0), "At least one argument is required.");
  cr_assert_str_eq(tc_raises("register_at_fork", NULL, kw(1, "before", osref_int(5)), "TypeError", 0),
                   "'before' must be callable, not int");
  cr_assert_str_eq(tc_raises("register_at_fork", NULL, kw(2, "after_in_parent", osref_int(5), "after_in_child", osref_str("x")),
                             "TypeError", 0), "'after_in_child' must be callable, not str");
  cr_assert_str_eq(tc_raises("register_at_fork", NULL, kw(1, "before", osref_none()), "TypeError", 0),
                   "At least one argument is required.");
  tc_raises("register_at_fork", tc_args(1, mkdir_handler("x")), NULL, "TypeError", 0);
}

Test(pm_spawn, forkpty_gives_a_master_fd)
{
  register_handler("after_in_parent", "p");
  osref_value *r = tc_ok("forkpty", NULL, NULL);
  cr_assert_eq(r->type, OSREF_TUPLE);
  int64_t pid = r->u.seq.items[0]->u.i, master = r->u.seq.items[1]->u.i;
  osref_decref(r);
  if (pid == 0) _exit(master == -1 && isatty(0) ? 0 : 1);
  cr_assert_geq(master, 0);
  cr_assert(fcntl((int)master, F_GETFD) & FD_CLOEXEC, "master_fd is non-inheritable");
  cr_assert_eq(exit_code((pid_t)pid), 0);
  close((int)master);
  cr_assert(exists("p"));
  tc_assert_no_children();
}

/* ---- system ---- */

Test(pm_spawn, system_returns_the_wait_status)
{
  osref_value *r = tc_ok("system", tc_args(1, osref_str("exit 3")), NULL);
  cr_assert_eq(r->u.i, 3 << 8);
  osref_decref(r);
  r = tc_ok("system", tc_args(1, osref_bytes("kill -9 $$", 10)), NULL);
  cr_assert(WIFSIGNALED(r->u.i) && WTERMSIG(r->u.i) == SIGKILL, "status %lld", (long long)r->u.i);
  osref_decref(r);
  r = tc_ok("system", NULL, tc_kw("command", osref_str("true")));
  cr_assert_eq(r->u.i, 0);
  osref_decref(r);
  cr_assert_str_eq(tc_raises("system", tc_args(1, osref_int(5)), NULL, "TypeError", 0),
                   "expected str, bytes or os.PathLike object, not int");
  cr_assert_eq(osref_system("exit 4"), 4 << 8);
  tc_assert_no_children();
}
