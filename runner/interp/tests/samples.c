#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "samples.h"

static json_t *run(target_proc *t, const char *kase)
{
  json_t *o = target_case(t, kase, SAMPLE_TIMEOUT_MS);
  cr_assert(o, "no outcome line for %s", kase);
  cr_assert_null(json_object_get(o, "setup_error"), "setup_error: %s",
                 json_string_value(json_object_get(o, "setup_error")));
  return o;
}

static const json_t *step(const json_t *o, size_t i)
{
  const json_t *s = json_array_get(json_object_get(o, "steps"), i);
  cr_assert(s, "no outcome for step %zu", i + 1);
  return s;
}

static const json_t *value(const json_t *o, size_t i)
{
  const json_t *v = json_object_get(step(o, i), "value");
  cr_assert(v, "step %zu gave no value: %s", i + 1, json_dumps(step(o, i), JSON_COMPACT));
  return v;
}

static bool has_capability(const json_t *hello, const char *cap)
{
  size_t i;
  const json_t *c;
  json_array_foreach(json_object_get(hello, "capabilities"), i, c)
    if (strcmp(json_string_value(c), cap) == 0)
      return true;
  return false;
}

void sample_hello(target_proc *t, const char *implementation)
{
  json_t *h = target_read(t, 120000);
  cr_assert(h, "no hello line");
  cr_assert_str_eq(json_string_value(json_object_get(h, "hello")), "osconform-target");
  cr_assert_eq(json_integer_value(json_object_get(h, "version")), 1);
  cr_assert_str_eq(json_string_value(json_object_get(h, "implementation")), implementation);
  cr_assert(json_is_string(json_object_get(h, "impl_version")));
  const json_t *facts = json_object_get(h, "facts");
  cr_assert(json_is_string(json_object_get(facts, "sys_platform")), "facts need sys_platform");
  cr_assert(json_is_array(json_object_get(h, "capabilities")));
  cr_assert(!(has_capability(h, "root") && has_capability(h, "nonroot")));
  json_decref(h);
}

void sample_mkdir_existing(target_proc *t, const char *exc)
{
  json_t *o = run(t, "{\"id\": \"mkdir/existing-dir\", \"setup\": [{\"op\": \"mkdir\", \"path\": \"d\"}],"
                     " \"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"], \"kwargs\": {}, \"bind\": \"r\"}],"
                     " \"check\": [{\"op\": \"isdir\", \"path\": \"d\"}]}");
  cr_assert_str_eq(json_string_value(json_object_get(o, "id")), "mkdir/existing-dir");
  cr_assert_str_eq(step_str(o, 0, "raises"), exc);
  const json_t *mro = json_object_get(step(o, 0), "mro");
  cr_assert_str_eq(json_string_value(json_array_get(mro, 0)), exc);
  bool oserror = false;
  for (size_t i = 0; i < json_array_size(mro); i++)
    oserror |= strcmp(json_string_value(json_array_get(mro, i)), "OSError") == 0;
  cr_assert(oserror, "OSError must be in the MRO");
  cr_assert(json_object_get(step(o, 0), "errno"), "an OSError reports its errno");
  cr_assert(json_is_string(json_object_get(step(o, 0), "message")));
  cr_assert(json_is_true(json_array_get(json_object_get(o, "checks"), 0)));
  cr_assert(json_is_integer(json_object_get(o, "us")));
  json_decref(o);
}

void sample_stat_struct(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"stat/size\", \"setup\": [{\"op\": \"write\", \"path\": \"f\", \"data\": \"abc\"}],"
                     " \"steps\": [{\"call\": \"stat\", \"args\": [\"f\"], \"bind\": \"st\"},"
                     " {\"attr\": \"st_size\", \"on\": {\"ref\": \"st\"}, \"bind\": \"n\"}]}");
  const json_t *st = value(o, 0);
  cr_assert_str_eq(json_string_value(json_object_get(st, "struct")), "stat_result");
  cr_assert_eq(json_integer_value(json_object_get(json_object_get(st, "fields"), "st_size")), 3);
  cr_assert_str_eq(step_str(o, 0, "type"), "stat_result");
  cr_assert_eq(json_integer_value(value(o, 1)), 3);
  cr_assert_str_eq(step_str(o, 1, "type"), "int");
  json_decref(o);
}

