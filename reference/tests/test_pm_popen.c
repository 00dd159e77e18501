/* os.popen: a text file object over a pipe to or from `/bin/sh -c cmd`,
 * whose close() waits for the shell and returns its status as os.rst
 * documents it. Every test ends with no child left. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "osref/exec.h"
#include "test_children.h"
#include "test_core_util.h"

static osref_value *S(const char *s) { return osref_str(s); }

/* A shell that writes more than a pipe holds, so that it is still writing
 * when the pipe is closed; bounded, so that a shell that survived SIGPIPE
 * would end anyway (with status 0) rather than run on. */
#define WRITER "exec 2>/dev/null; i=0; while [ $i -lt 100000 ]; do echo y; i=$((i + 1)); done"

static osref_value *popen_ok(const char *cmd, const char *mode)
{
  osref_value *f = tc_ok("popen", mode ? tc_args(2, S(cmd), S(mode)) : tc_args(1, S(cmd)), NULL);
  cr_assert_str_eq(osref_type_name(f), "_wrap_close");
  return f;
}

/* f.name(*args), which must succeed; args stolen. */
static osref_value *method_ok(osref_value *f, const char *name, osref_value *args)
{
  osref_error err = {0};
  osref_value *r = osref_method(f, name, args, NULL, &err);
  osref_decref(args);
  cr_assert_not_null(r, "%s(): %s: %s", name, err.type, err.message);
  return r;
}

static bool attr_is_true(osref_value *f, const char *attr)
{
  osref_error err = {0};
  osref_value *v = osref_attr(f, attr, &err);
  cr_assert_not_null(v, "%s: %s: %s", attr, err.type, err.message);
  bool b = v->type == OSREF_BOOL && v->u.b;
  osref_decref(v);
  return b;
}

/* close()'s result for cmd run in mode. */
static osref_value *close_status(const char *cmd, const char *mode)
{
  osref_value *f = popen_ok(cmd, mode);
  osref_value *status = method_ok(f, "close", NULL);
  osref_value *again = method_ok(f, "close", NULL);
  cr_assert(osref_equal(status, again), "a second close() returns the same status");
  osref_decref(again);
  osref_decref(f);
  return status;
}

Test(pm_popen, read_a_commands_output)
{
  osref_value *f = popen_ok("echo hello; echo world", NULL);
  cr_assert(!attr_is_true(f, "closed"));
  osref_value *line = method_ok(f, "readline", NULL);
  cr_assert_str_eq(line->u.s.data, "hello\n");
  osref_value *rest = method_ok(f, "read", NULL);
  cr_assert_eq(rest->type, OSREF_STR, "text, not bytes");
  cr_assert_str_eq(rest->u.s.data, "world\n");
  osref_value *status = method_ok(f, "close", NULL);
  cr_assert_eq(status->type, OSREF_NONE, "exit status 0: None");
  cr_assert(attr_is_true(f, "closed"));
  osref_decref(status);
  osref_decref(rest);
  osref_decref(line);
  osref_decref(f);
  tc_assert_no_children();
}

Test(pm_popen, write_to_a_commands_input)
{
  char dir[] = "/tmp/osref-popen-XXXXXX", path[64], cmd[96];
  cr_assert_not_null(mkdtemp(dir));
  snprintf(path, sizeof path, "%s/out", dir);
  snprintf(cmd, sizeof cmd, "cat > %s", path);
  osref_value *f = popen_ok(cmd, "w");
  osref_value *n = method_ok(f, "write", tc_args(1, S("abc\nxyz\n")));
  cr_assert_eq(n->u.i, 8, "write() returns the characters written");
  osref_value *status = method_ok(f, "close", NULL);
  cr_assert_eq(status->type, OSREF_NONE);
  char got[32] = "";
  FILE *in = fopen(path, "r");
  cr_assert_not_null(in);
  size_t len = fread(got, 1, sizeof got - 1, in);
  fclose(in);
  cr_assert_eq(len, 8);
  cr_assert_str_eq(got, "abc\nxyz\n", "the command read what was written");
  cr_assert_eq(unlink(path), 0);
  cr_assert_eq(rmdir(dir), 0);
  osref_decref(status);
  osref_decref(n);
  osref_decref(f);
  tc_assert_no_children();
}

Test(pm_popen, close_returns_none_for_exit_status_0)
{
  osref_value *status = close_status("exit 0", NULL);
  cr_assert_eq(status->type, OSREF_NONE);
  osref_decref(status);
  tc_assert_no_children();
}

Test(pm_popen, close_returns_the_exit_status_shifted_by_one_byte)
{
  osref_value *status = close_status("exit 3", "r");
  cr_assert_eq(status->type, OSREF_INT);
  cr_assert_eq(status->u.i, 3 << 8);
  osref_decref(status);
  status = close_status("exit 4", "w");
  cr_assert_eq(status->u.i, 4 << 8);
  osref_decref(status);
  tc_assert_no_children();
}

/* os.rst: "the return value might be - signal.SIGKILL if the subprocess
 * was killed" (CPython returns -SIGKILL << 8). The shell kills itself. */
