#include <stdio.h>
#include <string.h>
#include "callbuild.h"
#include "sysgen.h"
#include "systables.h"

static const char MISSING[] = "missing/x";

/* access() answers False for any failure instead of raising. */
static json_t *error_expect(const char *function, const char *cls, const char *err)
{
  if (strcmp(function, "access") == 0)
    return json_pack("{sb}", "returns", 0);
  return sys_raises(cls, err);
}

/* The doc's note: "All functions in this module raise OSError (or
 * subclasses thereof) in the case of invalid or inaccessible file names and
 * paths". That a given errno comes as a given subclass is exceptions.rst's
 * rule, not this doc's: the cases ask for OSError and the errno POSIX gives. */
static void missing_rules(const sysgen *g, const spec_object *o, size_t i)
{
  static const char why[] = "a path that does not exist raises OSError (or a subclass) with ENOENT, "
                            "whether given as str, bytes or a path-like object";
  const char *f = o->name;
  sys_simple(g, o, i, "missing", why, json_string(MISSING), error_expect(f, "OSError", "ENOENT"), "doc");
  sys_simple(g, o, i, "bytes", why, sys_bytes(MISSING), error_expect(f, "OSError", "ENOENT"), "doc");
  sys_simple(g, o, i, "pathlike", why, json_pack("{ss}", "pathlike", MISSING),
             error_expect(f, "OSError", "ENOENT"), "doc");
  sys_simple(g, o, i, "pathlike-bytes", why, json_pack("{so}", "pathlike", sys_bytes(MISSING)),
             error_expect(f, "OSError", "ENOENT"), "doc");
}

/* Values that are no path at all: TypeError before any system call. */
static void type_rules(const sysgen *g, const spec_object *o, size_t i)
{
  sys_simple(g, o, i, "wrong-type", "a path that is not str, bytes or os.PathLike raises TypeError",
             json_real(1.5), sys_raises("TypeError", NULL), "doc");
  sys_simple(g, o, i, "pathlike-wrong", "a path-like object whose __fspath__ returns neither str nor bytes raises TypeError",
             json_pack("{si}", "pathlike", 1), sys_raises("TypeError", NULL), "doc");
  /* An optional path may accept None (the current directory). */
  if (!o->params[i].optional)
    sys_simple(g, o, i, "none", "None is not a path: TypeError",
               json_null(), sys_raises("TypeError", NULL), "doc");
}

/* The pathname errors POSIX gives every function that resolves a path. */
static void resolution_rules(const sysgen *g, const spec_object *o, size_t i)
{
  const char *f = o->name;
  char long_name[301];
  memset(long_name, 'n', 300);
  long_name[300] = '\0';
  sys_simple(g, o, i, "empty", "an empty path names no file: OSError (or a subclass) with ENOENT, as POSIX specifies",
             json_string(""), error_expect(f, "OSError", "ENOENT"), "doc");
  sys_simple(g, o, i, "not-a-directory", "a path through a regular file raises OSError (or a subclass) with ENOTDIR",
             json_string("f/x"), error_expect(f, "OSError", "ENOTDIR"), "doc");
  sys_simple(g, o, i, "too-long", "a path component longer than NAME_MAX raises OSError (ENAMETOOLONG)",
             json_string(long_name), error_expect(f, "OSError", "ENAMETOOLONG"), "doc");
  json_t *c = sys_case(g, o, o->params[i].name, "loop", "behaviour",
                       "a path through a symlink loop raises OSError (ELOOP)");
  json_array_append_new(case_list(c, "setup"), json_pack("{ssssss}", "op", "symlink", "target", "loop", "path", "loop"));
  json_array_append_new(case_list(c, "requires"), json_string("symlink"));
  sys_finish(g, c, call_build(c, o, i, json_string("loop/x"), NULL, NULL, error_expect(f, "OSError", "ELOOP")), 1);
  c = sys_case(g, o, o->params[i].name, "search-denied", "behaviour",
               "a path through a directory without search permission raises OSError (or a subclass) with EACCES");
  json_array_append_new(case_list(c, "setup"), json_pack("{ssss}", "op", "mkdir", "path", "locked"));
  json_array_append_new(case_list(c, "setup"), json_pack("{sssssi}", "op", "chmod", "path", "locked", "mode", 0));
  /* root bypasses permission checks */
  json_array_append_new(case_list(c, "requires"), json_string("nonroot"));
  sys_finish(g, c, call_build(c, o, i, json_string("locked/x"), NULL, NULL,
                              error_expect(f, "OSError", "EACCES")), 1);
  /* CPython's path converter refuses an embedded NUL before any system
   * call. As bytes: a NUL in a JSON string is refused by many parsers. */
  sys_simple(g, o, i, "nul", "a path with an embedded null byte raises ValueError",
             json_pack("{ss}", "bytes", "660078"), sys_raises("ValueError", NULL), "doc");
}