void sample_fd_from_setup(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"read/fd\", \"setup\": [{\"op\": \"write\", \"path\": \"f\", \"data\": \"hello\"},"
                     " {\"op\": \"open\", \"path\": \"f\", \"flags\": \"O_RDONLY\", \"as\": \"h\"}],"
                     " \"steps\": [{\"call\": \"read\", \"args\": [{\"fd\": \"h\"}, 3]}]}");
  cr_assert_str_eq(json_string_value(json_object_get(value(o, 0), "bytes")), "68656c");
  cr_assert_str_eq(step_str(o, 0, "type"), "bytes");
  json_decref(o);
}

void sample_closed_fd(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"fstat/closed\", \"steps\": [{\"call\": \"fstat\", \"args\": [{\"closed_fd\": true}]}]}");
  cr_assert_str_eq(step_str(o, 0, "raises"), "OSError");
  cr_assert_str_eq(step_str(o, 0, "errno"), "EBADF");
  json_decref(o);
}

void sample_missing_and_skipped(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"missing\", \"steps\": [{\"call\": \"no_such_function\"}, {\"call\": \"getcwd\"}],"
                     " \"check\": [{\"op\": \"absent\", \"path\": \"x\"}]}");
  cr_assert_str_eq(step_str(o, 0, "missing"), "no_such_function");
  cr_assert(step_str(o, 1, "skipped"), "a step after a failed one is not run");
  cr_assert(json_is_true(json_array_get(json_object_get(o, "checks"), 0)), "checks still run");
  json_decref(o);
}

/* "continue": a raise of the step so marked ends nothing; a raise of any
 * other step, and a missing name even so marked, end the steps. */
void sample_continue_after_raise(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"continue\", \"steps\": [{\"call\": \"rmdir\", \"args\": [\"absent\"], \"continue\": true},"
                     " {\"call\": \"mkdir\", \"args\": [\"d\"]}, {\"call\": \"rmdir\", \"args\": [\"absent\"]},"
                     " {\"call\": \"getcwd\"}], \"check\": [{\"op\": \"isdir\", \"path\": \"d\"}]}");
  cr_assert_str_eq(step_str(o, 0, "raises"), "FileNotFoundError");
  cr_assert(json_is_null(value(o, 1)), "the step after a continuing raise ran: %s", json_dumps(o, JSON_COMPACT));
  cr_assert_str_eq(step_str(o, 2, "raises"), "FileNotFoundError");
  cr_assert(step_str(o, 3, "skipped"), "a raise without \"continue\" ends the steps");
  cr_assert(json_is_true(json_array_get(json_object_get(o, "checks"), 0)));
  json_decref(o);
  o = run(t, "{\"id\": \"continue-missing\", \"steps\": [{\"call\": \"no_such_function\", \"continue\": true},"
             " {\"call\": \"getcwd\"}]}");
  cr_assert(step_str(o, 1, "skipped"), "a missing name ends the steps, \"continue\" or not");
  json_decref(o);
}

void sample_hasattr_getattr(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"attrs\", \"steps\": [{\"hasattr\": \"mkdir\"}, {\"hasattr\": \"no_such_name\"},"
                     " {\"getattr\": \"O_RDONLY\", \"bind\": \"x\"}, {\"getattr\": \"no_such_name\"}]}");
  cr_assert(json_is_true(value(o, 0)));
  cr_assert(json_is_false(value(o, 1)));
  cr_assert_eq(json_integer_value(value(o, 2)), 0);
  cr_assert_str_eq(step_str(o, 3, "missing"), "no_such_name");
  json_decref(o);
}

void sample_signature(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"sig/mkdir\", \"steps\": [{\"signature\": \"mkdir\"}]}");
  const json_t *params = value(o, 0);
  cr_assert_eq(json_array_size(params), 3);
  const char *names[] = {"path", "mode", "dir_fd"};
  const char *kinds[] = {"positional-or-keyword", "positional-or-keyword", "keyword-only"};
  for (size_t i = 0; i < 3; i++) {
    const json_t *p = json_array_get(params, i);
    cr_assert_str_eq(json_string_value(json_object_get(p, "name")), names[i]);
    cr_assert_str_eq(json_string_value(json_object_get(p, "kind")), kinds[i]);
  }
  cr_assert(json_is_null(json_object_get(json_array_get(params, 0), "default")), "path has no default");
  /* the value is the runtime's (PyPy says -100): only its form is checked here */
  cr_assert(json_is_string(json_object_get(json_array_get(params, 2), "default")));
  json_decref(o);
}

