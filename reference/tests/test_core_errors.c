/* Errors: the OSError subclass for each errno, as the exceptions
 * documentation's table gives it, and errno names as Python's errno module. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "osref.h"

Test(core_errors, errno_maps_to_the_documented_oserror_subclass)
{
  static const struct { int e; const char *cls; } table[] = {
    {EAGAIN, "BlockingIOError"}, {EALREADY, "BlockingIOError"}, {EINPROGRESS, "BlockingIOError"},
    {ECHILD, "ChildProcessError"}, {EPIPE, "BrokenPipeError"}, {ESHUTDOWN, "BrokenPipeError"},
    {ECONNABORTED, "ConnectionAbortedError"}, {ECONNREFUSED, "ConnectionRefusedError"},
    {ECONNRESET, "ConnectionResetError"}, {EEXIST, "FileExistsError"},
    {ENOENT, "FileNotFoundError"}, {EINTR, "InterruptedError"}, {EISDIR, "IsADirectoryError"},
    {ENOTDIR, "NotADirectoryError"}, {EACCES, "PermissionError"}, {EPERM, "PermissionError"},
    {ESRCH, "ProcessLookupError"}, {ETIMEDOUT, "TimeoutError"},
    {EINVAL, "OSError"}, {EBADF, "OSError"}, {ENOTEMPTY, "OSError"}, {EXDEV, "OSError"},
  };
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    cr_expect_str_eq(osref_exception_for_errno(table[i].e), table[i].cls, "errno %d", table[i].e);
}

Test(core_errors, set_errno_takes_either_sign_and_formats_like_oserror)
{
  osref_error err = {0};
  cr_assert_null(osref_set_errno(&err, -ENOENT));
  cr_assert_str_eq(err.type, "FileNotFoundError");
  cr_assert_eq(err.errnum, ENOENT);
  char want[200];
  snprintf(want, sizeof want, "[Errno %d] %s", ENOENT, strerror(ENOENT));
  cr_assert_str_eq(err.message, want);
  osref_set_errno(&err, EEXIST);
  cr_assert_str_eq(err.type, "FileExistsError");
}

Test(core_errors, set_error_clears_errno_and_formats_the_message)
{
  osref_error err = {0};
  err.errnum = 3;
  cr_assert_null(osref_set_error(&err, "TypeError", "%s() takes %d", "f", 2));
  cr_assert_str_eq(err.type, "TypeError");
  cr_assert_eq(err.errnum, 0);
  cr_assert_str_eq(err.message, "f() takes 2");
}

Test(core_errors, errno_names_follow_pythons_errorcode)
{
  cr_assert_str_eq(osref_errno_name(ENOENT), "ENOENT");
  cr_assert_str_eq(osref_errno_name(-EEXIST), "EEXIST");
  cr_assert_str_eq(osref_errno_name(EAGAIN), "EAGAIN", "EWOULDBLOCK is the alias");
  cr_assert_str_eq(osref_errno_name(ENOTSUP), "ENOTSUP");
  cr_assert_str_eq(osref_errno_name(EDEADLK), "EDEADLOCK");
  cr_assert_null(osref_errno_name(0));
  cr_assert_null(osref_errno_name(100000));
  cr_assert_eq(osref_errno_value("EWOULDBLOCK"), EAGAIN);
  cr_assert_eq(osref_errno_value("ENOTEMPTY"), ENOTEMPTY);
  cr_assert_eq(osref_errno_value("ENOSUCH"), 0);
}

Test(core_errors, every_errno_the_libc_knows_has_a_name_that_maps_back)
{
  /* The libc's own table: strerror names every errno it defines. */
  for (int e = 1; e < 512; e++) {
    if (strncmp(strerror(e), "Unknown error", 13) == 0) continue;
    const char *n = osref_errno_name(e);
    cr_assert_not_null(n, "errno %d has no name", e);
    cr_assert_eq(osref_errno_value(n), e, "%s", n);
  }
}
