/* Documentation issues from behaviour (doc_issues.c): a planted sentence
 * that the reference and CPython at the doc's version contradict the same
 * way is reported once, and no target that behaves like them is failed. */
#include <criterion/criterion.h>
#include <string.h>
#include "helpers.h"

static struct osc_model *m;

#define ROW(run, id, object, kind, claim, verdict, reason) \
  "(" run ", '" id "', '" object "', '" kind "', " claim ", '" verdict "', '[{\"returns\":null}]', " \
  "'{\"steps\":[{\"value\":1,\"type\":\"int\"}]}', '" reason "', NULL, 10, 'replay')"

/* A difference that holds a value the case bound ({"ref": "pid"}): the
 * child's pid differs from run to run, the difference does not. */
#define PID_TEXT(pid) "step 2: expected value {\"tuple\":[" pid ",256]}, got value {\"tuple\":[" pid ",768]}"
#define PID_REASON(pid) "'" PID_TEXT(pid) "'"

/* The fixture's reference (run 2) fails mkdir/mode as CPython 3.14 does; a
 * CPython 3.13 is no witness; PyPy fails one of them the same way and
 * another one its own way. */
static void setup(void)
{
  const char *dir = fixture("doc-issues");
  char *db = path_in(dir, "results.db");
  sql(db,
      "UPDATE outcomes SET verdict = 'FAIL', reason = " PID_REASON("109")
      " WHERE run_id = 2 AND case_id = 'mkdir/mode';"
      "INSERT INTO runs VALUES"
      " (6, 'cpython3.14', 'cpython', '3.14.10', '{\"sys_platform\":\"linux\",\"language_version\":\"3.14\"}',"
      "  'ci-linux', '3.14', 'c', '2026-01-03T00:00:00Z', '2026-01-03T00:00:01Z', 3),"
      " (7, 'cpython3.13', 'cpython', '3.13.18', '{\"sys_platform\":\"linux\",\"language_version\":\"3.13\"}',"
      "  'ci-linux', '3.14', 'c', '2026-01-03T00:01:00Z', '2026-01-03T00:01:01Z', 3),"
      " (8, 'pypy3.11', 'pypy', '8.0.1', '{\"sys_platform\":\"linux\",\"language_version\":\"3.11\"}',"
      "  'ci-linux', '3.14', 'c', '2026-01-03T00:02:00Z', '2026-01-03T00:02:01Z', 3);"
      "INSERT INTO outcomes VALUES "
      ROW("6", "mkdir/mode", "mkdir", "behaviour", "'R-bbbbbbbbbb'", "FAIL", PID_TEXT("98")) ","
      ROW("6", "getcwd/type", "getcwd", "signature", "NULL", "FAIL", "step 1: parameter 0: expected name n, got status") ","
      ROW("6", "rmdir/removes", "rmdir", "behaviour", "'R-cccccccccc'", "FAIL", "step 1: expected value null, got value 1") ","
      ROW("7", "mkdir/mode", "mkdir", "behaviour", "'R-bbbbbbbbbb'", "PASS", "") ","
      ROW("8", "mkdir/mode", "mkdir", "behaviour", "'R-bbbbbbbbbb'", "FAIL", PID_TEXT("4021")) ","
      ROW("8", "getcwd/type", "getcwd", "signature", "NULL", "FAIL", "step 1: parameter 0: expected kind x, got y") ","
      ROW("8", "rmdir/removes", "rmdir", "behaviour", "'R-cccccccccc'", "FAIL", "step 1: expected value null, got value 1") ","
      ROW("6", "exists/fork", "fork", "existence", "NULL", "MISSING", "fork is documented as available here and is missing") ","
      ROW("8", "exists/fork", "fork", "existence", "NULL", "MISSING", "fork is documented as available here and is missing") ","
      ROW("6", "exists/lchmod", "lchmod", "existence", "NULL", "UNEXPECTED", "lchmod is present where its claim says it is not") ";");
  free(db);
  m = fixture_model(dir);
}

static void teardown(void)
{
  rpt_model_free(m);
}

TestSuite(doc_issues, .init = setup, .fini = teardown);

static const struct osc_case *case_of(const char *label, const char *id)
{
  for (size_t i = 0; i < m->ntargets; i++)
    if (strcmp(m->targets[i].label, label) == 0)
      return rpt_target_find(&m->targets[i], id);
  cr_assert_fail("no target %s", label);
  return NULL;
}

Test(doc_issues, a_sentence_the_reference_and_cpython_contradict_is_reported_once)
{
  cr_assert_eq(m->ndoc_issues, 3, "mkdir/mode, getcwd/type and exists/lchmod: %zu", m->ndoc_issues);
  const struct osc_doc_issue *behaviour = NULL;
  for (size_t i = 0; i < m->ndoc_issues; i++)
    if (strcmp(m->doc_issues[i].object, "mkdir") == 0)
      behaviour = &m->doc_issues[i];
  cr_assert_not_null(behaviour);
  cr_expect_str_eq(behaviour->object, "mkdir");
  cr_expect_str_eq(behaviour->kind, "behaviour");
  cr_expect_str_eq(behaviour->claim, "R-bbbbbbbbbb");
  cr_expect_not_null(behaviour->sentence, "the sentence of the claim");
  cr_expect_str_eq(behaviour->witnesses, "cpython3.14");
}

Test(doc_issues, what_the_reference_gets_right_stays_a_failure)
{
  cr_expect_not(case_of("cpython3.14", "rmdir/removes")->doc_issue, "the reference passes rmdir/removes");
  cr_expect_not(case_of("pypy3.11", "rmdir/removes")->doc_issue);
}

Test(doc_issues, a_target_failing_the_same_way_is_not_failed_for_it)
{
  cr_expect(case_of("pypy3.11", "mkdir/mode")->doc_issue);
  cr_expect(case_of("cpython3.14", "getcwd/type")->doc_issue);
  cr_expect_not(case_of("pypy3.11", "getcwd/type")->doc_issue, "PyPy fails it its own way");
  cr_expect(case_of("reference", "mkdir/mode")->doc_issue);
  cr_expect_not(rpt_case_applicable(case_of("pypy3.11", "mkdir/mode")), "counted in no score");
}

/* fork's claim is "POSIX, not WASI, not iOS": a group, no promise for
 * Linux in particular. Absent from CPython at the doc's version too, it is
 * this platform's absence: a platform note everywhere, and no doc issue. */
Test(doc_issues, an_absence_under_a_group_claim_is_a_platform_note)
{
  cr_expect(case_of("cpython3.14", "exists/fork")->platform_note);
  cr_expect(case_of("pypy3.11", "exists/fork")->platform_note);
  cr_expect_not(case_of("pypy3.11", "exists/fork")->doc_issue);
  cr_expect_not(rpt_case_applicable(case_of("pypy3.11", "exists/fork")));
  for (size_t i = 0; i < m->ndoc_issues; i++)
    cr_expect_str_neq(m->doc_issues[i].object, "fork");
}

/* CPython at the doc's version has a name where the claim says it is not
 * (O_FSYNC, "macOS only", on Linux): the doc's, whatever the reference,
 * which is built to the doc, says. */
Test(doc_issues, a_name_cpython_has_against_its_claim_is_an_availability_issue)
{
  const struct osc_doc_issue *d = NULL;
  for (size_t i = 0; i < m->ndoc_issues; i++)
    if (strcmp(m->doc_issues[i].object, "lchmod") == 0)
      d = &m->doc_issues[i];
  cr_assert_not_null(d);
  cr_expect_str_eq(d->kind, "availability");
}
