/* Availability claims on sets of facts: available, absent, or unknown. */
#include <string.h>
#include <criterion/criterion.h>
#include "../avail.h"
#include "helpers.h"

static osc_platforms *vocab;

static void load(void)
{
  char err[300];
  vocab = osc_platforms_load(th_fixture("platforms.json"), err, sizeof err);
  cr_assert(vocab, "%s", err);
}

static void unload(void)
{
  osc_platforms_free(vocab);
}

static const char *linux_glibc =
  "{\"sys_platform\": \"linux\", \"uname_release\": \"6.1.0-18-amd64\", \"libc\": \"glibc\", \"libc_version\": \"2.36\"}";

static osc_avail eval(const char *expr, const char *facts, char *why)
{
  json_t *e = json_loads(expr, JSON_DECODE_ANY, NULL), *f = json_loads(facts, 0, NULL);
  cr_assert(e && f, "bad test JSON");
  char local[300];
  osc_avail a = osc_avail_eval(vocab, e, f, why ? why : local, 300);
  json_decref(e);
  json_decref(f);
  return a;
}

#define UNIX_NOT_WASI "{\"include\": [{\"platform\": \"Unix\"}], \"exclude\": [{\"platform\": \"WASI\"}]}"
#define LINUX_GLIBC "{\"include\": [{\"platform\": \"Linux\", \"min_version\": \"3.17\", \"libc\": \"glibc\", " \
                    "\"libc_min_version\": \"2.27\"}], \"exclude\": []}"

TestSuite(avail, .init = load, .fini = unload);

Test(avail, no_claim_is_available_everywhere)
{
  cr_expect_eq(eval("null", "{}", NULL), OSC_AVAILABLE);
}

Test(avail, groups_hold_on_their_members)
{
  cr_expect_eq(eval(UNIX_NOT_WASI, linux_glibc, NULL), OSC_AVAILABLE);
  cr_expect_eq(eval(UNIX_NOT_WASI, "{\"sys_platform\": \"wasi\"}", NULL), OSC_ABSENT);
  cr_expect_eq(eval(UNIX_NOT_WASI, "{\"sys_platform\": \"win32\"}", NULL), OSC_ABSENT);
  cr_expect_eq(eval("{\"include\": [{\"platform\": \"Unix\"}]}", "{\"sys_platform\": \"freebsd\"}", NULL),
               OSC_AVAILABLE, "FreeBSD is in BSD, which is in Unix");
}

Test(avail, kernel_and_libc_versions_must_both_hold)
{
  cr_expect_eq(eval(LINUX_GLIBC, linux_glibc, NULL), OSC_AVAILABLE);
  cr_expect_eq(eval(LINUX_GLIBC, "{\"sys_platform\": \"linux\", \"uname_release\": \"3.10.0\", \"libc\": \"glibc\", "
                                 "\"libc_version\": \"2.36\"}", NULL), OSC_ABSENT);
  cr_expect_eq(eval(LINUX_GLIBC, "{\"sys_platform\": \"linux\", \"uname_release\": \"6.1\", \"libc\": \"glibc\", "
                                 "\"libc_version\": \"2.17\"}", NULL), OSC_ABSENT);
  cr_expect_eq(eval(LINUX_GLIBC, "{\"sys_platform\": \"linux\", \"uname_release\": \"6.1\", \"libc\": \"musl\", "
                                 "\"libc_version\": \"1.2.3\"}", NULL), OSC_ABSENT);
  cr_expect_eq(eval(LINUX_GLIBC, "{\"sys_platform\": \"darwin\", \"uname_release\": \"23.1\"}", NULL), OSC_ABSENT);
}

Test(avail, a_missing_fact_is_unknown_never_a_guess)
{
  char why[300];
  cr_expect_eq(eval(LINUX_GLIBC, "{\"sys_platform\": \"linux\", \"libc\": \"glibc\", \"libc_version\": \"2.36\"}", why),
               OSC_UNKNOWN);
  cr_expect(strstr(why, "uname_release"), "%s", why);
  cr_expect_eq(eval(LINUX_GLIBC, "{\"sys_platform\": \"linux\", \"uname_release\": \"6.1\"}", why), OSC_UNKNOWN);
  cr_expect(strstr(why, "libc"), "%s", why);
  cr_expect_eq(eval(UNIX_NOT_WASI, "{}", why), OSC_UNKNOWN, "no sys_platform");
  cr_expect_eq(eval(UNIX_NOT_WASI, "{\"sys_platform\": \"webassembly\"}", why), OSC_UNKNOWN,
               "a platform the vocabulary does not know");
  cr_expect(strstr(why, "'webassembly' is not in"), "%s", why);
  cr_expect_eq(eval("{\"include\": [{\"platform\": \"Plan 9\"}]}", linux_glibc, why), OSC_UNKNOWN);
  cr_expect(strstr(why, "Plan 9"), "%s", why);
}

