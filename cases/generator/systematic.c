#include <stdlib.h>
#include <string.h>
#include "callbuild.h"
#include "sysgen.h"
#include "systables.h"

/* ---- dir_fd --------------------------------------------------------- */

static json_t *dir_fd_case(const sysgen *g, const spec_object *o, const sys_effect *e, const char *rule,
                           const char *why, json_t *dir_fd, json_t *expect)
{
  json_t *c = sys_case(g, o, "dir_fd", rule, "behaviour", why);
  sys_cite(c, o, "paths relative to directory descriptors");
  json_t *setup = case_list(c, "setup");
  json_array_append_new(setup, json_pack("{ssss}", "op", "mkdir", "path", "d"));
  json_array_append_new(setup, json_pack("{ssssss}", "op", "write", "path", "d/f", "data", "abc"));
  if (e->setup)
    json_array_append_new(setup, json_loads(e->setup, 0, NULL));
  json_array_append_new(setup, json_pack("{ssssssss}", "op", "open", "path", "d", "flags", "O_RDONLY", "as", "dir"));
  if (e->requires)
    json_array_append_new(case_list(c, "requires"), json_string(e->requires));
  int built = call_build(c, o, (size_t)param_index(o, e->param), json_string(e->path),
                         json_pack("{so}", "dir_fd", dir_fd), NULL, expect);
  return built ? c : (json_decref(c), NULL);
}

static void dir_fd_rules(const sysgen *g, const spec_object *o)
{
  const sys_effect *e = dir_fd_effect(o->name);
  if (!e || param_index(o, e->param) < 0)
    return;
  json_t *c = dir_fd_case(g, o, e, "relative", "with dir_fd, a relative path is relative to that directory",
                          json_pack("{ss}", "fd", "dir"), json_loads(e->expect, 0, NULL));
  if (c && e->check)
    json_array_append_new(case_list(c, "check"), json_loads(e->check, 0, NULL));
  sys_finish(g, c, c != NULL, 0);
  json_t *closed = strcmp(o->name, "access") == 0 ? json_pack("{sb}", "returns", 0) : sys_raises("OSError", "EBADF");
  c = dir_fd_case(g, o, e, "closed", "a dir_fd that is not an open descriptor raises OSError (EBADF)",
                  json_pack("{sb}", "closed_fd", 1), closed);
  sys_finish(g, c, c != NULL, 0);
  c = dir_fd_case(g, o, e, "wrong-type", "a dir_fd must be an int or None: anything else raises TypeError",
                  json_string("d"), sys_raises("TypeError", NULL));
  sys_finish(g, c, c != NULL, 0);
  /* A relative path needs a directory to be relative to. */
  json_t *not_dir = strcmp(o->name, "access") == 0 ? json_pack("{sb}", "returns", 0)
                                                    : sys_raises("NotADirectoryError", "ENOTDIR");
  c = dir_fd_case(g, o, e, "not-a-directory", "a dir_fd that refers to a file, not a directory, raises NotADirectoryError (ENOTDIR)",
                  json_pack("{ss}", "fd", "file"), not_dir);
  if (c) {
    json_array_append_new(case_list(c, "setup"), json_pack("{ssssss}", "op", "write", "path", "plain", "data", "x"));
    json_array_append_new(case_list(c, "setup"), json_pack("{ssssssss}", "op", "open", "path", "plain",
                                                           "flags", "O_RDONLY", "as", "file"));
  }
  sys_finish(g, c, c != NULL, 0);
}

/* ---- follow_symlinks ------------------------------------------------- */

static void nofollow_known(const sysgen *g, const spec_object *o, const sys_effect *e)
{
  json_t *c = sys_case(g, o, "follow_symlinks", "false-on-symlink", "behaviour",
                       "with follow_symlinks=False, a symlink itself is operated on, not its target");
  sys_cite(c, o, "not following symlinks");
  json_array_append_new(case_list(c, "requires"), json_string(e->requires));
  int ok = call_build(c, o, (size_t)param_index(o, e->param), json_string(e->path),
                      json_pack("{sb}", "follow_symlinks", 0), "r", json_loads(e->expect, 0, NULL));
  if (ok && strcmp(o->name, "stat") == 0)
    case_step(c, json_pack("{sss{ss}ss}", "attr", "st_mode", "on", "ref", "r", "bind", "m"),
              json_pack("{si}", "returns", 0120777));
  if (ok && e->check)
    json_array_append_new(case_list(c, "check"), json_loads(e->check, 0, NULL));
  sys_finish(g, c, ok, 1);
}

