/* merge: runs from two hosts end up side by side in one matrix; merging a
 * file again adds nothing. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "helpers.h"
#include "../reports.h"

Test(merge, two_hosts_make_one_matrix)
{
  const char *dir = fixture("merge");
  char *a = path_in(dir, "results.db"), *b = path_in(dir, "other.db");
  char *merged = path_in(dir, "merged.db");
  char cmd[512];
  snprintf(cmd, sizeof cmd, "cp '%s' '%s'", a, b);
  cr_assert_eq(system(cmd), 0);
  sql(b, "UPDATE runs SET host = 'ci-macos', platform = '{\"sys_platform\":\"darwin\"}'");
  char *out;
  cr_assert_eq(run(osc_cmd_merge, &out, "merge", "--out", merged, a, b, NULL), 0);
  cr_assert(strstr(out, "2 files, 10 runs (0 already present)"), "%s", out);
  free(out);
  cr_assert_eq(run(osc_cmd_merge, &out, "merge", "--out", merged, merged, b, NULL), 0);
  cr_assert(strstr(out, "10 runs (5 already present)"), "%s", out);
  free(out);

  struct osc_model *m = rpt_model_new();
  const char *paths[] = { merged };
  cr_assert_eq(rpt_model_load_results(m, paths, 1), 0);
  rpt_model_finish(m);
  cr_assert_eq(m->ntargets, 8);
  bool mac = false;
  for (size_t t = 0; t < m->ntargets; t++)
    if (strcmp(m->targets[t].label, "pyodide@ci-macos") == 0)
      mac = strstr(m->targets[t].platform, "darwin") && m->targets[t].ncases == 16;
  cr_assert(mac, "the macOS host's pyodide run keeps its platform and cases");
  rpt_model_free(m);
  free(a);
  free(b);
  free(merged);
}

Test(merge, refuses_missing_inputs_and_misuse)
{
  const char *dir = fixture("merge-bad");
  char *merged = path_in(dir, "merged.db");
  cr_assert_eq(run(osc_cmd_merge, NULL, "merge", "--out", merged, TEST_ROOT "/nope.db", NULL), 3);
  cr_assert_eq(run(osc_cmd_merge, NULL, "merge", "--out", merged,
                   "reports/tests/fixture/spec.sql", NULL), 3);
  cr_assert_null(slurp(merged), "nothing written on failure");
  cr_assert_eq(run(osc_cmd_merge, NULL, "merge", merged, NULL), 2);
  free(merged);
}

/* A results.db is an artifact another job uploaded: SQL stored in its
 * schema (here an ATTACH that would create a file, planted through
 * writable_schema) is never executed; a view in place of a table is no
 * results database. */
Test(merge, an_input_schema_is_data_never_sql)
{
  const char *dir = fixture("merge-hostile");
  char *a = path_in(dir, "results.db"), *b = path_in(dir, "crafted.db"), *merged = path_in(dir, "merged.db");
  char *pwned = path_in(dir, "pwned.db");
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "cp '%s' '%s'", a, b);
  cr_assert_eq(system(cmd), 0);
  char plant[1200];
  snprintf(plant, sizeof plant,
           "PRAGMA writable_schema = ON;"
           "UPDATE sqlite_master SET sql = 'CREATE TABLE runs (id INTEGER PRIMARY KEY); ATTACH ''%s'' AS p;"
           " CREATE TABLE p.t (a)' WHERE name = 'runs' AND 0;"
           "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('view', 'v', 'v', 0,"
           " 'CREATE VIEW v AS SELECT 1; ATTACH ''%s'' AS p; CREATE TABLE p.t (a)');", pwned, pwned);
  sql(b, plant);
  char *out = NULL;
  int rc = run(osc_cmd_merge, &out, "merge", "--out", merged, b, NULL);
  free(out);
  cr_expect(slurp(pwned) == NULL, "no file created from an input's schema (merge exited %d)", rc);
  sql(a, "ALTER TABLE outcomes RENAME TO outcomes_t; CREATE VIEW outcomes AS SELECT * FROM outcomes_t");
  cr_expect_eq(run(osc_cmd_merge, NULL, "merge", "--out", merged, a, NULL), 3, "a view is no results table");
  free(a);
  free(b);
  free(merged);
  free(pwned);
}
