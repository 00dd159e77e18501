/* osconform generate end to end, on a small spec.db built from the schema. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"
#include "fixture.h"
#include "generate.h"
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static fixture f;
static void setup(void) { fixture_setup(&f); }
static void teardown(void) { fixture_teardown(&f); }
TestSuite(generate, .init = setup, .fini = teardown);

static const char good_template[] =
  "// mkdir scenarios\n"
  "\n"
  "{\"id\": \"existing-dir\", \"quote\": \"If the directory already exists, FileExistsError is raised.\","
  " \"setup\": [{\"op\": \"mkdir\", \"path\": \"d\"}], \"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"]}],"
  " \"expect\": [{\"raises\": \"FileExistsError\", \"errno\": \"EEXIST\"}], \"check\": [{\"op\": \"isdir\", \"path\": \"d\"}]}\n"
  "{\"id\": \"order\", \"kind\": \"speculative\", \"quote\": \"Create a directory named path\","
  " \"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"]}]}\n";

static const char *str(json_t *c, const char *key)
{
  return json_string_value(json_object_get(c, key));
}

Test(generate, writes_a_header_naming_its_inputs_then_cases_sorted_by_id)
{
  fixture_template(&f, "files/mkdir.jsonl", good_template);
  cr_assert_eq(fixture_generate(&f, "3.14", NULL, 0), OSC_EXIT_OK);
  json_t *cases = fixture_cases(&f);
  json_t *head = json_array_get(cases, 0);
  cr_assert_str_eq(str(head, "format"), "osconform-cases");
  cr_assert_eq(json_integer_value(json_object_get(head, "version")), 1);
  cr_assert_str_eq(str(head, "doc"), "3.14");
  cr_assert_eq(strlen(str(json_object_get(head, "inputs"), "spec.db")), 64);
  cr_assert_eq(strlen(str(json_object_get(head, "inputs"), "templates")), 64);
  for (size_t i = 2; i < json_array_size(cases); i++)
    cr_assert_lt(strcmp(str(json_array_get(cases, i - 1), "id"), str(json_array_get(cases, i), "id")), 0);
  json_decref(cases);
}

Test(generate, is_byte_identical_across_runs_and_marks_template_changes)
{
  fixture_template(&f, "files/mkdir.jsonl", good_template);
  cr_assert_eq(fixture_generate(&f, "3.14", NULL, 0), OSC_EXIT_OK);
  char *first = fixture_output(&f);
  cr_assert_eq(fixture_generate(&f, "3.14", NULL, 0), OSC_EXIT_OK);
  char *second = fixture_output(&f);
  cr_assert_str_eq(first, second);
  fixture_template(&f, "files/extra.jsonl", "// a comment only\n");
  cr_assert_eq(fixture_generate(&f, "3.14", NULL, 0), OSC_EXIT_OK);
  char *third = fixture_output(&f);
  cr_assert(strcmp(first, third) != 0, "the templates digest must change with the templates");
  free(first);
  free(second);
  free(third);
}

Test(generate, resolves_a_template_quote_to_its_claim)
{
  fixture_template(&f, "files/mkdir.jsonl", good_template);
  cr_assert_eq(fixture_generate(&f, "3.14", NULL, 0), OSC_EXIT_OK);
  json_t *cases = fixture_cases(&f);
  json_t *c = fixture_case(cases, "mkdir/existing-dir");
  cr_assert_not_null(c);
  cr_assert_str_eq(str(c, "claim"), "R-0000000001");
  cr_assert_str_eq(str(c, "kind"), "behaviour");
  cr_assert_str_eq(str(c, "object"), "mkdir");
  cr_assert_eq(json_integer_value(json_object_get(c, "line")), 100);
  cr_assert_str_eq(str(json_array_get(json_object_get(c, "expect"), 0), "errno"), "EEXIST");
  json_t *spec = fixture_case(cases, "mkdir/order");
  cr_assert_str_eq(str(spec, "kind"), "speculative");
  cr_assert(json_is_true(json_object_get(json_array_get(json_object_get(spec, "expect"), 0), "any")));
  json_decref(cases);
}

static void assert_fails_naming(const char *template, const char *needle)
{
  char err[4096];
  fixture_template(&f, "files/mkdir.jsonl", template);
  cr_assert_eq(fixture_generate(&f, "3.14", err, sizeof err), OSC_EXIT_INPUT);
  cr_assert_not_null(strstr(err, "osconform: error: "), "%s", err);
  cr_assert_not_null(strstr(err, "files/mkdir.jsonl:2: "), "no FILE:LINE in: %s", err);
  cr_assert_not_null(strstr(err, needle), "'%s' not in: %s", needle, err);
}

Test(generate, fails_on_a_quote_that_matches_no_claim)
{
  assert_fails_naming("// x\n{\"id\": \"a\", \"quote\": \"The directory is painted blue.\", \"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"]}], \"expect\": [{\"any\": true}]}\n",
                      "matches no claim");
}

Test(generate, fails_on_an_ambiguous_quote)
{
  assert_fails_naming("\n{\"id\": \"a\", \"quote\": \"is raised\", \"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"]}], \"expect\": [{\"any\": true}]}\n",
                      "several claims");
}

Test(generate, refuses_absolute_paths_and_dotdot)
{
  assert_fails_naming("\n{\"id\": \"a\", \"quote\": \"Create a directory named path\", \"steps\": [{\"call\": \"mkdir\", \"args\": [\"/tmp/x\"]}], \"expect\": [{\"any\": true}]}\n",
                      "absolute path '/tmp/x'");
  assert_fails_naming("\n{\"id\": \"a\", \"quote\": \"Create a directory named path\", \"setup\": [{\"op\": \"mkdir\", \"path\": \"a/../..\"}], \"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"]}], \"expect\": [{\"any\": true}]}\n",
                      "'..' in path");
}

Test(generate, fails_on_bad_shapes)
{
  assert_fails_naming("\n{\"id\": \"a\", \"quote\": \"Create a directory named path\", \"stesp\": []}\n", "unknown key 'stesp'");
  assert_fails_naming("\n{\"id\": \"a\", \"quote\": \"Create a directory named path\", \"steps\": [{\"call\": \"mkdir\"}], \"expect\": []}\n",
                      "one expectation per step");
  assert_fails_naming("\n{\"id\": \"a\"\n", "invalid JSON");
  assert_fails_naming("\n{\"id\": \"a\", \"kind\": \"speculative\", \"quote\": \"Create a directory named path\", \"steps\": [{\"call\": \"mkdir\"}], \"expect\": [{\"any\": true}]}\n",
                      "a speculative scenario has no 'expect'");
  assert_fails_naming("\n{\"id\": \"a\", \"quote\": \"Create a directory named path\", \"steps\": [{\"call\": \"mkdir\"}], \"expect\": [{\"errno\": \"EEXIST\"}]}\n",
                      "'errno' needs 'raises'");
  assert_fails_naming("\n{\"id\": \"a\", \"quote\": \"Create a directory named path\", \"steps\": [{\"call\": \"mkdir\", \"getattr\": \"x\"}], \"expect\": [{\"any\": true}]}\n",
                      "exactly one of call");
  assert_fails_naming("\n{\"id\": \"a\", \"quote\": \"Create a directory named path\", \"setup\": [{\"op\": \"format-disk\"}], \"steps\": [{\"call\": \"mkdir\"}], \"expect\": [{\"any\": true}]}\n",
                      "unknown setup op");
  assert_fails_naming("\n{\"id\": \"a\", \"quote\": \"Create a directory named path\", \"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"], \"child\": [{\"call\": \"mkdir\"}]}], \"expect\": [{\"any\": true}]}\n",
                      "'child' belongs to a call of fork or forkpty only");
  assert_fails_naming("\n{\"id\": \"a\", \"quote\": \"Create a directory named path\", \"steps\": [{\"getattr\": \"sep\", \"continue\": true}], \"expect\": [{\"any\": true}]}\n",
                      "'continue' is true, on a call or a method step only");
  assert_fails_naming("\n{\"id\": \"a\", \"quote\": \"Create a directory named path\", \"steps\": [{\"call\": \"mkdir\", \"continue\": false}], \"expect\": [{\"any\": true}]}\n",
                      "'continue' is true, on a call or a method step only");
  assert_fails_naming("\n{\"id\": \"A b\", \"quote\": \"Create a directory named path\", \"steps\": [{\"call\": \"mkdir\"}], \"expect\": [{\"any\": true}]}\n",
                      "may hold only");
}

Test(generate, fails_on_an_undocumented_object_and_skips_another_docs)
{
  char err[4096];
  fixture_template(&f, "files/nosuch.jsonl", "{\"id\": \"a\", \"quote\": \"Create a directory named path\", \"steps\": [{\"call\": \"nosuch\"}], \"expect\": [{\"any\": true}]}\n");
  cr_assert_eq(fixture_generate(&f, "3.14", err, sizeof err), OSC_EXIT_INPUT);
  cr_assert_not_null(strstr(err, "nosuch.jsonl:1: 'nosuch' is not a documented name"), "%s", err);
  fixture_teardown(&f);
  fixture_setup(&f);
  fixture_template(&f, "files/getcwdu.jsonl", "{\"id\": \"a\", \"quote\": \"Return a Unicode object\", \"steps\": [{\"call\": \"getcwdu\"}], \"expect\": [{\"type\": \"str\"}]}\n");
  cr_assert_eq(fixture_generate(&f, "3.14", NULL, 0), OSC_EXIT_OK);
  json_t *cases = fixture_cases(&f);
  cr_assert_null(fixture_case(cases, "getcwdu/a"));
  json_decref(cases);
  cr_assert_eq(fixture_generate(&f, "3.8", NULL, 0), OSC_EXIT_OK);
  cases = fixture_cases(&f);
  cr_assert_not_null(fixture_case(cases, "getcwdu/a"));
  json_decref(cases);
}

Test(generate, fails_on_an_unknown_doc_version_and_bad_usage)
{
  char err[4096];
  cr_assert_eq(fixture_generate(&f, "2.7", err, sizeof err), OSC_EXIT_INPUT);
  cr_assert_not_null(strstr(err, "no document for doc version '2.7'"), "%s", err);
  char *bogus[] = { "generate", "--bogus", NULL };
  cr_assert_eq(fixture_run(&f, 2, bogus, err, sizeof err), OSC_EXIT_USAGE);
  cr_assert_not_null(strstr(err, "usage: osconform generate"), "%s", err);
  char *no_spec[] = { "generate", "--doc", "3.14", NULL };
  cr_assert_eq(fixture_run(&f, 3, no_spec, err, sizeof err), OSC_EXIT_USAGE);
  cr_assert_not_null(strstr(err, "osconform: error: generate: --spec FILE is required"), "%s", err);
}

/* Writing to something that is not a regular file (a FIFO here, /dev/null
 * in real use) goes into it; it is never replaced by a renamed file. */
