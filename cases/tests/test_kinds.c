/* The cases generate derives from spec.db alone: existence, signature,
 * value and the systematic behaviour rules. */
#include <criterion/criterion.h>
#include <string.h>
#include "diag.h"
#include "fixture.h"

static fixture f;
static json_t *cases;

static void setup(void)
{
  fixture_setup(&f);
  cr_assert_eq(fixture_generate(&f, "3.14", NULL, 0), OSC_EXIT_OK);
  cases = fixture_cases(&f);
}

static void teardown(void)
{
  json_decref(cases);
  fixture_teardown(&f);
}

TestSuite(kinds, .init = setup, .fini = teardown);

static json_t *get(const char *id)
{
  json_t *c = fixture_case(cases, id);
  cr_assert_not_null(c, "no case %s", id);
  return c;
}

static json_t *field(const char *id, const char *list, size_t i)
{
  return json_array_get(json_object_get(get(id), list), i);
}

static const char *s(json_t *j, const char *key)
{
  return json_string_value(json_object_get(j, key));
}

Test(kinds, every_documented_name_gets_an_existence_case)
{
  static const char *const names[] = { "mkdir", "O_RDONLY", "stat_result", "stat_result.st_mode",
                                       "sendfile", "stat", "read", "listdir", "environ" };
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char id[64];
    snprintf(id, sizeof id, "exists/%s", names[i]);
    cr_assert_str_eq(s(field(id, "steps", 0), "hasattr"), names[i]);
    cr_assert_str_eq(s(get(id), "kind"), "existence");
  }
  cr_assert_null(fixture_case(cases, "exists/getcwdu"), "a 3.8 name in the 3.14 cases");
}

Test(kinds, availability_is_the_conjunction_of_the_rows)
{
  json_t *one = json_object_get(get("exists/read"), "availability");
  cr_assert_str_eq(s(json_array_get(json_object_get(one, "include"), 0), "platform"), "Unix");
  json_t *all = json_object_get(get("exists/sendfile"), "availability");
  cr_assert(json_is_array(all));
  cr_assert_eq(json_array_size(all), 2);
  cr_assert_str_eq(s(json_array_get(json_object_get(json_array_get(all, 0), "include"), 0), "platform"), "Linux",
                   "rows in source-line order");
  cr_assert(json_is_null(json_object_get(get("exists/mkdir"), "availability")));
}

Test(kinds, signatures_carry_names_kinds_and_defaults)
{
  json_t *params = json_object_get(field("sig/mkdir", "expect", 0), "params");
  cr_assert_eq(json_array_size(params), 3);
  cr_assert_str_eq(s(json_array_get(params, 1), "name"), "mode");
  cr_assert_str_eq(s(json_array_get(params, 1), "default"), "0o777");
  cr_assert_str_eq(s(json_array_get(params, 2), "kind"), "keyword-only");
  cr_assert(json_is_null(json_object_get(json_array_get(params, 0), "default")));
  cr_assert_str_eq(s(get("sig/sendfile"), "kind"), "speculative", "two signatures: the platform chooses");
}

Test(kinds, constants_are_compared_with_the_reference)
{
  cr_assert_str_eq(s(get("value/O_RDONLY"), "compare"), "reference");
  cr_assert_null(fixture_case(cases, "value/environ"));
  cr_assert_null(fixture_case(cases, "value/stat_result.st_mode"));
}

Test(kinds, path_parameters_get_missing_bytes_pathlike_and_wrong_type)
{
  /* The doc's note promises OSError (or subclasses): the subclass is
   * exceptions.rst's mapping, not asked for here. */
  json_t *e = field("sys/mkdir/path/missing", "expect", 0);
  cr_assert_str_eq(s(e, "raises"), "OSError");
  cr_assert_str_eq(s(e, "errno"), "ENOENT");
  cr_assert_str_eq(s(json_array_get(json_object_get(field("sys/mkdir/path/bytes", "steps", 0), "args"), 0), "bytes"),
                   "6d697373696e672f78");
  cr_assert_not_null(get("sys/stat/path/pathlike"));
  cr_assert_str_eq(s(field("sys/stat/path/wrong-type", "expect", 0), "raises"), "TypeError");
  json_t *back = json_object_get(field("sys/listdir/path/bytes-back", "expect", 0), "returns");
  cr_assert_str_eq(s(json_array_get(back, 0), "bytes"), "66");
  cr_assert_null(fixture_case(cases, "sys/sendfile/out_fd/closed"), "sendfile is not provided");
}

