/* Files and Directories: the walk and fwalk generators. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "osref.h"
#include "test_fd.h"

#define S(s) osref_str(s)

TestSuite(files_walk, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

/* t/{f, a/{g, c/}, b/, la -> a} */
static void make_tree(void)
{
  mkdir("t", 0777), mkdir("t/a", 0777), mkdir("t/a/c", 0777), mkdir("t/b", 0777);
  close(fd_file_with("t/f", "1"));
  close(fd_file_with("t/a/g", "22"));
  cr_assert_eq(symlink("a", "t/la"), 0);
}

static osref_value *next(osref_value *gen)
{
  osref_error err = {0};
  osref_value *v = gen->u.h.ops->next(gen->u.h.self, &err);
  cr_assert_null(err.type, "next raised %s: %s", err.type, err.message);
  return v;
}

static int by_text(const void *a, const void *b)
{
  return strcmp((*(osref_value *const *)a)->u.s.data, (*(osref_value *const *)b)->u.s.data);
}

/* "dirpath:d1,d2:f1" with the names sorted. */
static void describe(osref_value *t, char *out, size_t size)
{
  snprintf(out, size, "%s:", t->u.seq.items[0]->u.s.data);
  for (int k = 1; k <= 2; k++) {
    osref_value *l = t->u.seq.items[k];
    cr_assert_eq(l->type, OSREF_LIST);
    if (l->u.seq.len > 1) qsort(l->u.seq.items, l->u.seq.len, sizeof l->u.seq.items[0], by_text);
    for (size_t i = 0; i < l->u.seq.len; i++) {
      strncat(out, l->u.seq.items[i]->u.s.data, size - strlen(out) - 1);
      if (i + 1 < l->u.seq.len) strncat(out, ",", size - strlen(out) - 1);
    }
    if (k == 1) strncat(out, ":", size - strlen(out) - 1);
  }
}

/* Every tuple of gen, described and joined with ' '. */
static void drain(osref_value *gen, char *out, size_t size)
{
  osref_value *t;
  out[0] = '\0';
  while ((t = next(gen))) {
    char one[256];
    describe(t, one, sizeof one);
    if (out[0]) strncat(out, " ", size - strlen(out) - 1);
    strncat(out, one, size - strlen(out) - 1);
    osref_decref(t);
  }
}

static osref_value *generator(const char *fn, osref_value *args, osref_value *kwargs)
{
  osref_error err;
  osref_value *g = fd_call(fn, args, kwargs, &err);
  cr_assert_not_null(g, "%s raised %s: %s", fn, err.type, err.message);
  cr_assert_str_eq(osref_type_name(g), "generator");
  return g;
}

Test(files_walk, walk_top_down_lists_symlinked_dirs_without_entering)
{
  make_tree();
  char out[1024];
  osref_value *g = generator("walk", fd_tuple(1, S("t")), NULL);
  drain(g, out, sizeof out);
  osref_decref(g);
  /* top-down, in dirnames order (sorted by describe only within lists) */
  cr_assert(strncmp(out, "t:a,b,la:f ", 11) == 0, "%s", out);
  cr_assert(strstr(out, "t/a:c:g"), "%s", out);
  cr_assert(strstr(out, "t/a/c::"), "%s", out);
  cr_assert(strstr(out, "t/b::"), "%s", out);
  cr_assert_null(strstr(out, "t/la:"), "followlinks=False: %s", out);
}

Test(files_walk, walk_followlinks_enters_symlinked_dirs)
{
  make_tree();
  char out[1024];
  osref_value *g = generator("walk", fd_tuple(4, S("t"), osref_bool(true), osref_none(), osref_bool(true)), NULL);
  drain(g, out, sizeof out);
  osref_decref(g);
  cr_assert(strstr(out, "t/la:c:g"), "%s", out);
  cr_assert(strstr(out, "t/la/c::"), "%s", out);
}

Test(files_walk, walk_bottom_up_yields_the_top_last)
{
  make_tree();
  char out[1024];
  osref_value *g = generator("walk", fd_tuple(1, S("t/")), fd_kwargs("topdown", osref_bool(false), NULL));
  drain(g, out, sizeof out);
  osref_decref(g);
  const char *last = strrchr(out, ' ');
  cr_assert_str_eq(last + 1, "t/:a,b,la:f", "%s", out);
  cr_assert(strstr(out, "t/a/c::") < strstr(out, "t/a:c:g"), "children first: %s", out);
  cr_assert_null(strstr(out, "t/la:"), "%s", out);
}

