/* Expectations on step outcomes, and value equality, as cases/FORMAT.md defines them. */
#include <string.h>
#include <criterion/criterion.h>
#include "../expect.h"

static bool holds(const char *expect, const char *step, char *why)
{
  json_t *e = json_loads(expect, 0, NULL), *s = json_loads(step, 0, NULL);
  cr_assert(e && s, "bad test JSON: %s / %s", expect, step);
  char local[300];
  bool ok = osc_expect_holds(e, s, why ? why : local, 300);
  json_decref(e);
  json_decref(s);
  return ok;
}

static bool equal(const char *a, const char *b)
{
  json_t *x = json_loads(a, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
  json_t *y = json_loads(b, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
  cr_assert(x && y);
  bool eq = osc_value_equal(x, y);
  json_decref(x);
  json_decref(y);
  return eq;
}

Test(expect, values_compare_as_python_would)
{
  cr_expect(equal("1", "1.0"));
  cr_expect_not(equal("1", "2"));
  cr_expect_not(equal("true", "1"), "bool and int stay apart in the format");
  cr_expect(equal("{\"bytes\": \"6869\"}", "{\"bytes\": \"6869\"}"));
  cr_expect_not(equal("{\"tuple\": [1]}", "[1]"), "a tuple is not a list");
  cr_expect_not(equal("\"a\"", "\"a\\u0000b\""));
}

Test(expect, struct_sequences_compare_only_the_fields_given)
{
  const char *got = "{\"struct\": \"stat_result\", \"fields\": {\"st_mode\": 16877, \"st_size\": 4096}}";
  cr_expect(equal("{\"struct\": \"stat_result\", \"fields\": {\"st_mode\": 16877}}", got));
  cr_expect_not(equal("{\"struct\": \"stat_result\", \"fields\": {\"st_mode\": 33188}}", got));
  cr_expect_not(equal("{\"struct\": \"stat_result\", \"fields\": {\"st_nlink\": 2}}", got), "a field not there");
  cr_expect_not(equal("{\"struct\": \"statvfs_result\", \"fields\": {}}", got));
}

Test(expect, raises_accepts_a_subclass_through_the_mro)
{
  const char *step = "{\"raises\": \"FileExistsError\", \"errno\": \"EEXIST\", \"mro\": [\"FileExistsError\", \"OSError\", \"Exception\"]}";
  cr_expect(holds("{\"raises\": \"FileExistsError\", \"errno\": \"EEXIST\"}", step, NULL));
  cr_expect(holds("{\"raises\": \"OSError\"}", step, NULL));
  cr_expect_not(holds("{\"raises\": \"PermissionError\"}", step, NULL));
  char why[300];
  cr_expect_not(holds("{\"raises\": \"OSError\", \"errno\": \"ENOENT\"}", step, why));
  cr_expect(strstr(why, "ENOENT") && strstr(why, "EEXIST"), "%s", why);
  cr_expect_not(holds("{\"raises\": \"OSError\", \"errno\": \"EEXIST\"}",
                      "{\"raises\": \"FileExistsError\", \"errno\": 17, \"mro\": [\"OSError\"]}", why),
                "a number is the target's own, never named with this host's table");
  cr_expect(strstr(why, "got raises FileExistsError 17"), "%s", why);
}

Test(expect, a_value_where_an_exception_was_expected_fails_and_says_so)
{
  char why[300];
  cr_expect_not(holds("{\"raises\": \"FileNotFoundError\"}", "{\"value\": null, \"type\": \"NoneType\"}", why));
  cr_expect(strstr(why, "expected raises FileNotFoundError, got value null"), "%s", why);
  cr_expect_not(holds("{\"returns\": 3}", "{\"raises\": \"TypeError\", \"mro\": []}", why));
  cr_expect(strstr(why, "got raises TypeError"), "%s", why);
}

Test(expect, value_keys)
{
  cr_expect(holds("{\"returns\": \"d\", \"type\": \"str\"}", "{\"value\": \"d\", \"type\": \"str\"}", NULL));
  cr_expect_not(holds("{\"type\": \"bytes\"}", "{\"value\": \"d\", \"type\": \"str\"}", NULL));
  cr_expect(holds("{\"truthy\": true}", "{\"value\": {\"tuple\": [0]}}", NULL));
  cr_expect(holds("{\"truthy\": false}", "{\"value\": {\"bytes\": \"\"}}", NULL));
  cr_expect(holds("{\"len\": 2}", "{\"value\": \"\\u00e9t\"}", NULL), "len counts characters, not bytes");
  cr_expect(holds("{\"len\": 3}", "{\"value\": {\"bytes\": \"616263\"}}", NULL));
  cr_expect(holds("{\"contains\": \"f\"}", "{\"value\": [\"d\", \"f\"]}", NULL));
  cr_expect_not(holds("{\"contains\": \"g\"}", "{\"value\": [\"d\", \"f\"]}", NULL));
  cr_expect(holds("{\"contains\": {\"bytes\": \"62\"}}", "{\"value\": {\"bytes\": \"616263\"}}", NULL));
  cr_expect_not(holds("{\"contains\": {\"bytes\": \"16\"}}", "{\"value\": {\"bytes\": \"6162\"}}", NULL),
                "a byte starts on an even hex digit");
  cr_expect(holds("{\"truthy\": false}", "{\"value\": {\"set\": []}}", NULL), "an empty set is false");
  cr_expect(holds("{\"len\": 2}", "{\"value\": {\"set\": [\"chmod\", \"stat\"]}}", NULL));
  cr_expect(holds("{\"contains\": \"stat\"}", "{\"value\": {\"set\": [\"chmod\", \"stat\"]}}", NULL));
  cr_expect(holds("{\"present\": true}", "{\"value\": true, \"type\": \"bool\"}", NULL));
  cr_expect(holds("{\"any\": true}", "{\"raises\": \"OSError\"}", NULL));
  cr_expect_not(holds("{\"any\": true}", "{\"skipped\": \"an earlier step failed\"}", NULL));
}

Test(expect, signature_params_with_defaults_as_written)
{
  const char *want = "{\"params\": [{\"name\": \"path\", \"kind\": \"positional-or-keyword\", \"default\": null},"
                     " {\"name\": \"mode\", \"kind\": \"positional-or-keyword\", \"default\": \"0o777\"}]}";
  cr_expect(holds(want, "{\"value\": [{\"name\": \"path\", \"kind\": \"positional-or-keyword\"},"
                        " {\"name\": \"mode\", \"kind\": \"positional-or-keyword\", \"default\": \"511\"}]}", NULL),
            "0o777 is 511");
  char why[300];
  cr_expect_not(holds(want, "{\"value\": [{\"name\": \"path\", \"kind\": \"positional-only\"},"
                            " {\"name\": \"mode\", \"kind\": \"positional-or-keyword\", \"default\": 511}]}", why));
  cr_expect(strstr(why, "positional-only"), "%s", why);
  cr_expect_not(holds(want, "{\"value\": [{\"name\": \"path\", \"kind\": \"positional-or-keyword\"}]}", why));
}

Test(expect, signature_legacy_optional_needs_a_default_of_any_value)
{
  /* utime(path, times=None, *[, ns], ...): ns may be omitted, no value promised. */
  const char *want = "{\"params\": [{\"name\": \"ns\", \"kind\": \"keyword-only\", \"optional\": true}]}";
  cr_expect(holds(want, "{\"value\": [{\"name\": \"ns\", \"kind\": \"keyword-only\", \"default\": \"None\"}]}", NULL));
  cr_expect(holds(want, "{\"value\": [{\"name\": \"ns\", \"kind\": \"keyword-only\", \"default\": \"...\"}]}", NULL));
  char why[300];
  cr_expect_not(holds(want, "{\"value\": [{\"name\": \"ns\", \"kind\": \"keyword-only\"}]}", why),
                "a required parameter is not an optional one");
  cr_expect(strstr(why, "ns"), "%s", why);
}

Test(expect, signature_positional_only_names_are_not_compared)
{
  /* read(fd, n, /): a caller cannot pass n by name, so CPython's `length` is no divergence. */
  const char *want = "{\"params\": [{\"name\": \"n\", \"kind\": \"positional-only\", \"default\": null}]}";
  cr_expect(holds(want, "{\"value\": [{\"name\": \"length\", \"kind\": \"positional-only\"}]}", NULL));
  cr_expect_not(holds(want, "{\"value\": [{\"name\": \"length\", \"kind\": \"positional-or-keyword\"}]}", NULL),
                "the kind still counts");
  const char *named = "{\"params\": [{\"name\": \"n\", \"kind\": \"positional-or-keyword\", \"default\": null}]}";
  cr_expect_not(holds(named, "{\"value\": [{\"name\": \"length\", \"kind\": \"positional-or-keyword\"}]}", NULL),
                "a keyword-capable name is part of the contract");
}

#define P(name, kind) "{\"name\": \"" name "\", \"kind\": \"" kind "\", \"default\": null}"

/* execle(path, arg0, arg1, ..., env): arg0, arg1 and env are examples of
 * the variable part `...` stands for; one var-positional, of any name. */
Test(expect, signature_the_docs_dots_are_the_variable_part)
{
  const char *want = "{\"params\": [" P("path", "positional-or-keyword") ", " P("arg0", "positional-or-keyword") ", "
                     P("arg1", "positional-or-keyword") ", " P("...", "var-positional") ", "
                     P("env", "positional-or-keyword") "]}";
  cr_expect(holds(want, "{\"value\": [" P("path", "positional-or-keyword") ", " P("args", "var-positional") "]}", NULL));
  /* A parameter before *args cannot be passed by keyword with the rest:
   * its name is no contract (CPython's execl is (file, *args)); its kind is. */
  cr_expect(holds(want, "{\"value\": [" P("file", "positional-or-keyword") ", " P("args", "var-positional") "]}", NULL));
  char why[300];
  cr_expect_not(holds(want, "{\"value\": [" P("path", "keyword-only") ", " P("args", "var-positional") "]}", why));
  cr_expect(strstr(why, "kind"), "%s", why);
  cr_expect_not(holds(want, "{\"value\": [" P("path", "positional-or-keyword") "]}", NULL),
                "the variable part must be there");
}

/* fdopen(fd, *args, **kwargs): "accepts the same arguments" as open(), so
 * what follows fd is open()'s business, not this doc's. */
Test(expect, signature_args_kwargs_forward)
{
  const char *want = "{\"params\": [" P("fd", "positional-or-keyword") ", " P("args", "var-positional") ", "
                     P("kwargs", "var-keyword") "]}";
  const char *open_like = "{\"value\": [" P("fd", "positional-or-keyword") ", "
                          "{\"name\": \"mode\", \"kind\": \"positional-or-keyword\", \"default\": \"'r'\"}]}";
  cr_expect(holds(want, open_like, NULL));
  cr_expect(holds(want, "{\"value\": [" P("fd", "positional-or-keyword") ", " P("a", "var-positional") ", "
                        P("k", "var-keyword") "]}", NULL));
  cr_expect_not(holds(want, "{\"value\": [" P("file", "positional-or-keyword") "]}", NULL));
}
