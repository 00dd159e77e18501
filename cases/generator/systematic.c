#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "callbuild.h"
#include "systables.h"
#include "systematic.h"

typedef struct sysgen {
  const spec *s;
  caseset *out;
  sys_stats *stats;
} sysgen;

static const char MISSING[] = "missing/x";

static json_t *sys_case(const sysgen *g, const spec_object *o, const char *param, const char *rule,
                        const char *kind, const char *why)
{
  json_t *c = case_new(o, g->s->doc, kind, "sys/%s/%s/%s", o->name, param, rule);
  case_set_claim(c, NULL, why);
  if (sys_isolated(o->name))
    json_object_set_new(c, "isolate", json_true());
  return c;
}

static void finish(const sysgen *g, json_t *c, int built, int with_auto_setup)
{
  if (!built) {
    json_decref(c);
    g->stats->unfilled++;
    return;
  }
  if (with_auto_setup)
    auto_setup(c);
  caseset_add(g->out, c);
  g->stats->emitted++;
}

static json_t *raises(const char *cls, const char *err)
{
  return err ? json_pack("{ssss}", "raises", cls, "errno", err) : json_pack("{ss}", "raises", cls);
}

static json_t *hex_bytes(const char *s)
{
  char hex[256] = "";
  for (size_t i = 0; s[i] && i < 100; i++)
    sprintf(hex + 2 * i, "%02x", (unsigned char)s[i]);
  return json_pack("{ss}", "bytes", hex);
}

/* One case: params[i] = value, expectation expect, auto setup. */
static void simple(const sysgen *g, const spec_object *o, size_t i, const char *rule, const char *why,
                   json_t *value, json_t *expect, const char *compare)
{
  json_t *c = sys_case(g, o, o->params[i].name, rule, "behaviour", why);
  json_object_set_new(c, "compare", json_string(compare));
  finish(g, c, call_build(c, o, i, value, NULL, NULL, expect), 1);
}

/* ---- path parameters ---------------------------------------------- */

static json_t *missing_expect(const char *function)
{
  /* access() answers False for any failure instead of raising. */
  if (strcmp(function, "access") == 0)
    return json_pack("{sb}", "returns", 0);
  return raises("FileNotFoundError", "ENOENT");
}

static void path_missing_rules(const sysgen *g, const spec_object *o, size_t i)
{
  static const char why[] = "a path that does not exist raises FileNotFoundError (ENOENT), "
                            "whether given as str, bytes or a path-like object";
  simple(g, o, i, "missing", why, json_string(MISSING), missing_expect(o->name), "doc");
  simple(g, o, i, "bytes", why, hex_bytes(MISSING), missing_expect(o->name), "doc");
  simple(g, o, i, "pathlike", why, json_pack("{ss}", "pathlike", MISSING), missing_expect(o->name), "doc");
}

/* fspath() returns its argument's path unchanged, bytes for bytes. */
static void fspath_rules(const sysgen *g, const spec_object *o, size_t i)
{
  static const char why[] = "fspath returns str and bytes unchanged and the result of __fspath__ for a path-like";
  simple(g, o, i, "bytes", why, hex_bytes("f"), json_pack("{so}", "returns", hex_bytes("f")), "doc");
  simple(g, o, i, "pathlike", why, json_pack("{ss}", "pathlike", "f"), json_pack("{ss}", "returns", "f"), "doc");
}

/* Functions that return paths return bytes for a bytes argument. */
static void bytes_back_rule(const sysgen *g, const spec_object *o, size_t i)
{
  static const char why[] = "a function returning paths returns bytes when given a bytes path";
  if (strcmp(o->name, "listdir") == 0) {
    json_t *expect = json_pack("{s[o]}", "returns", hex_bytes("f"));
    json_t *c = sys_case(g, o, o->params[i].name, "bytes-back", "behaviour", why);
    int ok = call_build(c, o, i, hex_bytes("."), NULL, NULL, expect);
    json_array_append_new(case_list(c, "setup"), json_pack("{ssssss}", "op", "write", "path", "f", "data", "abc"));
    finish(g, c, ok, 0);
  } else if (strcmp(o->name, "readlink") == 0) {
    simple(g, o, i, "bytes-back", why, hex_bytes("l"), json_pack("{so}", "returns", hex_bytes("f")), "doc");
  }
}

static int is_path_param(const spec_object *o, const char *param)
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

static void path_rules(const sysgen *g, const spec_object *o, size_t i)
{
  /* symlink(src, ...) stores src as text: a missing target is allowed. */
  int stores_text = strcmp(o->name, "symlink") == 0 && strcmp(o->params[i].name, "src") == 0;
  if (sys_no_disk(o->name))
    fspath_rules(g, o, i);
  else if (!stores_text)
    path_missing_rules(g, o, i);
  bytes_back_rule(g, o, i);
  simple(g, o, i, "wrong-type", "a path that is not str, bytes or os.PathLike raises TypeError",
         json_real(1.5), raises("TypeError", NULL), "doc");
}