Test(generate, writes_into_a_fifo_without_replacing_it)
{
  char fifo[600];
  snprintf(fifo, sizeof fifo, "%s/pipe", f.dir);
  cr_assert_eq(mkfifo(fifo, 0600), 0);
  pid_t reader = fork();
  cr_assert_neq(reader, -1);
  if (reader == 0) {
    FILE *in = fopen(fifo, "r");
    size_t n = 0;
    for (int c; in && (c = fgetc(in)) != EOF;)
      n++;
    _exit(n > 100 ? 0 : 1);
  }
  char *argv[] = { "generate", "--spec", f.db, "--templates", f.templates, "--out", fifo, NULL };
  cr_assert_eq(fixture_run(&f, 7, argv, NULL, 0), OSC_EXIT_OK);
  int status;
  cr_assert_eq(waitpid(reader, &status, 0), reader);
  cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the reader got no cases");
  struct stat st;
  cr_assert_eq(stat(fifo, &st), 0);
  cr_assert(S_ISFIFO(st.st_mode), "the FIFO was replaced");
}

/* fork is provided but never called systematically: only a template covers it. */
Test(generate, require_coverage_names_provided_functions_without_behaviour_cases)
{
  char err[4096];
  char *argv[] = { "generate", "--spec", f.db, "--templates", f.templates, "--out", f.out,
                   "--require-coverage", NULL };
  cr_assert_eq(fixture_run(&f, 8, argv, err, sizeof err), OSC_EXIT_FAIL);
  cr_assert_not_null(strstr(err, "no behaviour case: fork\n"), "%s", err);
  fixture_template(&f, "process/fork.jsonl",
                   "{\"id\": \"child\", \"quote\": \"Fork a child process.\", \"isolate\": true, \"steps\": [{\"call\": \"fork\"}], \"expect\": [{\"type\": \"int\"}]}\n");
  cr_assert_eq(fixture_run(&f, 8, argv, err, sizeof err), OSC_EXIT_OK, "%s", err);
}

