/* junit.xml parses (libxml2), with one <testcase> per case of each target
 * and verdicts mapped to failure, error, skipped. */
#include <criterion/criterion.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <stdlib.h>
#include <string.h>
#include "helpers.h"

static xmlDocPtr doc;
static size_t cases;

static void setup(void)
{
  struct osc_model *m = fixture_model(fixture("junit"));
  char *text = render(rpt_report_junit, m);
  for (size_t t = 0; t < m->ntargets; t++)
    cases += m->targets[t].ncases;
  doc = xmlReadMemory(text, (int)strlen(text), "junit.xml", NULL, XML_PARSE_NONET);
  cr_assert(doc, "junit.xml does not parse");
  free(text);
  rpt_model_free(m);
}

static void teardown(void)
{
  xmlFreeDoc(doc);
  xmlCleanupParser();
}

TestSuite(junit, .init = setup, .fini = teardown);

static int count(const char *xpath)
{
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)xpath, ctx);
  int n = r && r->nodesetval ? r->nodesetval->nodeNr : -1;
  xmlXPathFreeObject(r);
  xmlXPathFreeContext(ctx);
  return n;
}

static char *attr(const char *xpath, const char *name)
{
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)xpath, ctx);
  cr_assert(r && r->nodesetval && r->nodesetval->nodeNr == 1, "%s", xpath);
  xmlChar *v = xmlGetProp(r->nodesetval->nodeTab[0], (const xmlChar *)name);
  char *s = strdup((const char *)v);
  xmlFree(v);
  xmlXPathFreeObject(r);
  xmlXPathFreeContext(ctx);
  return s;
}

Test(junit, one_testcase_per_case)
{
  cr_assert_eq(count("/testsuites/testsuite"), 4);
  cr_assert_eq(count("//testcase"), (int)cases);
  cr_assert_eq(count("/testsuites/testsuite[@name='pyodide']/testcase"), 16);
}

Test(junit, verdicts_map_to_failure_error_skipped)
{
  /* pyodide: FAIL, MISSING, STUB fail; CRASH, TIMEOUT err; SKIP + 2 UNSUPPORTED skip. */
  const char *suite = "/testsuites/testsuite[@name='pyodide']";
  char xp[256];
  snprintf(xp, sizeof xp, "%s/testcase/failure", suite);
  cr_assert_eq(count(xp), 3);
  snprintf(xp, sizeof xp, "%s/testcase/error", suite);
  cr_assert_eq(count(xp), 2);
  snprintf(xp, sizeof xp, "%s/testcase/skipped", suite);
  cr_assert_eq(count(xp), 3);
  char *failures = attr(suite, "failures");
  cr_assert_str_eq(failures, "3");
  free(failures);
  char *type = attr("//testcase[@name='rmdir/removes' and ../@name='pyodide']/error", "type");
  cr_assert_str_eq(type, "CRASH");
  free(type);
}

Test(junit, a_failure_carries_expected_observed_and_replay)
{
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)
      "string(//testsuite[@name='pyodide']/testcase[@name='mkdir/mode']/failure)", ctx);
  const char *text = (const char *)r->stringval;
  cr_assert(strstr(text, "expected: [{\"returns\":null}]"), "%s", text);
  cr_assert(strstr(text, "observed: {\"steps\""), "%s", text);
  cr_assert(strstr(text, "replay: osconform run --target pyodide --filter 'mkdir/mode'"), "%s", text);
  xmlXPathFreeObject(r);
  xmlXPathFreeContext(ctx);
}