void sample_bytes_and_pathlike(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"listdir/bytes\", \"setup\": [{\"op\": \"mkdir\", \"path\": \"sub\"}],"
                     " \"steps\": [{\"call\": \"listdir\", \"args\": [{\"bytes\": \"2e\"}]},"
                     " {\"call\": \"listdir\", \"args\": [{\"pathlike\": \".\"}]},"
                     " {\"call\": \"fspath\", \"args\": [{\"pathlike\": {\"bytes\": \"6162\"}}]}]}");
  const json_t *names = value(o, 0);
  cr_assert_eq(json_array_size(names), 1);
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(names, 0), "bytes")), "737562");
  cr_assert_str_eq(json_string_value(json_array_get(value(o, 1), 0)), "sub");
  cr_assert_str_eq(json_string_value(json_object_get(value(o, 2), "bytes")), "6162");
  json_decref(o);
}

void sample_scandir_iterate(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"scandir/entry\", \"setup\": [{\"op\": \"mkdir\", \"path\": \"d\"}],"
             " \"steps\": [{\"call\": \"scandir\", \"args\": [\".\"], \"bind\": \"it\"},"
             " {\"iterate\": {\"ref\": \"it\"}, \"bind\": \"l\"}]}");
  const json_t *entries = value(o, 1);
  cr_assert_eq(json_array_size(entries), 1);
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(entries, 0), "object")), "DirEntry");
  json_decref(o);
}

void sample_checks(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"checks\", \"setup\": [{\"op\": \"write\", \"path\": \"f\", \"data\": \"xyz\"},"
                     " {\"op\": \"symlink\", \"target\": \"f\", \"path\": \"l\"}, {\"op\": \"chmod\", \"path\": \"f\", \"mode\": 416}],"
                     " \"steps\": [], \"check\": [{\"op\": \"exists\", \"path\": \"f\"}, {\"op\": \"isfile\", \"path\": \"l\"},"
                     " {\"op\": \"islink\", \"path\": \"l\"}, {\"op\": \"readlink\", \"path\": \"l\", \"target\": \"f\"},"
                     " {\"op\": \"content\", \"path\": \"f\", \"data\": \"xyz\"}, {\"op\": \"size\", \"path\": \"f\", \"size\": 3},"
                     " {\"op\": \"mode\", \"path\": \"f\", \"mode\": 416, \"mask\": 511},"
                     " {\"op\": \"isdir\", \"path\": \"f\"}, {\"op\": \"content\", \"path\": \"f\", \"data\": \"xy\"},"
                     " {\"op\": \"absent\", \"path\": \"f\"}]}");
  const json_t *checks = json_object_get(o, "checks");
  cr_assert_eq(json_array_size(checks), 10);
  for (size_t i = 0; i < 7; i++)
    cr_assert(json_is_true(json_array_get(checks, i)), "check %zu should hold", i + 1);
  for (size_t i = 7; i < 10; i++)
    cr_assert(json_is_false(json_array_get(checks, i)), "check %zu should not hold", i + 1);
  json_decref(o);
}

void sample_setup_error(target_proc *t)
{
  json_t *o = target_case(t, "{\"id\": \"bad/setup\", \"setup\": [{\"op\": \"mkdir\", \"path\": \"no/such/parent\"}],"
                             " \"steps\": [{\"call\": \"getcwd\"}]}", SAMPLE_TIMEOUT_MS);
  cr_assert(o);
  cr_assert_str_eq(json_string_value(json_object_get(o, "id")), "bad/setup");
  cr_assert(json_is_string(json_object_get(o, "setup_error")));
  cr_assert_null(json_object_get(o, "steps"), "no step runs after a failed setup");
  json_decref(o);
}

void sample_bad_case(target_proc *t)
{
  json_t *o = target_case(t, "{\"id\": \"bad/ref\", \"steps\": [{\"call\": \"stat\", \"args\": [{\"ref\": \"nothing\"}]}]}",
                          SAMPLE_TIMEOUT_MS);
  cr_assert(o);
  cr_assert(strstr(json_string_value(json_object_get(o, "setup_error")), "bad case"));
  json_decref(o);
  o = target_case(t, "{\"id\": \"bad/value\", \"steps\": [{\"call\": \"stat\", \"args\": [{\"what\": 1}]}]}",
                  SAMPLE_TIMEOUT_MS);
  cr_assert(o);
  cr_assert(strstr(json_string_value(json_object_get(o, "setup_error")), "bad case"));
  json_decref(o);
}

