/* The model and its scores on the fixture, against numbers worked out by
 * hand from reports/tests/fixture/results.sql. */
#include <criterion/criterion.h>
#include <string.h>
#include "helpers.h"

static struct osc_model *m;

static void setup(void)
{
  m = fixture_model(fixture("model"));
}

static void teardown(void)
{
  rpt_model_free(m);
}

TestSuite(model, .init = setup, .fini = teardown);

static const struct osc_target *target(const char *label)
{
  for (size_t i = 0; i < m->ntargets; i++)
    if (strcmp(m->targets[i].label, label) == 0)
      return &m->targets[i];
  cr_assert_fail("no target %s", label);
  return NULL;
}

static enum osc_status cell(const char *label, const char *object)
{
  int row = rpt_model_row(m, object);
  cr_assert_geq(row, 0, "no row %s", object);
  return target(label)->cells[row];
}

Test(model, keeps_the_latest_run_of_each_target_in_start_order)
{
  cr_assert_eq(m->ntargets, 4);
  cr_assert_str_eq(m->targets[0].label, "reference");
  cr_assert_str_eq(m->targets[0].version, "0.1");
  cr_assert_str_eq(m->targets[1].label, "python:/usr/bin/python3");
  cr_assert_str_eq(m->targets[2].label, "pyodide");
  cr_assert_null(m->targets[2].finished);
  cr_assert_str_eq(m->targets[3].label, "micropython");
  cr_assert_str_eq(m->targets[3].not_run, "node: command not found");
  cr_assert_eq(m->targets[3].ncases, 0);
  cr_assert_null(m->targets[0].not_run);
}

Test(model, one_row_per_documented_name_of_the_run_doc_sorted)
{
  static const char *const rows[] = { "O_CLOEXEC", "fork", "getcwd", "lchmod", "memfd_create",
    "mkdir", "rmdir", "startfile", "stat_result", "stat_result.st_mode" };
  cr_assert_eq(m->nobjects, 10);
  for (size_t i = 0; i < 10; i++)
    cr_assert_str_eq(m->objects[i].name, rows[i]);
  cr_assert_eq(rpt_model_row(m, "getcwdu"), -1, "a 3.8-only name is no row of a 3.14 run");
}

Test(model, counts_every_verdict_apart)
{
  const struct osc_target *p = target("pyodide");
  cr_assert_eq(p->ncases, 16);
  cr_assert_eq(p->counts[OSC_PASS], 6);
  cr_assert_eq(p->counts[OSC_CRASH], 1);
  cr_assert_eq(p->counts[OSC_TIMEOUT], 1);
  cr_assert_eq(p->counts[OSC_STUB], 1);
  cr_assert_eq(p->counts[OSC_UNEXPECTED], 1);
  cr_assert_eq(p->counts[OSC_UNSUPPORTED], 2);
  cr_assert_eq(p->counts[OSC_OBSERVED], 1);
}

Test(model, case_score_is_applicable_cases_passed)
{
  struct osc_ratio ref = target("reference")->all.cases;
  struct osc_ratio py = target("python:/usr/bin/python3")->all.cases;
  struct osc_ratio pyo = target("pyodide")->all.cases;
  cr_assert(ref.passed == 12 && ref.applicable == 12);
  cr_assert(py.passed == 9 && py.applicable == 13, "ERROR counts against: %d/%d", py.passed, py.applicable);
  cr_assert(pyo.passed == 6 && pyo.applicable == 11);
}

Test(model, object_score_weighs_each_object_once)
{
  const struct osc_target *py = target("python:/usr/bin/python3");
  cr_assert_eq(py->all.objects, 6);
  cr_assert_float_eq(py->all.object_mean, 100.0 * 4.25 / 6, 1e-9);
  cr_assert_float_eq(target("pyodide")->all.object_mean, 50.0, 1e-9);
  cr_assert_eq(py->all.status[OSC_ST_PASS], 3);
  cr_assert_eq(py->all.status[OSC_ST_PARTIAL], 2);
  cr_assert_eq(py->all.status[OSC_ST_MISSING], 1);
  cr_assert_eq(py->all.status[OSC_ST_NA], 2);
  cr_assert_eq(py->all.status[OSC_ST_UNTESTED], 2);
}

Test(model, claim_score_needs_every_citing_case_to_pass)
{
  struct osc_ratio py = target("python:/usr/bin/python3")->all.claims;
  struct osc_ratio pyo = target("pyodide")->all.claims;
  cr_assert(py.passed == 2 && py.applicable == 4);
  cr_assert(pyo.passed == 1 && pyo.applicable == 3);
}

Test(model, cells)
{
  cr_assert_eq(cell("reference", "mkdir"), OSC_ST_PASS);
  cr_assert_eq(cell("reference", "startfile"), OSC_ST_NA);
  cr_assert_eq(cell("reference", "stat_result"), OSC_ST_UNTESTED);
  cr_assert_eq(cell("python:/usr/bin/python3", "memfd_create"), OSC_ST_MISSING);
  cr_assert_eq(cell("python:/usr/bin/python3", "mkdir"), OSC_ST_PARTIAL);
  cr_assert_eq(cell("pyodide", "fork"), OSC_ST_MISSING);
  cr_assert_eq(cell("pyodide", "lchmod"), OSC_ST_NA, "UNEXPECTED is a divergence, not a failure");
}

