/* Known divergences files: GLOB VERDICT reason, per implementation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <criterion/criterion.h>
#include "../expectations.h"
#include "helpers.h"

TestSuite(expectations, .init = th_dir_setup, .fini = th_dir_teardown);

Test(expectations, reads_every_file_of_the_implementation_in_name_order)
{
  th_write(th_dir, "cpython.b", "exists/*  MISSING  listed second\n");
  th_write(th_dir, "cpython.a", "# why these differ\n\nexists/O_EXLOCK MISSING   BSD only   \nmkdir/* FAIL overlayfs # comment\n");
  th_write(th_dir, "pypy.txt", "* FAIL not ours\n");
  th_write(th_dir, "cpythonic.txt", "* FAIL not ours either\n");
  osc_expectations e;
  cr_assert(osc_expectations_load(th_dir, "cpython", "1.0", &e));
  cr_assert_eq(e.n, 3);
  cr_expect_str_eq(e.v[0].glob, "exists/O_EXLOCK");
  cr_expect_str_eq(e.v[0].reason, "BSD only");
  cr_expect_eq(e.v[0].line, 3);
  cr_expect_str_eq(e.v[1].reason, "overlayfs");
  cr_expect_eq(e.v[1].verdict, OSC_FAIL);
  cr_expect_str_eq(e.v[2].reason, "listed second");
  osc_expectations_free(&e);
}

Test(expectations, the_first_match_applies)
{
  th_write(th_dir, "osref.txt", "exists/O_EXLOCK MISSING specific\nexists/* UNEXPECTED general\n");
  osc_expectations e;
  cr_assert(osc_expectations_load(th_dir, "osref", "1.0", &e));
  cr_expect_str_eq(osc_expectations_match(&e, "exists/O_EXLOCK")->reason, "specific");
  cr_expect_str_eq(osc_expectations_match(&e, "exists/O_SHLOCK")->reason, "general");
  cr_expect_null(osc_expectations_match(&e, "mkdir/existing"));
  cr_expect_not_null(osc_expectations_match(&e, "exists/sub/name"), "a glob's * crosses slashes");
  osc_expectations_free(&e);
}

/* A misspelt --expectations must not mean "no known divergences". */
Test(expectations, a_missing_directory_is_an_error)
{
  osc_expectations e;
  int saved = th_stderr_to(th_dir);
  cr_expect_not(osc_expectations_load("/nonexistent/expectations", "cpython", "1.0", &e));
  th_stderr_back(saved);
  char *err = th_read(th_dir, "err");
  cr_expect(strstr(err, "/nonexistent/expectations: cannot read the expectations directory"), "%s", err);
  free(err);
}

static void expect_bad(const char *text)
{
  th_write(th_dir, "micropython.txt", text);
  osc_expectations e = {0};
  char path[600];
  snprintf(path, sizeof path, "%s/micropython.txt", th_dir);
  int saved = th_stderr_to(th_dir);
  bool ok = osc_expectations_read_file(path, &e);
  th_stderr_back(saved);
  cr_expect_not(ok, "accepted: %s", text);
  osc_expectations_free(&e);
}

Test(expectations, bad_lines_are_refused)
{
  expect_bad("mkdir/* FAIL\n");              /* no reason */
  expect_bad("mkdir/* BROKEN because\n");    /* not a verdict */
  expect_bad("mkdir/*\n");
  expect_bad("mkdir/* PASS passes\n");     /* not a divergence */
  expect_bad("mkdir/* SKIP skipped\n");
  expect_bad("mkdir/[ab FAIL unclosed\n"); /* fnmatch would take '[' literally */
  expect_bad("mkdir/\xff FAIL bytes\n");   /* no case id has it */
  expect_bad("mkdir/* FAIL a \x1b[31m red reason\n");
  expect_bad("mkdir/* FAIL caf\xe9 is Latin-1\n");
}

Test(expectations, the_error_names_file_and_line)
{
  th_write(th_dir, "pyodide.txt", "ok/* FAIL known\nmkdir/* fail lower case\n");
  osc_expectations e = {0};
  int saved = th_stderr_to(th_dir);
  bool ok = osc_expectations_load(th_dir, "pyodide", "1.0", &e);
  th_stderr_back(saved);
  osc_expectations_free(&e);
  cr_expect_not(ok);
  char *err = th_read(th_dir, "err");
  cr_expect(strstr(err, "osconform: error: ") && strstr(err, "/pyodide.txt:2: "), "%s", err);
  free(err);
}

