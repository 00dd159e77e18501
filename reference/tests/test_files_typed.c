/* Files and Directories through the typed layer (osref/files.h): C
 * arguments, errors as Python's exception class and errno. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "osref.h"
#include "osref/files.h"
#include "test_fd.h"

TestSuite(files_typed, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

static osref_error err;

static void fails_with(int r, const char *type, int errnum)
{
  cr_assert_eq(r, -1);
  cr_assert_str_eq(err.type, type);
  cr_assert_eq(err.errnum, errnum);
  memset(&err, 0, sizeof err);
}

Test(files_typed, create_rename_remove)
{
  cr_assert_eq(osref_mkdir("d", 0755, AT_FDCWD, &err), 0);
  fails_with(osref_mkdir("d", 0755, AT_FDCWD, &err), "FileExistsError", EEXIST);
  cr_assert_eq(osref_makedirs("d/e/f", 0755, false, &err), 0);
  fails_with(osref_makedirs("d/e/f", 0755, false, &err), "FileExistsError", EEXIST);
  cr_assert_eq(osref_makedirs("d/e/f", 0755, true, &err), 0);
  cr_assert_eq(osref_rename("d/e", AT_FDCWD, "g", AT_FDCWD, &err), 0);
  cr_assert_eq(osref_renames("g/f", "h/i/j", &err), 0);
  fails_with(osref_rmdir("h", AT_FDCWD, &err), "OSError", ENOTEMPTY);
  cr_assert_eq(osref_removedirs("h/i/j", &err), 0);
  fails_with(osref_unlink("d", AT_FDCWD, &err), "IsADirectoryError", EISDIR);
  cr_assert_eq(osref_rmdir("d", AT_FDCWD, &err), 0);
  fails_with(osref_rmdir("d", AT_FDCWD, &err), "FileNotFoundError", ENOENT);
}

Test(files_typed, stat_listdir_getcwd)
{
  close(fd_file_with("f", "abcd"));
  osref_at at = OSREF_AT_PATH("f");
  osref_value *st = osref_stat(&at, &err);
  cr_assert_eq(osref_struct_get(st, "st_size")->u.i, 4);
  osref_decref(st);
  at = OSREF_AT_PATH("none");
  cr_assert_null(osref_stat(&at, &err));
  cr_assert_str_eq(err.type, "FileNotFoundError");
  memset(&err, 0, sizeof err);
  osref_at here = { NULL, -1, AT_FDCWD, true };
  osref_value *l = osref_listdir(&here, true, &err);
  cr_assert_eq(l->u.seq.len, 1);
  cr_assert_eq(l->u.seq.items[0]->type, OSREF_BYTES);
  osref_decref(l);
  osref_value *cwd = osref_getcwd(false, &err);
  char buf[4096];
  cr_assert_str_eq(cwd->u.s.data, getcwd(buf, sizeof buf));
  osref_decref(cwd);
}

Test(files_typed, access_symlink_readlink_link_truncate)
{
  close(fd_file_with("f", "0123"));
  osref_at f = OSREF_AT_PATH("f"), none = OSREF_AT_PATH("none");
  cr_assert_eq(osref_access(&f, F_OK, false, &err), 1);
  cr_assert_eq(osref_access(&none, F_OK, true, &err), 0);
  cr_assert_eq(osref_symlink("f", "l", AT_FDCWD, &err), 0);
  osref_value *target = osref_readlink("l", AT_FDCWD, false, &err);
  cr_assert_str_eq(target->u.s.data, "f");
  osref_decref(target);
  cr_assert_eq(osref_link("l", AT_FDCWD, "hard", AT_FDCWD, false, &err), 0);
  struct stat st;
  cr_assert_eq(lstat("hard", &st), 0);
  cr_assert(S_ISLNK(st.st_mode), "follow_symlinks=False links the symlink itself");
  cr_assert_eq(osref_truncate(&f, 1, &err), 0);
  cr_assert_eq(stat("f", &st), 0);
  cr_assert_eq(st.st_size, 1);
  fails_with(osref_truncate(&none, 1, &err), "FileNotFoundError", ENOENT);
}

Test(files_typed, supports_sets_are_sets_of_names)
{
  osref_value *l = osref_supports(OSREF_SUPPORTS_DIR_FD);
  cr_assert_eq(l->type, OSREF_SET);
  cr_assert_gt(l->u.seq.len, 1);
  for (size_t i = 1; i < l->u.seq.len; i++)
    cr_assert_lt(strcmp(l->u.seq.items[i - 1]->u.s.data, l->u.seq.items[i]->u.s.data), 0);
  osref_decref(l);
  l = osref_supports(OSREF_SUPPORTS_EFFECTIVE_IDS);
  cr_assert_eq(l->u.seq.len, 1);
  cr_assert_str_eq(l->u.seq.items[0]->u.s.data, "access");
  osref_decref(l);
}

Test(files_typed, walk_and_scandir_handles)
{
  mkdir("t", 0777), mkdir("t/u", 0777);
  osref_value *w = osref_walk("t", false, true, false, &err);
  osref_value *first = w->u.h.ops->next(w->u.h.self, &err);
  cr_assert_str_eq(first->u.seq.items[0]->u.s.data, "t");
  osref_value *second = w->u.h.ops->next(w->u.h.self, &err);
  cr_assert_str_eq(second->u.seq.items[0]->u.s.data, "t/u");
  cr_assert_null(w->u.h.ops->next(w->u.h.self, &err));
  osref_decref(first), osref_decref(second), osref_decref(w);
  osref_at t = OSREF_AT_PATH("t");
  osref_value *it = osref_scandir(&t, false, &err);
  osref_value *e = it->u.h.ops->next(it->u.h.self, &err);
  osref_error e_err = {0};
  osref_value *name = osref_attr(e, "name", &e_err);
  cr_assert_str_eq(name->u.s.data, "u");
  osref_decref(name);
  osref_decref(e), osref_decref(it);
  osref_at missing = OSREF_AT_PATH("none");
  cr_assert_null(osref_scandir(&missing, false, &err));
  cr_assert_str_eq(err.type, "FileNotFoundError");
}
