#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "callbuild.h"
#include "caseset.h"

typedef struct filler { const char *key, *json; } filler;

/* Values are harmless: "f" is the case's own file, -1 ids leave ownership
 * and identity unchanged, pid 0 is the caller itself. They are only used
 * when another parameter is under test, and most such calls raise
 * TypeError before doing anything. */
static const filler fillers[] = {
  { "access.mode", "{\"const\": \"F_OK\"}" },
  { "advice", "{\"const\": \"POSIX_FADV_NORMAL\"}" },
  { "attribute", "\"user.osconform\"" },
  { "blocking", "true" },
  { "chdir.path", "\"d\"" },
  { "chroot.path", "\"d\"" },
  { "cmd", "{\"const\": \"F_TEST\"}" },
  { "count", "1" },
  { "device", "0" },
  { "dst", "\"new\"" },
  { "effective_ids", "false" },
  { "fchdir.fd", "{\"fd\": \"dir\"}" },
  { "fd", "{\"fd\": \"f\"}" },
  { "flags", "0" },
  { "gid", "-1" },
  { "in_fd", "{\"fd\": \"f\"}" },
  { "inheritable", "false" },
  { "len", "1" },
  { "length", "0" },
  { "lockf.len", "0" },
  { "mkdir.path", "\"new\"" },
  { "mkfifo.path", "\"new\"" },
  { "mknod.path", "\"new\"" },
  { "mode", "420" },
  { "n", "1" },
  { "name", "\"PC_NAME_MAX\"" },
  { "offset", "0" },
  { "open.flags", "{\"const\": \"O_RDONLY\"}" },
  { "out_fd", "{\"fd\": \"f\"}" },
  { "path", "\"f\"" },
  { "pg", "0" },
  { "pos", "0" },
  { "readlink.path", "\"l\"" },
  { "rmdir.path", "\"d\"" },
  { "size", "1" },
  { "splice.dst", "{\"fd\": \"f\"}" },
  { "splice.src", "{\"fd\": \"f\"}" },
  { "src", "\"f\"" },
  { "str", "{\"bytes\": \"78\"}" },
  { "target_is_directory", "false" },
  { "times", "null" },
  { "uid", "-1" },
  { "value", "{\"bytes\": \"78\"}" },
  { "whence", "{\"const\": \"SEEK_SET\"}" },
  { "copy_file_range.dst", "{\"fd\": \"f\"}" },
  { "copy_file_range.src", "{\"fd\": \"f\"}" },
  { "eventfd_write.value", "1" },
  { "sendfile.offset", "0" },
  { "clockid", "1" },
  { "dup2.fd2", "{\"closed_fd\": true}" },
  { "egid", "-1" },
  { "euid", "-1" },
  { "initgroups.username", "\"root\"" },
  { "initval", "0" },
  { "major", "0" },
  { "minor", "0" },
  { "offset_dst", "null" },
  { "offset_src", "null" },
  { "pgrp", "0" },
  { "pid", "0" },
  { "priority", "0" },
  { "rgid", "-1" },
  { "ruid", "-1" },
  { "sgid", "-1" },
  { "suid", "-1" },
  { "which", "{\"const\": \"PRIO_PROCESS\"}" },
  { "who", "0" },
  { "pwritev.buffers", "[{\"bytes\": \"78\"}]" },
  { "writev.buffers", "[{\"bytes\": \"78\"}]" },
};

static const char *lookup(const char *key)
{
  for (size_t i = 0; i < sizeof fillers / sizeof *fillers; i++)
    if (strcmp(fillers[i].key, key) == 0)
      return fillers[i].json;
  return NULL;
}

const char *filler_for(const char *function, const char *param)
{
  char key[256];
  snprintf(key, sizeof key, "%s.%s", function, param);
  const char *v = lookup(key);
  return v ? v : lookup(param);
}

int param_index(const spec_object *o, const char *name)
{
  for (size_t i = 0; i < o->nparams; i++)
    if (strcmp(o->params[i].name, name) == 0)
      return (int)i;
  return -1;
}

static int is_positional(const spec_param *p)
{
  return strcmp(p->kind, "positional-only") == 0 || strcmp(p->kind, "positional-or-keyword") == 0;
}

static int is_variadic(const spec_param *p)
{
  return strncmp(p->kind, "var-", 4) == 0;
}

/* {"const": "NAME"} becomes {"ref": "NAME"}, bound by a getattr step added
 * to c the first time NAME is needed. */
static json_t *resolve_const(json_t *c, json_t *v)
{
  const char *name = json_string_value(json_object_get(v, "const"));
  if (!name)
    return v;
  int seen = 0;
  size_t i;
  json_t *step;
  json_array_foreach(case_list(c, "steps"), i, step)
    seen |= json_is_string(json_object_get(step, "getattr"))
         && strcmp(json_string_value(json_object_get(step, "getattr")), name) == 0;
  if (!seen)
    case_step(c, json_pack("{ssss}", "getattr", name, "bind", name), json_pack("{sb}", "any", 1));
  json_t *ref = json_pack("{ss}", "ref", name);
  json_decref(v);
  return ref;
}

