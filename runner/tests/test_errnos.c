/* An errno a target gives as a number is named by its platform's numbering. */
#include <errno.h>
#include <criterion/criterion.h>
#include "../errnos.h"

Test(errnos, wasi_numbers_are_named_by_wasi)
{
  /* MicroPython under Node raised these where the cases expect the names */
  cr_expect_str_eq(osc_errno_name(OSC_ERRNOS_WASI, 44), "ENOENT");
  cr_expect_str_eq(osc_errno_name(OSC_ERRNOS_WASI, 54), "ENOTDIR");
  cr_expect_str_eq(osc_errno_name(OSC_ERRNOS_WASI, 37), "ENAMETOOLONG");
  cr_expect_str_eq(osc_errno_name(OSC_ERRNOS_WASI, 20), "EEXIST");
  cr_expect_str_eq(osc_errno_name(OSC_ERRNOS_WASI, 28), "EINVAL");
  cr_expect_str_eq(osc_errno_name(OSC_ERRNOS_WASI, 76), "ENOTCAPABLE");
  cr_expect_null(osc_errno_name(OSC_ERRNOS_WASI, 77));
  cr_expect_null(osc_errno_name(OSC_ERRNOS_WASI, 0));
}

Test(errnos, native_numbers_by_this_c_library_and_unknown_ones_stay_numbers)
{
  cr_expect_str_eq(osc_errno_name(OSC_ERRNOS_NATIVE, ENOENT), "ENOENT");
  cr_expect_null(osc_errno_name(OSC_ERRNOS_UNKNOWN, ENOENT));
  cr_expect_null(osc_errno_name(OSC_ERRNOS_NATIVE, -1));
  cr_expect_null(osc_errno_name(OSC_ERRNOS_NATIVE, 1LL << 40));
  cr_expect_eq(osc_errnos_of("linux", 1), OSC_ERRNOS_NATIVE);
  cr_expect_eq(osc_errnos_of("emscripten", 0), OSC_ERRNOS_WASI);
  cr_expect_eq(osc_errnos_of("webassembly", 0), OSC_ERRNOS_WASI);
  cr_expect_eq(osc_errnos_of("darwin", 0), OSC_ERRNOS_UNKNOWN);
}
