/* The constants of the fd sections equal the C headers' (the reference is
 * the oracle for their values on this platform), and every name of the
 * sections is declared, provided or absent with a reason. */
#include <fcntl.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <unistd.h>
#include <linux/memfd.h>
#include "test_fd.h"

Test(fd_constants, lockf_seek_fadvise_rwf_splice_equal_the_headers)
{
  static const struct { const char *name; int64_t value; } constants[] = {
    {"F_LOCK", F_LOCK}, {"F_TLOCK", F_TLOCK}, {"F_ULOCK", F_ULOCK}, {"F_TEST", F_TEST},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"SEEK_HOLE", SEEK_HOLE}, {"SEEK_DATA", SEEK_DATA},
    {"POSIX_FADV_NORMAL", POSIX_FADV_NORMAL}, {"POSIX_FADV_SEQUENTIAL", POSIX_FADV_SEQUENTIAL},
    {"POSIX_FADV_RANDOM", POSIX_FADV_RANDOM}, {"POSIX_FADV_NOREUSE", POSIX_FADV_NOREUSE},
    {"POSIX_FADV_WILLNEED", POSIX_FADV_WILLNEED}, {"POSIX_FADV_DONTNEED", POSIX_FADV_DONTNEED},
    {"RWF_NOWAIT", RWF_NOWAIT}, {"RWF_HIPRI", RWF_HIPRI}, {"RWF_DSYNC", RWF_DSYNC},
    {"RWF_SYNC", RWF_SYNC}, {"RWF_APPEND", RWF_APPEND},
    {"SPLICE_F_MOVE", SPLICE_F_MOVE}, {"SPLICE_F_NONBLOCK", SPLICE_F_NONBLOCK},
    {"SPLICE_F_MORE", SPLICE_F_MORE},
    {"EFD_CLOEXEC", EFD_CLOEXEC}, {"EFD_NONBLOCK", EFD_NONBLOCK}, {"EFD_SEMAPHORE", EFD_SEMAPHORE},
    {"TFD_NONBLOCK", TFD_NONBLOCK}, {"TFD_CLOEXEC", TFD_CLOEXEC},
    {"TFD_TIMER_ABSTIME", TFD_TIMER_ABSTIME}, {"TFD_TIMER_CANCEL_ON_SET", TFD_TIMER_CANCEL_ON_SET},
    {"MFD_CLOEXEC", MFD_CLOEXEC}, {"MFD_ALLOW_SEALING", MFD_ALLOW_SEALING},
    {"MFD_HUGETLB", MFD_HUGETLB}, {"MFD_HUGE_SHIFT", MFD_HUGE_SHIFT}, {"MFD_HUGE_MASK", MFD_HUGE_MASK},
  };
  for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
    cr_assert_eq(fd_const(constants[i].name), constants[i].value, "%s", constants[i].name);
  cr_assert_eq(fd_const("SEEK_SET"), 0, "Their values are 0, 1, and 2, respectively.");
}

Test(fd_constants, mfd_huge_sizes_are_log2_of_the_page_size)
{
  static const struct { const char *name; int log2; } sizes[] = {
    {"MFD_HUGE_64KB", 16}, {"MFD_HUGE_512KB", 19}, {"MFD_HUGE_1MB", 20}, {"MFD_HUGE_2MB", 21},
    {"MFD_HUGE_8MB", 23}, {"MFD_HUGE_16MB", 24}, {"MFD_HUGE_32MB", 25}, {"MFD_HUGE_256MB", 28},
    {"MFD_HUGE_512MB", 29}, {"MFD_HUGE_1GB", 30}, {"MFD_HUGE_2GB", 31}, {"MFD_HUGE_16GB", 34},
  };
  int64_t shift = fd_const("MFD_HUGE_SHIFT");
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    cr_assert_eq(fd_const(sizes[i].name), (int64_t)sizes[i].log2 << shift, "%s", sizes[i].name);
}

static bool in_fd_sections(const osref_entry *e)
{
  static const char *const sections[] = {"File Object Creation", "File Descriptor Operations",
    "Querying the size of a terminal", "Inheritance of File Descriptors", "Timer File Descriptors"};
  for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
    if (!strcmp(e->section, sections[i]))
      return true;
  return !strncmp(e->name, "memfd", 5) || !strncmp(e->name, "MFD_", 4)
         || !strncmp(e->name, "eventfd", 7) || !strncmp(e->name, "EFD_", 4);
}

Test(fd_constants, every_declared_name_is_provided_or_says_why_not)
{
  size_t n, provided = 0, absent = 0;
  const osref_entry *entries = osref_entries(&n);
  for (size_t i = 0; i < n; i++) {
    const osref_entry *e = &entries[i];
    if (!in_fd_sections(e))
      continue;
    if (e->absent) {
      absent++;
      cr_assert(!strncmp(e->absent, "documented for ", 15) || !strncmp(e->absent, "not ", 4),
                "%s: '%s'", e->name, e->absent);
      continue;
    }
    provided++;
    if (e->kind == OSREF_DATA) {
      osref_error err = {0};
      osref_value *v = osref_getattr(e->name, &err);
      cr_assert_not_null(v, "%s: %s", e->name, err.message);
      cr_assert_eq(v->type, OSREF_INT, "%s", e->name);
      osref_decref(v);
    }
    if (e->kind == OSREF_FUNCTION)
      cr_assert_not_null(e->call, "%s", e->name);
  }
  /* 3.14 documents 147 names in these sections; Linux with glibc lacks only
   * the 19 that are Windows's (9), macOS's (4) or the BSDs' (O_SHLOCK,
   * O_EXLOCK, SF_*). */
  cr_assert_eq(provided + absent, 147, "%zu declared", provided + absent);
  cr_assert_eq(absent, 19, "%zu absent", absent);
  cr_assert_null(osref_lookup("get_handle_inheritable")->call);
  cr_assert_str_eq(osref_lookup("get_handle_inheritable")->absent, "documented for Windows only");
}
