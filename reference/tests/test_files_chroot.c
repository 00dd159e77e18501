/* os.chroot, run only in a forked child inside the test's temporary
 * directory: the test process itself never changes its root. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "osref.h"
#include "test_fd.h"

TestSuite(files_chroot, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

/* The child's verdict as its exit status: 0 when the new root shows only
 * the sandbox's contents, else a number saying what went wrong. */
static int chroot_child(void)
{
  osref_error err = {0};
  osref_value *args = osref_tuple(1);
  osref_seq_set(args, 0, osref_str("jail"));
  osref_value *r = osref_call("chroot", args, NULL, &err);
  osref_decref(args);
  if (!r) return strcmp(err.type, "PermissionError") == 0 ? 77 : 1;
  osref_decref(r);
  if (chdir("/") != 0) return 2;
  struct stat st;
  if (stat("/inside", &st) != 0) return 3;   /* the jail's file is at the root now */
  if (stat("/jail", &st) == 0) return 4;
  return 0;
}

Test(files_chroot, chroot_changes_the_root_of_a_child)
{
  mkdir("jail", 0777);
  close(fd_file_with("jail/inside", ""));
  pid_t pid = fork();
  cr_assert_geq(pid, 0);
  if (pid == 0) _exit(chroot_child());
  int status;
  cr_assert_eq(waitpid(pid, &status, 0), pid);
  cr_assert(WIFEXITED(status));
  if (WEXITSTATUS(status) == 77) cr_skip_test("chroot needs CAP_SYS_CHROOT");
  cr_assert_eq(WEXITSTATUS(status), 0, "child check %d failed", WEXITSTATUS(status));
}

Test(files_chroot, chroot_errors)
{
  close(fd_file_with("f", ""));
  fd_call_raises("chroot", fd_tuple(1, osref_str("none")), NULL, "FileNotFoundError", ENOENT);
  fd_call_raises("chroot", fd_tuple(1, osref_str("f")), NULL, "NotADirectoryError", ENOTDIR);
  fd_call_raises("chroot", fd_tuple(1, osref_int(0)), NULL, "TypeError", 0);
}