static void nofollow_rules(const sysgen *g, const spec_object *o)
{
  const sys_effect *e = nofollow_effect(o->name);
  if (e && param_index(o, e->param) >= 0) {
    nofollow_known(g, o, e);
    return;
  }
  int path = param_index(o, "path");
  if (path < 0)
    return;
  json_t *c = sys_case(g, o, "follow_symlinks", "false-on-symlink", "speculative",
                       "whether follow_symlinks=False is supported for this function depends on the platform");
  int ok = call_build(c, o, (size_t)path, json_string("l"), json_pack("{sb}", "follow_symlinks", 0),
                      NULL, json_pack("{sb}", "any", 1));
  sys_finish(g, c, ok, 1);
}

/* ---- sizes, modes and flags -------------------------------------------- */

static int is_size_param(const spec_object *o, const char *param)
{
  if (strcmp(param, "length") == 0 || strcmp(param, "size") == 0 || strcmp(param, "n") == 0)
    return 1;
  /* lockf's len may be negative: it locks the bytes before the offset. */
  return strcmp(param, "len") == 0 && strcmp(o->name, "lockf") != 0;
}

static int names_a_process(const char *function, const char *param)
{
  static const char *const fns[] = { "kill", "killpg", "setpriority", "sched_setaffinity",
    "sched_setparam", "sched_setscheduler", NULL };
  for (const char *const *f = fns; *f; f++)
    if (strcmp(function, *f) == 0)
      return strcmp(param, "pid") == 0 || strcmp(param, "pgid") == 0 || strcmp(param, "who") == 0;
  return 0;
}

static void value_rules(const sysgen *g, const spec_object *o, size_t i)
{
  const char *p = o->params[i].name;
  if (is_size_param(o, p))
    sys_simple(g, o, i, "negative", "a negative length or size is an error",
               json_integer(-1), sys_raises("Exception", NULL), "doc");
  /* No flag word has every bit defined; open() is left out, as the kernel
   * may accept some combinations of its unknown bits. */
  if (strcmp(p, "flags") == 0 && strcmp(o->name, "open") != 0)
    sys_simple(g, o, i, "negative", "a flags value with every bit set names undefined flags: an error",
               json_integer(-1), sys_raises("Exception", NULL), "doc");
  if (!sys_int_param(o->name, p))
    return;
  sys_simple(g, o, i, "wrong-type", "an integer parameter given a str raises TypeError",
             json_string("x"), sys_raises("TypeError", NULL), "doc");
  /* Where the parameter names a process, a float no pid can be truncated to
   * (runner/case_procs.c: a case names only processes it started). */
  sys_simple(g, o, i, "float", "an integer parameter given a float raises TypeError, it is not truncated",
             json_real(names_a_process(o->name, p) ? 4194304.5 : 1.5), sys_raises("TypeError", NULL), "doc");
  /* sendfile's offset may be None: read from the current position. */
  int none_allowed = strcmp(o->name, "sendfile") == 0 && strcmp(p, "offset") == 0;
  if (!o->params[i].optional && !none_allowed)
    sys_simple(g, o, i, "none", "a required integer parameter given None raises TypeError",
               json_null(), sys_raises("TypeError", NULL), "doc");
}

/* link, rename, replace: each path relative to its own directory fd. */
static void pair_dir_fd_rules(const sysgen *g, const spec_object *o, size_t i)
{
  sys_simple(g, o, i, "closed", "a dir_fd that is not an open descriptor raises OSError (EBADF)",
             json_pack("{sb}", "closed_fd", 1), sys_raises("OSError", "EBADF"), "doc");
  sys_simple(g, o, i, "wrong-type", "a dir_fd must be an int or None: anything else raises TypeError",
             json_string("d"), sys_raises("TypeError", NULL), "doc");
}

static void function_rules(const sysgen *g, const spec_object *o)
{
  for (size_t i = 0; i < o->nparams; i++) {
    const char *p = o->params[i].name;
    if (strcmp(p, "src_dir_fd") == 0 || strcmp(p, "dst_dir_fd") == 0)
      pair_dir_fd_rules(g, o, i);
    if (is_path_param(o, p))
      path_rules(g, o, i);
    else if (is_fd_param(o, p))
      fd_rules(g, o, i);
    value_rules(g, o, i);
  }
  argument_rules(g, o);
  if (param_index(o, "dir_fd") >= 0)
    dir_fd_rules(g, o);
  if (param_index(o, "follow_symlinks") >= 0)
    nofollow_rules(g, o);
}

static int cmp_name(const void *key, const void *item)
{
  return strcmp(key, *(const char *const *)item);
}

void gen_systematic(const spec *s, const char *const *provided, size_t nprovided,
                    caseset *out, sys_stats *stats)
{
  sysgen g = { s, out, stats };
  memset(stats, 0, sizeof *stats);
  for (size_t i = 0; i < s->nobjects; i++) {
    const spec_object *o = &s->objects[i];
    if (strcmp(o->kind, "function") != 0 || !spec_is_first(s, i) || sys_denied(o->name)
        || !bsearch(o->name, provided, nprovided, sizeof *provided, cmp_name))
      continue;
    stats->functions++;
    function_rules(&g, o);
  }
}