/* The last positional parameter the call must pass: every required one,
 * and the one under test. */
static size_t last_positional(const spec_object *o, size_t under)
{
  size_t last = SIZE_MAX;
  for (size_t i = 0; i < o->nparams; i++)
    if (is_positional(&o->params[i]) && (!o->params[i].optional || i == under))
      last = i;
  return last;
}

static json_t *argument(const spec_object *o, size_t i, size_t under, json_t *value)
{
  if (i == under)
    return json_incref(value);
  const char *fill = filler_for(o->name, o->params[i].name);
  return fill ? json_loads(fill, JSON_DECODE_ANY, NULL) : NULL;
}

int call_build(json_t *c, const spec_object *o, size_t under, json_t *value, json_t *extra_kwargs,
               const char *bind, json_t *expect)
{
  json_t *args = json_array(), *kwargs = json_object();
  size_t last = last_positional(o, under);
  int ok = 1;
  for (size_t i = 0; ok && i < o->nparams; i++) {
    const spec_param *p = &o->params[i];
    int positional = is_positional(p) && last != SIZE_MAX && i <= last;
    if (is_variadic(p) || !(positional || i == under || !p->optional))
      continue;
    json_t *v = argument(o, i, under, value);
    ok = v != NULL;
    if (ok && positional)
      json_array_append_new(args, resolve_const(c, v));
    else if (ok)
      json_object_set_new(kwargs, p->name, resolve_const(c, v));
  }
  if (ok && extra_kwargs)
    json_object_update(kwargs, extra_kwargs);
  json_t *step = json_pack("{sssoso}", "call", o->name, "args", args, "kwargs", kwargs);
  if (bind)
    json_object_set_new(step, "bind", json_string(bind));
  if (ok)
    case_step(c, step, json_incref(expect));
  else
    json_decref(step);
  json_decref(value);
  json_decref(extra_kwargs);
  json_decref(expect);
  return ok;
}

int call_build_keywords(json_t *c, const spec_object *o, size_t under, json_t *value, json_t *expect,
                        int positional_only_too)
{
  json_t *kwargs = json_object();
  int ok = 1;
  for (size_t i = 0; ok && i < o->nparams; i++) {
    const spec_param *p = &o->params[i];
    if (i != under && (p->optional || is_variadic(p)))
      continue;
    ok = positional_only_too || strcmp(p->kind, "positional-only") != 0;
    json_t *v = ok ? argument(o, i, under, value) : NULL;
    ok = v != NULL;
    if (ok)
      json_object_set_new(kwargs, p->name, resolve_const(c, v));
  }
  if (ok)
    case_step(c, json_pack("{sss[]so}", "call", o->name, "args", "kwargs", kwargs), json_incref(expect));
  else
    json_decref(kwargs);
  json_decref(value);
  json_decref(expect);
  return ok;
}

/* What the arguments of the case's steps refer to. */
typedef struct uses { int f, d, l, fd_f, fd_dir; } uses;

static void scan(const json_t *v, uses *u)
{
  const char *s = json_string_value(v);
  if (s) {
    u->f |= strcmp(s, "f") == 0 || strncmp(s, "f/", 2) == 0;
    u->d |= strcmp(s, "d") == 0;
    u->l |= strcmp(s, "l") == 0;
    return;
  }
  const char *fd = json_string_value(json_object_get(v, "fd"));
  if (fd) {
    u->fd_f |= strcmp(fd, "f") == 0;
    u->fd_dir |= strcmp(fd, "dir") == 0;
    return;
  }
  const char *key;
  size_t i;
  json_t *item;
  if (json_is_object(v))
    json_object_foreach((json_t *)v, key, item)
      scan(item, u);
  else if (json_is_array(v))
    json_array_foreach(v, i, item)
      scan(item, u);
}

void auto_setup(json_t *c)
{
  uses u = { 0 };
  size_t i;
  json_t *step, *setup = case_list(c, "setup");
  json_array_foreach(case_list(c, "steps"), i, step) {
    scan(json_object_get(step, "args"), &u);
    scan(json_object_get(step, "kwargs"), &u);
  }
  if (u.f || u.l || u.fd_f)
    json_array_append_new(setup, json_pack("{ssssss}", "op", "write", "path", "f", "data", "abc"));
  if (u.d || u.fd_dir)
    json_array_append_new(setup, json_pack("{ssss}", "op", "mkdir", "path", "d"));
  if (u.l) {
    json_array_append_new(setup, json_pack("{ssssss}", "op", "symlink", "target", "f", "path", "l"));
    json_array_append_new(case_list(c, "requires"), json_string("symlink"));
  }
  if (u.fd_f)
    json_array_append_new(setup, json_pack("{ssssssss}", "op", "open", "path", "f", "flags", "O_RDWR", "as", "f"));
  if (u.fd_dir)
    json_array_append_new(setup, json_pack("{ssssssss}", "op", "open", "path", "d", "flags", "O_RDONLY", "as", "dir"));
}
