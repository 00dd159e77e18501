/* The test run itself: under `make valgrind-reference`, every test runs
 * inside valgrind. A --trace-children-skip pattern that matches the test
 * binary's own path (Criterion runs each test by exec'ing it) would run the
 * tests untraced, and valgrind would find nothing because it saw nothing. */
#include <criterion/criterion.h>
#include <stdlib.h>
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#else
#define RUNNING_ON_VALGRIND 0
#endif

Test(harness, a_valgrind_run_runs_each_test_under_valgrind)
{
  cr_assert(!getenv("OSREF_TESTS_UNDER_VALGRIND") || RUNNING_ON_VALGRIND,
            "this test runs outside valgrind in a valgrind run: valgrind checks nothing "
            "(see OSREF_VG_NOT_OURS in reference/build.mk)");
}