Test(files_walk, walk_prunes_names_removed_from_dirnames)
{
  make_tree();
  osref_value *g = generator("walk", fd_tuple(1, S("t")), NULL);
  osref_value *t = next(g);
  osref_value *dirs = t->u.seq.items[1];
  /* keep only 'b': slice assignment in Python */
  size_t keep = 0;
  for (size_t i = 0; i < dirs->u.seq.len; i++) {
    if (strcmp(dirs->u.seq.items[i]->u.s.data, "b") == 0) dirs->u.seq.items[keep++] = dirs->u.seq.items[i];
    else osref_decref(dirs->u.seq.items[i]);
  }
  dirs->u.seq.len = keep;
  osref_decref(t);
  char out[512];
  drain(g, out, sizeof out);
  osref_decref(g);
  cr_assert_str_eq(out, "t/b::");
}

Test(files_walk, walk_bytes_missing_top_and_onerror)
{
  make_tree();
  osref_value *g = generator("walk", fd_tuple(1, osref_pathlike(osref_bytes("t/a/c", 5))), NULL);
  osref_value *t = next(g);
  cr_assert_eq(t->u.seq.items[0]->type, OSREF_BYTES, "bytes in, bytes out");
  osref_decref(t);
  cr_assert_null(next(g));
  osref_decref(g);
  g = generator("walk", fd_tuple(1, S("none")), NULL);
  cr_assert_null(next(g), "scandir errors are ignored: nothing is yielded");
  osref_decref(g);
  fd_call_raises("walk", fd_tuple(3, S("t"), osref_bool(true), osref_int(1)), NULL, "NotImplementedError", 0);
  fd_call_raises("walk", fd_tuple(1, osref_int(3)), NULL, "TypeError", 0);
  g = generator("walk", fd_tuple(1, S("t")), NULL);
  osref_decref(next(g));
  osref_decref(g);   /* released mid-walk */
}

static int open_fds(void)
{
  int n = 0;
  DIR *d = opendir("/proc/self/fd");
  if (!d) return -1;
  while (readdir(d)) n++;
  closedir(d);
  return n;
}

Test(files_walk, fwalk_yields_dirfds_and_closes_them)
{
  make_tree();
  int before = open_fds();
  osref_value *g = generator("fwalk", fd_tuple(1, S("t")), NULL), *t;
  int n = 0;
  while ((t = next(g))) {
    cr_assert_eq(t->u.seq.len, 4);
    struct stat by_fd, by_path;
    cr_assert_eq(fstat((int)t->u.seq.items[3]->u.i, &by_fd), 0, "dirfd is open");
    cr_assert_eq(stat(t->u.seq.items[0]->u.s.data, &by_path), 0);
    cr_assert_eq(by_fd.st_ino, by_path.st_ino, "dirfd refers to dirpath");
    osref_decref(t);
    n++;
  }
  osref_decref(g);
  cr_assert_eq(n, 4, "t, t/a, t/a/c, t/b: the symlink is not followed");
  cr_assert_eq(open_fds(), before, "every dirfd is closed");
}

Test(files_walk, fwalk_bottom_up_follow_symlinks_and_dir_fd)
{
  make_tree();
  char out[1024];
  int dfd = open("t", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  osref_value *g = generator("fwalk", fd_tuple(1, S("a")),
                             fd_kwargs("dir_fd", osref_int(dfd), "topdown", osref_bool(false), NULL));
  drain(g, out, sizeof out);
  osref_decref(g);
  cr_assert_str_eq(out, "a/c:: a:c:g");
  g = generator("fwalk", fd_tuple(1, S("t")), fd_kwargs("follow_symlinks", osref_bool(true), NULL));
  drain(g, out, sizeof out);
  osref_decref(g);
  cr_assert(strstr(out, "t/la:c:g"), "%s", out);
  g = generator("fwalk", fd_tuple(1, S("t")),
                fd_kwargs("topdown", osref_bool(false), "follow_symlinks", osref_bool(false), NULL));
  drain(g, out, sizeof out);
  osref_decref(g);
  cr_assert_null(strstr(out, "t/la:"), "%s", out);
  cr_assert(strstr(out, "t/a/c::"), "%s", out);
  close(dfd);
}

Test(files_walk, fwalk_default_top_and_root_errors)
{
  make_tree();
  cr_assert_eq(chdir("t/a"), 0);
  char out[512];
  osref_value *g = generator("fwalk", fd_tuple(0), NULL);
  drain(g, out, sizeof out);
  osref_decref(g);
  cr_assert_str_eq(out, ".:c:g ./c::");
  g = generator("fwalk", fd_tuple(1, S("none")), NULL);
  osref_error err = {0};
  cr_assert_null(g->u.h.ops->next(g->u.h.self, &err));
  cr_assert_str_eq(err.type, "FileNotFoundError", "errors at the root are raised");
  osref_decref(g);
  g = generator("fwalk", fd_tuple(1, S("g")), NULL);
  cr_assert_null(next(g), "a file at the root: nothing");
  osref_decref(g);
  fd_call_raises("fwalk", fd_tuple(3, S("."), osref_bool(true), S("x")), NULL, "NotImplementedError", 0);
  g = generator("fwalk", fd_tuple(1, S(".")), NULL);
  osref_decref(next(g));
  osref_decref(g);   /* released mid-walk: its fds are closed */
}