/* fspath() returns its argument's path unchanged, bytes for bytes. */
static void fspath_rules(const sysgen *g, const spec_object *o, size_t i)
{
  static const char why[] = "fspath returns str and bytes unchanged and the result of __fspath__ for a path-like";
  sys_simple(g, o, i, "bytes", why, sys_bytes("f"), json_pack("{so}", "returns", sys_bytes("f")), "doc");
  sys_simple(g, o, i, "pathlike", why, json_pack("{ss}", "pathlike", "f"), json_pack("{ss}", "returns", "f"), "doc");
  sys_simple(g, o, i, "str", why, json_string("f"), json_pack("{ss}", "returns", "f"), "doc");
}

/* Functions that return paths return bytes for a bytes argument. */
static void bytes_back_rule(const sysgen *g, const spec_object *o, size_t i)
{
  static const char why[] = "a function returning paths returns bytes when given a bytes path";
  if (strcmp(o->name, "listdir") == 0) {
    json_t *expect = json_pack("{s[o]}", "returns", sys_bytes("f"));
    json_t *c = sys_case(g, o, o->params[i].name, "bytes-back", "behaviour", why);
    int ok = call_build(c, o, i, sys_bytes("."), NULL, NULL, expect);
    json_array_append_new(case_list(c, "setup"), json_pack("{ssssss}", "op", "write", "path", "f", "data", "abc"));
    sys_finish(g, c, ok, 0);
  } else if (strcmp(o->name, "readlink") == 0) {
    json_t *c = sys_case(g, o, o->params[i].name, "bytes-back", "behaviour", why);
    int ok = call_build(c, o, i, sys_bytes("l"), NULL, NULL, json_pack("{so}", "returns", sys_bytes("f")));
    json_array_append_new(case_list(c, "setup"), json_pack("{ssssss}", "op", "symlink", "target", "f", "path", "l"));
    json_array_append_new(case_list(c, "requires"), json_string("symlink"));
    sys_finish(g, c, ok, 0);
  }
}

/* The doc says which functions take a descriptor for path
 * ("This function can support specifying a file descriptor"). */
static void fd_as_path_rule(const sysgen *g, const spec_object *o, size_t i)
{
  static const char phrase[] = "specifying a file descriptor";
  int documented = 0;
  for (size_t k = 0; k < o->nclaims; k++)
    documented |= strstr(o->claims[k].norm, phrase) != NULL;
  if (!documented || strcmp(o->params[i].name, "path") != 0)
    return;
  json_t *c = sys_case(g, o, "path", "closed-fd", "behaviour",
                       "path given as a descriptor that is not open raises OSError (EBADF)");
  sys_cite(c, o, phrase);
  sys_finish(g, c, call_build(c, o, i, json_pack("{sb}", "closed_fd", 1), NULL, NULL,
                              sys_raises("OSError", "EBADF")), 1);
}

int is_path_param(const spec_object *o, const char *param)
{
  static const char *const pairs[] = { "link", "rename", "replace", "symlink", NULL };
  if (strcmp(param, "path") == 0)
    return 1;
  if (strcmp(param, "src") != 0 && strcmp(param, "dst") != 0)
    return 0;
  for (const char *const *p = pairs; *p; p++)
    if (strcmp(o->name, *p) == 0)
      return 1;
  return 0;
}

void path_rules(const sysgen *g, const spec_object *o, size_t i)
{
  /* symlink(src, ...) stores src as text: any string is a valid target. */
  int stores_text = strcmp(o->name, "symlink") == 0 && strcmp(o->params[i].name, "src") == 0;
  if (sys_no_disk(o->name))
    fspath_rules(g, o, i);
  else if (!stores_text) {
    missing_rules(g, o, i);
    resolution_rules(g, o, i);
    fd_as_path_rule(g, o, i);
    sys_by_keyword(g, o, i, json_string(MISSING), error_expect(o->name, "OSError", "ENOENT"));
  }
  bytes_back_rule(g, o, i);
  if (sys_no_disk(o->name))
    sys_simple(g, o, i, "wrong-type", "a path that is not str, bytes or os.PathLike raises TypeError",
               json_real(1.5), sys_raises("TypeError", NULL), "doc");
  else
    type_rules(g, o, i);
}