/* ---- file descriptors ------------------------------------------------- */

static int is_fd_param(const spec_object *o, const char *param)
{
  if (strcmp(param, "fd") == 0 || strcmp(param, "out_fd") == 0 || strcmp(param, "in_fd") == 0)
    return 1;
  int fd_pair = strcmp(o->name, "copy_file_range") == 0 || strcmp(o->name, "splice") == 0;
  return fd_pair && (strcmp(param, "src") == 0 || strcmp(param, "dst") == 0);
}

static json_t *closed_fd_expect(const char *function, const char **compare)
{
  static const char *const terminal[] = { "grantpt", "unlockpt", "ptsname", "ttyname",
                                          "tcgetpgrp", "tcsetpgrp", NULL };
  *compare = "doc";
  if (strcmp(function, "isatty") == 0)
    return json_pack("{sb}", "returns", 0);
  if (strcmp(function, "device_encoding") == 0)
    return json_pack("{sn}", "returns");
  for (const char *const *t = terminal; *t; t++)
    if (strcmp(function, *t) == 0) {
      /* The C library may check the terminal before the descriptor. */
      *compare = "both";
      return raises("OSError", NULL);
    }
  return raises("OSError", "EBADF");
}

static void fd_rules(const sysgen *g, const spec_object *o, size_t i)
{
  const char *compare;
  json_t *expect = closed_fd_expect(o->name, &compare);
  simple(g, o, i, "closed", "a file descriptor that is not open raises OSError (EBADF)",
         json_pack("{sb}", "closed_fd", 1), expect, compare);
  simple(g, o, i, "wrong-type", "a file descriptor must be an int: anything else raises TypeError",
         json_string("x"), raises("TypeError", NULL), "doc");
}

/* ---- dir_fd --------------------------------------------------------- */

static json_t *dir_fd_case(const sysgen *g, const spec_object *o, const sys_effect *e, const char *rule,
                           const char *why, json_t *dir_fd, json_t *expect)
{
  json_t *c = sys_case(g, o, "dir_fd", rule, "behaviour", why);
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
  finish(g, c, c != NULL, 0);
  json_t *closed = strcmp(o->name, "access") == 0 ? json_pack("{sb}", "returns", 0) : raises("OSError", "EBADF");
  c = dir_fd_case(g, o, e, "closed", "a dir_fd that is not an open descriptor raises OSError (EBADF)",
                  json_pack("{sb}", "closed_fd", 1), closed);
  finish(g, c, c != NULL, 0);
}

/* ---- follow_symlinks ------------------------------------------------- */

static void nofollow_known(const sysgen *g, const spec_object *o, const sys_effect *e)
{
  json_t *c = sys_case(g, o, "follow_symlinks", "false-on-symlink", "behaviour",
                       "with follow_symlinks=False, a symlink itself is operated on, not its target");
  json_object_set_new(c, "compare", json_string("both"));
  json_array_append_new(case_list(c, "requires"), json_string(e->requires));
  int ok = call_build(c, o, (size_t)param_index(o, e->param), json_string(e->path),
                      json_pack("{sb}", "follow_symlinks", 0), "r", json_loads(e->expect, 0, NULL));
  if (ok && strcmp(o->name, "stat") == 0)
    case_step(c, json_pack("{sss{ss}ss}", "attr", "st_mode", "on", "ref", "r", "bind", "m"),
              json_pack("{si}", "returns", 0120777));
  if (ok && e->check)
    json_array_append_new(case_list(c, "check"), json_loads(e->check, 0, NULL));
  finish(g, c, ok, 1);
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
  finish(g, c, ok, 1);
}

/* ---- sizes, modes and flags -------------------------------------------- */

static int is_size_param(const spec_object *o, const char *param)
{
  if (strcmp(param, "length") == 0 || strcmp(param, "size") == 0 || strcmp(param, "n") == 0)
    return 1;
  /* lockf's len may be negative: it locks the bytes before the offset. */
  return strcmp(param, "len") == 0 && strcmp(o->name, "lockf") != 0;
}

static void value_rules(const sysgen *g, const spec_object *o, size_t i)
{
  const char *p = o->params[i].name;
  if (is_size_param(o, p))
    simple(g, o, i, "negative", "a negative length or size is an error",
           json_integer(-1), raises("Exception", NULL), "both");
  if (strcmp(p, "mode") == 0 || strcmp(p, "flags") == 0)
    simple(g, o, i, "wrong-type", "mode and flags are integers: a str raises TypeError",
           json_string("x"), raises("TypeError", NULL), "doc");
}

static void function_rules(const sysgen *g, const spec_object *o)
{
  for (size_t i = 0; i < o->nparams; i++) {
    const char *p = o->params[i].name;
    if (is_path_param(o, p))
      path_rules(g, o, i);
    else if (is_fd_param(o, p))
      fd_rules(g, o, i);
    value_rules(g, o, i);
  }
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