Test(pm_popen, close_returns_minus_the_signal_that_killed_the_shell)
{
  osref_value *status = close_status("kill -9 $$", NULL);
  cr_assert_eq(status->type, OSREF_INT);
  cr_assert_eq(status->u.i, -SIGKILL);
  osref_decref(status);
  tc_assert_no_children();
}

Test(pm_popen, with_block_closes_and_waits)
{
  osref_value *f = popen_ok("exit 5", NULL);
  osref_value *same = method_ok(f, "__enter__", NULL);
  cr_assert_eq(same, f, "__enter__ returns the object itself");
  osref_decref(same);
  osref_value *r = method_ok(f, "__exit__", tc_args(3, osref_none(), osref_none(), osref_none()));
  cr_assert_eq(r->type, OSREF_NONE, "__exit__ returns None: an exception goes on");
  cr_assert(attr_is_true(f, "closed"));
  tc_assert_no_children();
  osref_decref(r);
  osref_decref(f);
}

/* Released without close(): the pipe closes (the writing shell dies of
 * SIGPIPE, the reading one sees the end of its input) and both are reaped. */
Test(pm_popen, released_without_close_leaves_no_child)
{
  osref_decref(popen_ok(WRITER, "r"));
  osref_decref(popen_ok("while read line; do :; done", "w"));
  osref_decref(popen_ok("exit 7", NULL));
  tc_assert_no_children();
}

/* In a child that ignores SIGPIPE (as the runner's target does), the
 * shell must still die of it once the pipe is closed, as subprocess
 * restores it: close() reports the signal. The child exits with the number
 * of the first step that failed. */
static int writer_dies_of_sigpipe(void)
{
  signal(SIGPIPE, SIG_IGN);
  osref_error err = {0};
  osref_value *f = osref_popen(WRITER, "r", -1, &err);
  if (!f) return 1;
  osref_value *status = osref_method(f, "close", NULL, NULL, &err);
  int step = !status ? 2 : status->type != OSREF_INT || status->u.i != -SIGPIPE ? 3 : 0;
  osref_decref(status);
  osref_decref(f);
  f = osref_popen(WRITER, "r", -1, &err);
  if (step || !f) return step ? step : 4;
  osref_decref(f);
  errno = 0;
  return waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD ? 0 : 5;
}

Test(pm_popen, a_writer_dies_of_sigpipe_even_if_this_process_ignores_it)
{
  fflush(NULL);
  pid_t pid = fork();
  cr_assert_neq(pid, -1);
  if (pid == 0) tc_child_exit(writer_dies_of_sigpipe());
  int status;
  cr_assert_eq(waitpid(pid, &status, 0), pid);
  cr_assert(WIFEXITED(status), "child killed by signal %d", WTERMSIG(status));
  cr_assert_eq(WEXITSTATUS(status), 0);
  tc_assert_no_children();
}

Test(pm_popen, typed_layer)
{
  osref_error err = {0};
  osref_value *f = osref_popen("printf 'a\\r\\nb'; exit 2", "r", 1, &err);
  cr_assert_not_null(f, "%s: %s", err.type, err.message);
  cr_assert(attr_is_true(f, "line_buffering"), "buffering=1: line buffered, as open()");
  osref_value *text = method_ok(f, "read", NULL);
  cr_assert_str_eq(text->u.s.data, "a\nb", "universal newlines, as a text file");
  osref_value *status = method_ok(f, "close", NULL);
  cr_assert_eq(status->u.i, 2 << 8);
  osref_decref(status);
  osref_decref(text);
  osref_decref(f);
  cr_assert_null(osref_popen("true", "rb", -1, &err));
  cr_assert_str_eq(err.type, "ValueError");
  cr_assert_null(osref_popen("true", "w", 0, &err));
  cr_assert_str_eq(err.type, "ValueError");
  tc_assert_no_children();
}

Test(pm_popen, arguments_as_lib_os_checks_them)
{
  cr_assert_str_eq(tc_raises("popen", tc_args(2, S("true"), S("rb")), NULL, "ValueError", 0), "invalid mode 'rb'");
  cr_assert_str_eq(tc_raises("popen", tc_args(2, S("true"), S("r+")), NULL, "ValueError", 0), "invalid mode 'r+'");
  cr_assert_str_eq(tc_raises("popen", tc_args(2, S("true"), osref_int(5)), NULL, "ValueError", 0), "invalid mode 5");
  cr_assert_str_eq(tc_raises("popen", tc_args(3, S("true"), S("r"), osref_int(0)), NULL, "ValueError", 0),
                   "popen() does not support unbuffered streams");
  tc_raises("popen", tc_args(1, S("true")), tc_kw("buffering", osref_none()), "ValueError", 0);
  cr_assert_str_eq(tc_raises("popen", tc_args(3, S("true"), S("r"), S("1")), NULL, "TypeError", 0),
                   "bufsize must be an integer");
  cr_assert_str_eq(tc_raises("popen", tc_args(1, osref_bytes("true", 4)), NULL, "TypeError", 0),
                   "invalid cmd type (<class 'bytes'>, expected string)");
  tc_raises("popen", tc_args(1, osref_strn("true\0x", 6)), NULL, "ValueError", 0);
  tc_raises("popen", tc_args(0), tc_kw("mode", S("r")), "TypeError", 0);
  tc_assert_no_children();
}