Test(avail, a_fact_already_decisive_needs_no_more)
{
  /* Windows fails on the platform alone: the missing version does not matter. */
  cr_expect_eq(eval("{\"include\": [{\"platform\": \"Windows\", \"min_version\": \"10\"}]}",
                    "{\"sys_platform\": \"linux\"}", NULL), OSC_ABSENT);
  /* One include clause that holds is enough, whatever the others. */
  cr_expect_eq(eval("{\"include\": [{\"platform\": \"Linux\", \"min_version\": \"3.17\"}, {\"platform\": \"Unix\"}]}",
                    "{\"sys_platform\": \"linux\"}", NULL), OSC_AVAILABLE);
}

Test(avail, aliases_and_exclusions_alone)
{
  cr_expect_eq(eval("{\"include\": [{\"platform\": \"Mac OS X\"}]}", "{\"sys_platform\": \"darwin\"}", NULL), OSC_AVAILABLE);
  cr_expect_eq(eval("{\"include\": [], \"exclude\": [{\"platform\": \"WASI\"}]}", linux_glibc, NULL), OSC_AVAILABLE);
  cr_expect_eq(eval("{\"include\": [], \"exclude\": [{\"platform\": \"WASI\"}]}", "{\"sys_platform\": \"wasi\"}", NULL),
               OSC_ABSENT);
}

Test(avail, several_claims_are_a_conjunction)
{
  const char *both = "[{\"include\": [{\"platform\": \"Unix\"}]}, {\"include\": [{\"platform\": \"Linux\"}]}]";
  cr_expect_eq(eval(both, linux_glibc, NULL), OSC_AVAILABLE);
  cr_expect_eq(eval(both, "{\"sys_platform\": \"darwin\"}", NULL), OSC_ABSENT);
}

Test(avail, android_api_level_as_a_number)
{
  const char *claim = "{\"include\": [{\"platform\": \"Android\", \"min_version\": \"31\", \"api_level\": \"build-time\"}]}";
  cr_expect_eq(eval(claim, "{\"sys_platform\": \"android\", \"android_api_level\": 33}", NULL), OSC_AVAILABLE);
  cr_expect_eq(eval(claim, "{\"sys_platform\": \"android\", \"android_api_level\": 24}", NULL), OSC_ABSENT);
  cr_expect_eq(eval(claim, "{\"sys_platform\": \"android\"}", NULL), OSC_UNKNOWN);
}

Test(avail, a_bad_vocabulary_file_is_named)
{
  char err[300];
  cr_expect_null(osc_platforms_load("/nonexistent/platforms.json", err, sizeof err));
  cr_expect(strstr(err, "/nonexistent/platforms.json"), "%s", err);
  cr_expect_null(osc_platforms_from_json(json_loads("{\"version\": 1}", 0, NULL), err, sizeof err));
  cr_expect(strstr(err, "platforms"), "%s", err);
}

/* A vocabulary that is not one (empty, cyclic, mistyped, a dangling alias)
 * is refused naming the field: it must never turn hundreds of cases into
 * SKIP with an exit status of 0. */
Test(avail, a_malformed_vocabulary_is_refused_naming_the_field)
{
  static const struct {
    const char *edit, *message;
  } faults[] = {
    {"{\"platforms\": {}}", "field platforms: is empty"},
    {"{\"platforms\": {\"Unix\": {\"kind\": \"group\", \"member_of\": [\"BSD\"]}}}",
     "field platforms.Unix.member_of: a cycle leads back to Unix"},
    {"{\"platforms\": {\"Unix\": {\"kind\": \"group\", \"members\": []}}}", "field platforms.Unix: unknown key"},
    {"{\"platforms\": {\"Linux\": {\"kind\": \"platform\", \"sys_platform\": \"linux\", \"uname_sysname\": [],"
     " \"version_fact\": null, \"member_of\": []}}}", "field platforms.Linux.sys_platform: expected array"},
    {"{\"platforms\": {\"Linux\": {\"kind\": \"platform\", \"sys_platform\": [\"linux\"], \"uname_sysname\": [],"
     " \"version_fact\": null, \"member_of\": [\"Linux\"]}}}", "field platforms.Linux.member_of[0]: \"Linux\" is not a group"},
    {"{\"aliases\": {\"OS X\": \"Darwin\"}}", "field aliases.OS X: \"Darwin\" is not a platform or group"},
    {"{\"version\": 2}", "field version: 2 is not 1"},
  };
  for (size_t i = 0; i < sizeof faults / sizeof *faults; i++) {
    json_t *doc = json_load_file(th_fixture("platforms.json"), 0, NULL), *edit = json_loads(faults[i].edit, 0, NULL);
    cr_assert(doc && edit);
    json_object_update_recursive(doc, edit);
    if (json_object_size(json_object_get(edit, "platforms")) == 0 && json_object_get(edit, "platforms"))
      json_object_set_new(doc, "platforms", json_object());
    json_decref(edit);
    char why[300];
    osc_platforms *p = osc_platforms_from_json(doc, why, sizeof why);
    cr_expect_null(p, "%s was accepted", faults[i].edit);
    osc_platforms_free(p);
    cr_expect(p || strstr(why, faults[i].message), "%s: %s", faults[i].edit, why);
  }
}