/* A fork step's child steps (FORMAT.md, Processes a case starts) pass
 * through, checked as steps; an empty list or a bad step inside is refused. */
Test(generate, a_fork_step_takes_child_steps)
{
  char err[4096];
  char *argv[] = { "generate", "--spec", f.db, "--templates", f.templates, "--out", f.out, NULL };
  fixture_template(&f, "process/fork.jsonl",
                   "{\"id\": \"child\", \"quote\": \"Fork a child process.\", \"steps\": [{\"call\": \"fork\", \"bind\": \"pid\", "
                   "\"child\": [{\"call\": \"_exit\", \"args\": [7]}]}], \"expect\": [{\"type\": \"int\"}]}\n");
  cr_assert_eq(fixture_run(&f, 7, argv, err, sizeof err), OSC_EXIT_OK, "%s", err);
  json_t *cases = fixture_cases(&f);
  json_t *c = fixture_case(cases, "fork/child");
  cr_assert_not_null(c);
  json_t *child = json_object_get(json_array_get(json_object_get(c, "steps"), 0), "child");
  cr_assert_eq(json_array_size(child), 1);
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(child, 0), "call")), "_exit");
  json_decref(cases);
  fixture_template(&f, "process/fork.jsonl",
                   "{\"id\": \"child\", \"quote\": \"Fork a child process.\", \"steps\": [{\"call\": \"fork\", \"child\": []}], \"expect\": [{\"type\": \"int\"}]}\n");
  cr_assert_eq(fixture_run(&f, 7, argv, err, sizeof err), OSC_EXIT_INPUT);
  cr_assert_not_null(strstr(err, "'child' must be a non-empty list of steps"), "%s", err);
  fixture_template(&f, "process/fork.jsonl",
                   "{\"id\": \"child\", \"quote\": \"Fork a child process.\", \"steps\": [{\"call\": \"fork\", \"child\": [{\"cal\": \"_exit\"}]}], \"expect\": [{\"type\": \"int\"}]}\n");
  cr_assert_eq(fixture_run(&f, 7, argv, err, sizeof err), OSC_EXIT_INPUT);
  cr_assert_not_null(strstr(err, "unknown step key 'cal'"), "%s", err);
}