Test(expectations, include_reads_a_shared_file)
{
  th_write(th_dir, "cpython.signatures", "sig/kill FAIL positional-only names\n");
  th_write(th_dir, "pyodide.txt", "include cpython.signatures\nrmdir/dot FAIL emscripten\n");
  osc_expectations e;
  cr_assert(osc_expectations_load(th_dir, "pyodide", "1.0", &e));
  cr_assert_eq(e.n, 2);
  cr_expect_str_eq(e.v[0].glob, "sig/kill");
  cr_expect(strstr(e.v[0].file, "cpython.signatures"), "%s", e.v[0].file);
  osc_expectations_free(&e);
  th_write(th_dir, "loop.txt", "include loop.txt\n");
  int saved = th_stderr_to(th_dir);
  cr_expect_not(osc_expectations_load(th_dir, "loop", "1.0", &e), "an include cycle stops");
  osc_expectations_free(&e);
  th_write(th_dir, "bad.txt", "include ../etc/passwd\n");
  cr_expect_not(osc_expectations_load(th_dir, "bad", "1.0", &e), "only files of the same directory");
  th_stderr_back(saved);
  osc_expectations_free(&e);
}

/* pypy@7.3.txt holds what PyPy 7.3 alone gets wrong: read for 7.3.11, not
 * for 8.0.1 nor 7.30, and before pypy.txt (the first matching line applies). */
Test(expectations, a_version_has_its_own_file)
{
  th_write(th_dir, "pypy.txt", "sig/* FAIL every PyPy\n");
  th_write(th_dir, "pypy@7.3.txt", "sig/strerror FAIL PyPy 7.3 only\n");
  osc_expectations e;
  cr_assert(osc_expectations_load(th_dir, "pypy", "7.3.11", &e));
  cr_assert_eq(e.n, 2);
  cr_expect_str_eq(osc_expectations_match(&e, "sig/strerror")->reason, "PyPy 7.3 only");
  cr_expect_str_eq(osc_expectations_match(&e, "sig/open")->reason, "every PyPy");
  osc_expectations_free(&e);
  for (const char *const *v = (const char *const[]){"8.0.1", "7.30.1", NULL}; *v; v++) {
    cr_assert(osc_expectations_load(th_dir, "pypy", *v, &e));
    cr_expect_eq(e.n, 1, "%s", *v);
    osc_expectations_free(&e);
  }
}

/* A line may pin the difference it excuses: the run's one-line reason must
 * match its quoted glob, or the failure is another one and stays a FAIL. */
Test(expectations, an_observed_difference_pins_the_divergence)
{
  th_write(th_dir, "pypy.txt", "lockf/* FAIL \"step 2: * got value 0\"   lockf returns 0, not None\n"
                                "sig/* FAIL   positional-only names\n");
  osc_expectations e;
  cr_assert(osc_expectations_load(th_dir, "pypy", "7.3.11", &e));
  const osc_expectation *lockf = osc_expectations_match(&e, "lockf/lock");
  cr_assert_not_null(lockf);
  cr_expect_str_eq(lockf->observed, "step 2: * got value 0");
  cr_expect_str_eq(lockf->reason, "lockf returns 0, not None");
  cr_expect(osc_expectation_holds(lockf, OSC_FAIL, "step 2: expected value null, got value 0"));
  cr_expect_not(osc_expectation_holds(lockf, OSC_FAIL, "step 1: expected a value, got raises OSError"));
  cr_expect_not(osc_expectation_holds(lockf, OSC_CRASH, "step 2: expected value null, got value 0"));
  const osc_expectation *sig = osc_expectations_match(&e, "sig/kill");
  cr_expect_null(sig->observed);
  cr_expect(osc_expectation_holds(sig, OSC_FAIL, "anything"));
  osc_expectations_free(&e);
  expect_bad("lockf/* FAIL \"step 2: unclosed reason\n");
}

/* A root cause may be one line for many cases: the first line that lists a
 * case and holds for what the run saw applies, not merely the first that
 * lists it. */
Test(expectations, the_first_line_that_holds_applies)
{
  th_write(th_dir, "micropython.txt",
           "*  FAIL  \"step *: expected raises FileExistsError EEXIST, got raises OSError EEXIST\"  no OSError subclasses\n"
           "*pathlike*  FAIL  \"step 1: * got raises TypeError\"  no os.PathLike\n");
  osc_expectations e;
  cr_assert(osc_expectations_load(th_dir, "micropython", "1.26.1", &e));
  const osc_expectation *h = osc_expectations_holding(&e, "mkdir/pathlike", OSC_FAIL,
                                                      "step 1: expected a value, got raises TypeError");
  cr_assert_not_null(h);
  cr_expect_str_eq(h->reason, "no os.PathLike");
  h = osc_expectations_holding(&e, "mkdir/existing-dir", OSC_FAIL,
                               "step 1: expected raises FileExistsError EEXIST, got raises OSError EEXIST");
  cr_expect_str_eq(h->reason, "no OSError subclasses");
  cr_expect_null(osc_expectations_holding(&e, "mkdir/existing-dir", OSC_FAIL, "step 1: expected a value, got raises TypeError"));
  osc_expectations_free(&e);
}
