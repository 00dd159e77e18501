/* results.json validates against reports/schema/results.schema.json, and the
 * validator itself rejects what the schema forbids. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdlib.h>
#include "helpers.h"
#include "jsonschema.h"

static json_t *schema, *doc;

static void setup(void)
{
  json_error_t e;
  schema = json_load_file("reports/schema/results.schema.json", 0, &e);
  cr_assert(schema, "schema: %d: %s", e.line, e.text);
  struct osc_model *m = fixture_model(fixture("json"));
  char *text = render(rpt_report_json, m);
  doc = json_loads(text, 0, &e);
  cr_assert(doc, "results.json: %d: %s", e.line, e.text);
  free(text);
  rpt_model_free(m);
}

static void teardown(void)
{
  json_decref(schema);
  json_decref(doc);
}

TestSuite(json, .init = setup, .fini = teardown);

Test(json, results_validate_against_the_schema)
{
  char err[512];
  cr_assert_eq(schema_validate(schema, doc, err, sizeof err), 0, "%s", err);
}

Test(json, holds_every_case_of_every_target)
{
  json_t *targets = json_object_get(doc, "targets");
  cr_assert_eq(json_array_size(targets), 4);
  json_t *py = json_array_get(targets, 1);
  cr_assert_str_eq(json_string_value(json_object_get(py, "name")), "python:/usr/bin/python3");
  cr_assert_eq(json_array_size(json_object_get(py, "cases")), 16);
  json_t *counts = json_object_get(py, "counts");
  cr_assert_eq(json_integer_value(json_object_get(counts, "MISSING")), 1);
  json_t *platform = json_object_get(py, "platform");
  cr_assert_str_eq(json_string_value(json_object_get(platform, "libc")), "glibc");
}

Test(json, validator_rejects_a_missing_member)
{
  char err[512];
  json_t *broken = json_deep_copy(doc);
  json_object_del(json_array_get(json_object_get(broken, "targets"), 0), "counts");
  cr_assert_eq(schema_validate(schema, broken, err, sizeof err), -1);
  cr_assert(strstr(err, "/targets/0: lacks required member counts"), "%s", err);
  json_decref(broken);
}

Test(json, validator_rejects_an_unknown_verdict_and_extra_members)
{
  char err[512];
  json_t *broken = json_deep_copy(doc);
  json_t *c = json_array_get(json_object_get(json_array_get(json_object_get(broken, "targets"), 0), "cases"), 0);
  json_object_set_new(c, "verdict", json_string("GREEN"));
  cr_assert_eq(schema_validate(schema, broken, err, sizeof err), -1);
  cr_assert(strstr(err, "/targets/0/cases/0/verdict"), "%s", err);
  json_object_set_new(c, "verdict", json_string("PASS"));
  json_object_set_new(broken, "extra", json_true());
  cr_assert_eq(schema_validate(schema, broken, err, sizeof err), -1);
  json_decref(broken);
}

Test(json, validator_refuses_keywords_it_does_not_implement)
{
  char err[512];
  json_t *s = json_pack("{s:s}", "pattern", "^a"), *b = json_string("b");
  cr_assert_eq(schema_validate(s, b, err, sizeof err), -1);
  cr_assert(strstr(err, "unsupported keyword: pattern"), "%s", err);
  json_decref(s);
  json_decref(b);
}