static const char *since_of(json_t *cases, const char *object)
{
  for (size_t i = 1; i < json_array_size(cases); i++) {
    json_t *c = json_array_get(cases, i);
    if (strcmp(str(c, "object"), object) == 0)
      return json_string_value(json_object_get(c, "since"));
  }
  cr_assert_fail("no case of %s", object);
  return NULL;
}

/* Each case carries the version its object appeared in: its versionadded
 * (the oldest of several, as numbers: 3.9 before 3.10), else its parent's,
 * else the oldest document that has the name. */
Test(generate, every_case_says_since_when_its_object_is_documented)
{
  fixture_template(&f, "files/mkdir.jsonl", good_template);
  cr_assert_eq(fixture_generate(&f, "3.14", NULL, 0), OSC_EXIT_OK);
  json_t *cases = fixture_cases(&f);
  cr_expect_str_eq(since_of(cases, "sendfile"), "3.3");
  cr_expect_str_eq(since_of(cases, "stat_result"), "3.9");
  cr_expect_str_eq(since_of(cases, "stat_result.st_mode"), "3.9");
  cr_expect_str_eq(since_of(cases, "mkdir"), "3.8");
  cr_expect_str_eq(since_of(cases, "O_RDONLY"), "3.14");
  json_decref(cases);
}

static json_t *case_by_id(json_t *cases, const char *id)
{
  for (size_t i = 1; i < json_array_size(cases); i++)
    if (strcmp(str(json_array_get(cases, i), "id"), id) == 0)
      return json_array_get(cases, i);
  return NULL;
}

/* scandir.close is a method of the iterator scandir returns: its existence
 * is looked up there, and it has no name to introspect a signature by. */
Test(generate, a_method_of_what_a_function_returns_is_looked_up_there)
{
  fixture_template(&f, "files/mkdir.jsonl", good_template);
  cr_assert_eq(fixture_generate(&f, "3.14", NULL, 0), OSC_EXIT_OK);
  json_t *cases = fixture_cases(&f);
  json_t *c = case_by_id(cases, "exists/scandir.close");
  cr_assert_not_null(c);
  json_t *steps = json_object_get(c, "steps");
  cr_assert_eq(json_array_size(steps), 2);
  cr_expect_str_eq(str(json_array_get(steps, 0), "call"), "scandir");
  cr_expect_str_eq(str(json_array_get(steps, 1), "hasattr"), "close");
  cr_expect_str_eq(str(json_object_get(json_array_get(steps, 1), "on"), "ref"), "owner");
  cr_expect_null(case_by_id(cases, "sig/scandir.close"));
  cr_expect_not_null(case_by_id(cases, "sig/scandir"));
  json_decref(cases);
}
