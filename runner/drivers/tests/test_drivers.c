/* driver.py in every Python runtime it serves, against the sample cases.
 * A runtime that is not installed is skipped with a message, never passed. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "../../interp/tests/samples.h"

static const char *drivers(void)
{
  const char *d = getenv("OSC_TEST_DRIVERS");
  return d ? d : "runner/drivers";
}

/* The target of the running test; stopped (and its sandboxes removed) by
 * the suite's fini, also when an assertion ends the test early. */
static target_proc t;

static void stop(void)
{
  if (t.pid)
    target_stop(&t);
}

TestSuite(drivers, .fini = stop);

static bool installed(const char *exe)
{
  return access(exe, X_OK) == 0;
}

static void start_python(target_proc *proc, const char *exe)
{
  char driver[300], why[200];
  if (!installed(exe))
    cr_skip_test("%s is not installed", exe);
  snprintf(driver, sizeof driver, "%s/start.py", drivers());  /* as the runner starts it */
  char *argv[] = { (char *)exe, driver, NULL };
  cr_assert(target_start(proc, argv, why, sizeof why), "%s", why);
}

static void start_node(target_proc *proc, const char *harness)
{
  char script[300], modules[300], why[200];
  snprintf(script, sizeof script, "%s/node/%s", drivers(), harness);
  snprintf(modules, sizeof modules, "%s/node/node_modules", drivers());
  if (!installed("/usr/bin/node"))
    cr_skip_test("node is not installed");
  if (access(modules, R_OK) != 0)
    cr_skip_test("%s is missing: run make node-deps", modules);
  char *argv[] = { "/usr/bin/node", script, NULL };
  cr_assert(target_start(proc, argv, why, sizeof why), "%s", why);
}

Test(drivers, cpython)
{
  start_python(&t, "/usr/bin/python3");
  samples_full(&t, "cpython");
  sample_isolation_from_startup(&t);
}

Test(drivers, pypy)
{
  start_python(&t, "/usr/bin/pypy3");
  samples_full(&t, "pypy");
  sample_isolation_from_startup(&t);
}

/* Pyodide: CPython's os over Emscripten, on the host directory (NODEFS);
 * no fork, no fifos there. */
Test(drivers, pyodide, .timeout = 600)
{
  start_node(&t, "pyodide.mjs");
  sample_hello(&t, "cpython");
  samples_portable(&t);
  sample_checks(&t);
  sample_host_sandbox(&t);
  sample_isolation_by_instance(&t);
}

/* MicroPython: a small os (no FileExistsError, no fds, no symlinks); the
 * samples it can answer, and the rest reported as missing. Its sandboxes are
 * the host's, mounted by hostmount.mjs. */
Test(drivers, micropython, .timeout = 300)
{
  start_node(&t, "micropython.mjs");
  sample_hello(&t, "micropython");
  sample_mkdir_existing(&t, "OSError");
  sample_checks(&t);  /* setup and checks through Emscripten's FS (hostfs.mjs) */
  sample_host_sandbox(&t);  /* the host directory is mounted (hostmount.mjs) */
  sample_missing_and_skipped(&t);
  sample_setup_error(&t);
  sample_bad_case(&t);
  sample_bad_line(&t);
  json_t *o = target_case(&t, "{\"id\": \"m\", \"steps\": [{\"call\": \"scandir\", \"args\": [\".\"]}]}", SAMPLE_TIMEOUT_MS);
  cr_assert_str_eq(step_str(o, 0, "missing"), "scandir");
  json_decref(o);
  sample_isolation_by_instance(&t);  /* chdir and umount("/") its os has; no umask, environ, _exit */
}
