/* osref-target, the reference target, against the sample cases. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include "samples.h"

static target_proc t;

static void start(void)
{
  const char *exe = getenv("OSC_TEST_OSREF_TARGET");
  char why[200];
  cr_assert(exe, "OSC_TEST_OSREF_TARGET must name the target to test (make check-targets sets it)");
  char *argv[] = { (char *)exe, NULL };
  cr_assert(target_start(&t, argv, why, sizeof why), "%s", why);
}

static void stop(void)
{
  target_stop(&t);
}

TestSuite(reference, .init = start, .fini = stop);

/* Exit status 0 at the end of the input: the sanitized build exits non-zero
 * on a leak, so this catches a value or fd the interpreter forgot. */
Test(reference, every_sample)
{
  samples_full(&t, "osref");
  cr_assert_eq(target_close(&t, 30000), 0, "the target must exit cleanly at EOF (see its stderr)");
}

Test(reference, refuses_arguments)
{
  char why[200], *argv[] = { getenv("OSC_TEST_OSREF_TARGET"), "--bogus", NULL };
  target_proc bad;
  cr_assert(target_start(&bad, argv, why, sizeof why));
  cr_assert_null(target_read(&bad, 10000), "no hello after a usage error");
  target_stop(&bad);
}