void sample_bad_line(target_proc *t)
{
  target_send_raw(t, "this is not JSON");
  json_t *o = target_read(t, SAMPLE_TIMEOUT_MS);
  cr_assert(o, "a bad line gets an answer");
  cr_assert(json_is_string(json_object_get(o, "setup_error")));
  json_decref(o);
  sample_missing_and_skipped(t);  /* and the target goes on */
}

/* A case that writes to fd 1 must not reach the protocol. */
void sample_stdout_kept(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"write/stdout\", \"steps\": [{\"call\": \"write\", \"args\": [1, {\"bytes\": \"2873616d706c6520636173653a207772697474656e20746f20666420312c206d75737420726561636820737464657272290a\"}]}]}");
  cr_assert_eq(json_integer_value(value(o, 0)), 50);
  json_decref(o);
  sample_hasattr_getattr(t);
}

void sample_leftover_fd_closed(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"open/leak\", \"setup\": [{\"op\": \"write\", \"path\": \"f\", \"data\": \"\"}],"
                     " \"steps\": [{\"call\": \"open\", \"args\": [\"f\", 0]}]}");
  json_int_t fd = json_integer_value(value(o, 0));
  json_decref(o);
  char kase[200];
  snprintf(kase, sizeof kase, "{\"id\": \"fstat/after\", \"steps\": [{\"call\": \"fstat\", \"args\": [%lld]}]}", (long long)fd);
  o = run(t, kase);
  cr_assert_str_eq(step_str(o, 0, "errno"), "EBADF", "the fd a case left open is closed after it");
  json_decref(o);
}

/* The child of a fork step exits at once: one outcome line, the parent's. */
void sample_fork_child_silent(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"fork\", \"steps\": [{\"call\": \"fork\", \"bind\": \"pid\"}]}");
  if (step_str(o, 0, "missing")) {
    json_decref(o);
    return;  /* the target does not provide fork */
  }
  cr_assert(json_integer_value(value(o, 0)) > 0, "the parent's outcome has the child's pid");
  json_decref(o);
  sample_hasattr_getattr(t);
}

/* What the target does lands in the runner's sandbox on the host (a
 * WebAssembly runtime mounts it at the same path): a directory its os made,
 * a file its setup wrote, a rename its os did. */
void sample_host_sandbox(target_proc *t)
{
  json_t *o = run(t, "{\"id\": \"host/sandbox\", \"setup\": [{\"op\": \"write\", \"path\": \"f\", \"data\": \"xyz\"}],"
                     " \"steps\": [{\"call\": \"mkdir\", \"args\": [\"made-by-target\"]},"
                     " {\"call\": \"rename\", \"args\": [\"f\", \"made-by-target/g\"]}]}");
  cr_assert(json_object_get(step(o, 1), "value"), "rename failed: %s", json_dumps(step(o, 1), JSON_COMPACT));
  json_decref(o);
  char dir[320], moved[400], text[8] = "";
  snprintf(moved, sizeof moved, "%s/made-by-target/g", target_sandbox(t, t->ncases, dir, sizeof dir));
  FILE *f = fopen(moved, "r");
  cr_assert(f, "%s is not on the host", moved);
  size_t n = fread(text, 1, sizeof text - 1, f);
  fclose(f);
  cr_assert_eq(n, 3);
  cr_assert_str_eq(text, "xyz");
}

void samples_portable(target_proc *t)
{
  sample_mkdir_existing(t, "FileExistsError");
  sample_stat_struct(t);
  sample_fd_from_setup(t);
  sample_closed_fd(t);
  sample_missing_and_skipped(t);
  sample_continue_after_raise(t);
  sample_hasattr_getattr(t);
  sample_signature(t);
  sample_bytes_and_pathlike(t);
  sample_scandir_iterate(t);
  sample_setup_error(t);
  sample_bad_case(t);
  sample_bad_line(t);
}

void samples_full(target_proc *t, const char *implementation)
{
  sample_hello(t, implementation);
  samples_portable(t);
  sample_host_sandbox(t);
  sample_checks(t);
  sample_stdout_kept(t);
  sample_leftover_fd_closed(t);
  sample_fork_child_silent(t);
  sample_isolation_by_fork(t);
  sample_fork_children(t);
}
