/* Random numbers: getrandom() and urandom(). */
#include <errno.h>
#include <sys/random.h>
#include "test_core_util.h"
#include "internal/process.h"
#include "osref/sysinfo.h"

Test(random, urandom_returns_exactly_size_bytes)
{
  osref_value *a = tc_ok("urandom", tc_args(1, osref_int(32)), NULL);
  osref_value *b = tc_ok("urandom", tc_args(1, osref_int(32)), NULL);
  cr_assert_eq(a->type, OSREF_BYTES);
  cr_assert_eq(a->u.s.len, 32u);
  cr_assert_neq(memcmp(a->u.s.data, b->u.s.data, 32), 0, "two draws of 256 bits differ");
  osref_decref(a), osref_decref(b);
  a = tc_ok("urandom", tc_args(1, osref_int(0)), NULL);
  cr_assert_eq(a->u.s.len, 0u);
  osref_decref(a);
  a = tc_ok("urandom", tc_args(1, osref_int(100000)), NULL);
  cr_assert_eq(a->u.s.len, 100000u, "large requests are filled, not cut short");
  osref_decref(a);
}

Test(random, urandom_argument_errors)
{
  cr_assert_str_eq(tc_raises("urandom", tc_args(1, osref_int(-1)), NULL, "ValueError", 0),
                   "negative argument not allowed");
  tc_raises("urandom", tc_args(1, osref_float(1)), NULL, "TypeError", 0);
  tc_raises("urandom", NULL, tc_kw("size", osref_int(1)), "TypeError", 0);
}

Test(random, getrandom_returns_at_most_size_bytes)
{
  osref_value *a = tc_ok("getrandom", tc_args(1, osref_int(16)), NULL);
  cr_assert_eq(a->type, OSREF_BYTES);
  cr_assert_leq(a->u.s.len, 16u);
  cr_assert_gt(a->u.s.len, 0u);
  osref_decref(a);
  a = tc_ok("getrandom", tc_args(1, osref_int(0)), NULL);
  cr_assert_eq(a->u.s.len, 0u);
  osref_decref(a);
}

Test(random, getrandom_flags)
{
  osref_value *nb = tc_get("GRND_NONBLOCK"), *rnd = tc_get("GRND_RANDOM");
  cr_assert_eq(nb->u.i, GRND_NONBLOCK);
  cr_assert_eq(rnd->u.i, GRND_RANDOM);
  /* The pool of a running system is initialised: non-blocking succeeds. */
  osref_value *a = tc_ok("getrandom", tc_args(1, osref_int(8)), tc_kw("flags", nb));
  cr_assert_leq(a->u.s.len, 8u);
  osref_decref(a);
  a = tc_ok("getrandom", tc_args(2, osref_int(8), rnd), NULL);
  cr_assert_leq(a->u.s.len, 8u);
  osref_decref(a);
  tc_raises("getrandom", tc_args(2, osref_int(8), osref_int(-1)), NULL, "OSError", EINVAL);
}

Test(random, getrandom_argument_errors)
{
  cr_assert_str_eq(tc_raises("getrandom", tc_args(1, osref_int(-1)), NULL, "ValueError", 0),
                   "negative argument not allowed");
  tc_raises("getrandom", tc_args(1, osref_str("8")), NULL, "TypeError", 0);
  tc_raises("getrandom", tc_args(2, osref_int(8), osref_float(0)), NULL, "TypeError", 0);
  tc_raises("getrandom", tc_args(3, osref_int(8), osref_int(0), osref_int(0)), NULL, "TypeError", 0);
}

Test(random, typed_layer_refuses_negative_sizes)
{
  osref_error err = {0};
  cr_assert_null(osref_urandom(-5, &err));
  cr_assert_str_eq(err.type, "ValueError");
  cr_assert_null(osref_getrandom(-5, 0, &err));
  cr_assert_str_eq(err.type, "ValueError");
}

Test(random, urandom_device_fallback)
{
  char buf[64];
  osref_error err = {0};
  cr_assert_eq(osref_read_random_device("/dev/urandom", buf, sizeof buf, &err), 0);
  cr_assert_eq(osref_read_random_device("/nonexistent/urandom", buf, sizeof buf, &err), -1);
  cr_assert_str_eq(err.type, "NotImplementedError", "the doc: not available or not readable");
  cr_assert_eq(osref_read_random_device("/dev/null", buf, sizeof buf, &err), -1, "a device that ends");
  cr_assert_str_eq(err.type, "OSError");
  cr_assert_eq(err.errnum, EIO);
  cr_assert_eq(osref_read_random_device("/", buf, sizeof buf, &err), -1);
  cr_assert_str_eq(err.type, "IsADirectoryError");
}
