#include <criterion/criterion.h>
#include "../version.h"

static int cmp(const char *a, const char *b)
{
  int c = 99;
  cr_assert(osc_version_compare(a, b, &c), "%s vs %s should compare", a, b);
  return c;
}

Test(version, compares_numerically_component_by_component)
{
  cr_expect_lt(cmp("3.17", "6.1.0-18-amd64"), 0);
  cr_expect_gt(cmp("6.1.0-18-amd64", "3.17"), 0);
  cr_expect_lt(cmp("2.9", "2.27"), 0, "27 is more than 9, not a string compare");
  cr_expect_eq(cmp("5.3", "5.3.0"), 0, "a missing component is 0");
  cr_expect_eq(cmp("31", "31"), 0);
  cr_expect_gt(cmp("10.0", "9.9.9"), 0);
}

Test(version, stops_at_the_first_non_numeric_part)
{
  cr_expect_eq(cmp("6.1.0-18-amd64", "6.1"), 0);
  cr_expect_eq(cmp("2.36+deb", "2.36"), 0);
  cr_expect_eq(cmp("3.", "3"), 0);
}

Test(version, refuses_what_has_no_leading_number)
{
  int c;
  cr_expect_not(osc_version_compare("unknown", "3.17", &c));
  cr_expect_not(osc_version_compare("3.17", "", &c));
  cr_expect_not(osc_version_compare(NULL, "3.17", &c));
}