Test(model, scores_per_doc_version_use_that_version_names)
{
  size_t v38 = strcmp(m->docs[0].version, "3.8") == 0 ? 0 : 1;
  cr_assert_str_eq(m->docs[v38].version, "3.8");
  struct osc_ratio py = target("python:/usr/bin/python3")->by_doc[v38].cases;
  cr_assert(py.passed == 8 && py.applicable == 9, "%d/%d", py.passed, py.applicable);
  cr_assert_eq(target("reference")->by_doc[v38].status[OSC_ST_UNTESTED], 1, "getcwdu");
}

/* Only CPython at the doc's version speaks for the doc: an older CPython's
 * gap is a version gap, another implementation's extra name an extension. */
Test(model, existence_and_contradictions)
{
  int memfd = rpt_model_row(m, "memfd_create"), lchmod = rpt_model_row(m, "lchmod");
  struct osc_existence e = rpt_existence_of(target("python:/usr/bin/python3"), memfd);
  cr_assert(e.predicted == OSC_PRESENT && e.observed == OSC_ABSENT);
  cr_assert_not(rpt_contradicts(target("python:/usr/bin/python3"), e), "a CPython of no known version");
  e = rpt_existence_of(target("pyodide"), lchmod);
  cr_assert(e.predicted == OSC_ABSENT && e.observed == OSC_PRESENT);
  cr_assert_not(rpt_contradicts(target("pyodide"), e), "another implementation's extension");
  e = rpt_existence_of(target("pyodide"), rpt_model_row(m, "fork"));
  cr_assert_not(rpt_contradicts(target("pyodide"), e), "another implementation's gap");
  cr_assert_eq(rpt_contradictions(m, NULL, 0), 0);
}

/* The same runs with python3 at 3.14, the doc's version: its lchmod where
 * the claim says not Linux contradicts the doc; its missing memfd_create
 * does once the reference lacks it the same way. */
Test(model, cpython_at_the_docs_version_contradicts, .init = NULL, .fini = NULL)
{
  const char *dir = fixture("contradictions");
  char *results = path_in(dir, "results.db");
  sql(results, "UPDATE runs SET platform = '{\"sys_platform\":\"linux\",\"language_version\":\"3.14\"}' WHERE id = 3;"
               "UPDATE outcomes SET verdict = 'UNEXPECTED' WHERE run_id = 3 AND case_id = 'exists/lchmod';"
               "UPDATE outcomes SET verdict = 'MISSING', reason = (SELECT reason FROM outcomes"
               " WHERE run_id = 3 AND case_id = 'exists/memfd_create')"
               " WHERE run_id = 2 AND case_id = 'exists/memfd_create'");
  free(results);
  struct osc_model *c = fixture_model(dir);
  struct rpt_contradiction found[4];
  cr_assert_eq(rpt_contradictions(c, found, 4), 2);
  cr_assert_str_eq(found[0].claim->object, "lchmod");
  cr_assert_str_eq(found[0].target->label, "python:/usr/bin/python3");
  cr_assert_str_eq(found[1].claim->object, "memfd_create");
  rpt_model_free(c);
}

Test(model, spec_coverage)
{
  struct osc_coverage c = rpt_coverage_of(m, "3.14");
  cr_assert(c.claims.passed == 4 && c.claims.applicable == 5);
  cr_assert(c.objects.passed == 3 && c.objects.applicable == 10);
}

Test(model, most_important_failures_one_per_object)
{
  const struct osc_case *top[5];
  size_t n = rpt_top_failures(m, target("pyodide"), top, 5);
  /* A crash or a hang first, then behaviour before absence (reports/README.md). */
  static const char *const want[] = { "rmdir/removes", "getcwd/type", "sys/mkdir/path/missing",
                                      "exists/fork" };
  cr_assert_eq(n, 4);
  for (size_t i = 0; i < n; i++)
    cr_assert_str_eq(top[i]->id, want[i]);
  n = rpt_top_failures(m, target("python:/usr/bin/python3"), top, 5);
  cr_assert_eq(n, 3);
  cr_assert_str_eq(top[0]->id, "memfd_create/returns-fd", "a wrong behaviour before an absence");
  cr_assert_str_eq(top[2]->id, "mkdir/mode", "a known divergence comes last");
}

Test(model, undocumented_names_get_a_row, .init = NULL, .fini = NULL)
{
  const char *dir = fixture("undocumented");
  char *results = path_in(dir, "results.db");
  sql(results, "INSERT INTO outcomes VALUES (3, 'exists/posix_spawn', 'posix_spawn',"
               " 'existence', NULL, 'PASS', NULL, NULL, NULL, NULL, 1, 'x')");
  struct osc_model *u = fixture_model(dir);
  int row = rpt_model_row(u, "posix_spawn");
  cr_assert_geq(row, 0);
  cr_assert_not(u->objects[row].documented);
  cr_assert_eq(u->targets[1].all.cases.applicable, 14);
  free(results);
  rpt_model_free(u);
}

Test(model, bad_inputs_name_the_file, .init = NULL, .fini = NULL)
{
  struct osc_model *b = rpt_model_new();
  const char *missing[] = { TEST_ROOT "/no-such.db" };
  cr_assert_eq(rpt_model_load_results(b, missing, 1), 3);
  const char *not_results[] = { "reports/tests/fixture/spec.sql" };
  cr_assert_eq(rpt_model_load_results(b, not_results, 1), 3);
  rpt_model_free(b);
}