Test(kinds, fds_dir_fd_follow_symlinks_and_sizes)
{
  cr_assert_str_eq(s(field("sys/read/fd/closed", "expect", 0), "errno"), "EBADF");
  json_t *neg = get("sys/read/n/negative");
  cr_assert_str_eq(s(neg, "compare"), "doc");
  cr_assert_str_eq(s(field("sys/read/n/negative", "expect", 0), "raises"), "Exception");
  cr_assert_eq(json_integer_value(json_array_get(json_object_get(field("sys/read/n/negative", "steps", 0), "args"), 1)), -1);
  json_t *step = field("sys/mkdir/dir_fd/relative", "steps", 0);
  cr_assert_str_eq(s(json_object_get(json_object_get(step, "kwargs"), "dir_fd"), "fd"), "dir");
  cr_assert_str_eq(s(field("sys/mkdir/dir_fd/relative", "check", 0), "path"), "d/new");
  cr_assert_str_eq(s(field("sys/stat/dir_fd/closed", "expect", 0), "errno"), "EBADF");
  json_t *nofollow = get("sys/stat/follow_symlinks/false-on-symlink");
  cr_assert(json_is_false(json_object_get(json_object_get(field("sys/stat/follow_symlinks/false-on-symlink", "steps", 0), "kwargs"), "follow_symlinks")));
  cr_assert_eq(json_integer_value(json_object_get(field("sys/stat/follow_symlinks/false-on-symlink", "expect", 1), "returns")), 0120777);
  cr_assert_str_eq(s(nofollow, "compare"), "doc");
  cr_assert_str_eq(s(field("sys/read/fd/huge", "expect", 0), "raises"), "Exception");
  cr_assert_str_eq(s(field("sys/stat/path/pathlike-wrong", "expect", 0), "raises"), "TypeError");
  cr_assert_null(fixture_case(cases, "sys/listdir/path/none"), "an optional path may be None");
  cr_assert_not_null(get("sys/stat/path/none"));
}

Test(kinds, fillers_read_constants_first_and_build_the_setup)
{
  /* read(fd, n): fd comes from the setup, opened on the case's own file. */
  json_t *setup = json_object_get(get("sys/read/n/negative"), "setup");
  cr_assert_str_eq(s(json_array_get(setup, 0), "op"), "write");
  cr_assert_str_eq(s(json_array_get(setup, 1), "op"), "open");
  cr_assert_str_eq(s(json_array_get(setup, 1), "as"), "f");
}

Test(kinds, path_resolution_errors_follow_posix)
{
  cr_assert_str_eq(s(field("sys/stat/path/empty", "expect", 0), "errno"), "ENOENT");
  cr_assert_str_eq(s(field("sys/mkdir/path/not-a-directory", "expect", 0), "raises"), "OSError");
  cr_assert_str_eq(s(field("sys/mkdir/path/not-a-directory", "expect", 0), "errno"), "ENOTDIR");
  cr_assert_str_eq(s(field("sys/mkdir/path/not-a-directory", "setup", 0), "path"), "f");
  cr_assert_str_eq(s(field("sys/stat/path/loop", "setup", 0), "target"), "loop");
  cr_assert_str_eq(s(field("sys/stat/path/loop", "expect", 0), "errno"), "ELOOP");
  cr_assert_str_eq(s(field("sys/stat/path/too-long", "expect", 0), "errno"), "ENAMETOOLONG");
  cr_assert_str_eq(s(field("sys/stat/path/nul", "expect", 0), "raises"), "ValueError");
  json_t *kw = json_object_get(field("sys/stat/path/by-keyword", "steps", 0), "kwargs");
  cr_assert_str_eq(s(kw, "path"), "missing/x");
}

Test(kinds, argument_rules_follow_the_documented_signature)
{
  json_t *args = json_object_get(field("sys/read/call/too-many", "steps", 0), "args");
  cr_assert_eq(json_array_size(args), 3, "read(fd, n, /) takes two");
  cr_assert_str_eq(s(field("sys/read/call/too-many", "expect", 0), "raises"), "TypeError");
  /* read(fd, n, /) by name: both arguments valid (fillers), so only the
   * binding can raise TypeError (None for fd would raise it anyway) */
  json_t *by_name = json_object_get(field("sys/read/call/positional-by-keyword", "steps", 0), "kwargs");
  cr_assert_str_eq(s(json_object_get(by_name, "fd"), "fd"), "f");
  cr_assert(json_is_integer(json_object_get(by_name, "n")), "n takes its filler too");
  cr_assert_str_eq(s(field("sys/read/call/positional-by-keyword", "setup", 1), "op"), "open");
  cr_assert_not_null(get("sys/mkdir/call/unknown-keyword"));
  cr_assert_not_null(get("sys/mkdir/call/missing-required"));
  cr_assert_null(fixture_case(cases, "sys/listdir/call/missing-required"), "listdir's path is optional");
  cr_assert_null(fixture_case(cases, "sys/mkdir/call/positional-by-keyword"));
  cr_assert_str_eq(s(field("sys/read/n/float", "expect", 0), "raises"), "TypeError");
  cr_assert_null(fixture_case(cases, "sys/mkdir/mode/negative"), "a negative mode is not an error on every system");
}

Test(kinds, a_legacy_bracket_parameter_is_optional_with_no_promised_default)
{
  fixture g;
  fixture_setup(&g);
  cr_assert_eq(fixture_generate(&g, "3.8", NULL, 0), OSC_EXIT_OK);
  json_t *old = fixture_cases(&g);
  json_t *c = fixture_case(old, "sig/mkdir");
  cr_assert_not_null(c);
  json_t *mode = json_array_get(json_object_get(json_array_get(json_object_get(c, "expect"), 0), "params"), 1);
  cr_assert(json_is_true(json_object_get(mode, "optional")), "mkdir(path[, mode]): mode may be omitted");
  cr_assert_null(json_object_get(mode, "default"), "and no value is promised");
  json_decref(old);
  fixture_teardown(&g);
}
