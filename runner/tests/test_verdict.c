/* From case and outcome to verdict: every verdict, and the order of the questions. */
#include <string.h>
#include <criterion/criterion.h>
#include "../verdict.h"

static osc_judgement judge_with(const char *kase, const char *outcome, osc_avail avail,
                                bool on_reference, const char *reference)
{
  json_t *k = json_loads(kase, 0, NULL), *o = json_loads(outcome, 0, NULL);
  json_t *ref = reference ? json_loads(reference, 0, NULL) : NULL;
  cr_assert(k && o && (ref || !reference), "bad test JSON");
  osc_judge_in in = {k, o, avail, "the target did not report the fact libc", on_reference,
                     reference != NULL, ref, NULL, NULL, NULL, NULL};
  osc_judgement j;
  osc_judge(&in, &j);
  json_decref(k);
  json_decref(o);
  json_decref(ref);
  return j;
}

static osc_verdict judge(const char *kase, const char *outcome, osc_avail avail)
{
  osc_judgement j = judge_with(kase, outcome, avail, false, NULL);
  free(j.expected);
  return j.verdict;
}

#define EXISTS "{\"id\": \"exists/mkdir\", \"object\": \"mkdir\", \"kind\": \"existence\", \"steps\": [{\"hasattr\": \"mkdir\"}], \"expect\": [{\"present\": true}]}"
#define PRESENT "{\"id\": \"exists/mkdir\", \"steps\": [{\"value\": true, \"type\": \"bool\"}]}"
#define ABSENT "{\"id\": \"exists/mkdir\", \"steps\": [{\"value\": false, \"type\": \"bool\"}]}"

Test(verdict, existence_is_claim_against_presence)
{
  cr_expect_eq(judge(EXISTS, PRESENT, OSC_AVAILABLE), OSC_PASS);
  cr_expect_eq(judge(EXISTS, ABSENT, OSC_AVAILABLE), OSC_MISSING);
  cr_expect_eq(judge(EXISTS, PRESENT, OSC_ABSENT), OSC_UNEXPECTED);
  cr_expect_eq(judge(EXISTS, ABSENT, OSC_ABSENT), OSC_UNSUPPORTED);
  osc_judgement j = judge_with(EXISTS, PRESENT, OSC_UNKNOWN, false, NULL);
  cr_expect_eq(j.verdict, OSC_SKIP);
  cr_expect(strstr(j.reason, "libc") && strstr(j.reason, "observed present"), "%s", j.reason);
  free(j.expected);
}

#define MKDIR_EXISTS "{\"id\": \"mkdir/existing\", \"object\": \"mkdir\", \"kind\": \"behaviour\", " \
  "\"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"]}], \"expect\": [{\"raises\": \"FileExistsError\", \"errno\": \"EEXIST\"}], " \
  "\"check\": [{\"op\": \"isdir\", \"path\": \"d\"}], \"compare\": \"doc\"}"

Test(verdict, behaviour_against_the_doc)
{
  const char *raised = "{\"id\": \"mkdir/existing\", \"steps\": [{\"raises\": \"FileExistsError\", \"errno\": \"EEXIST\", \"mro\": [\"FileExistsError\", \"OSError\"]}], \"checks\": [true]}";
  cr_expect_eq(judge(MKDIR_EXISTS, raised, OSC_AVAILABLE), OSC_PASS);
  const char *check_fails = "{\"id\": \"mkdir/existing\", \"steps\": [{\"raises\": \"FileExistsError\", \"errno\": \"EEXIST\", \"mro\": []}], \"checks\": [false]}";
  osc_judgement j = judge_with(MKDIR_EXISTS, check_fails, OSC_AVAILABLE, false, NULL);
  cr_expect_eq(j.verdict, OSC_FAIL);
  cr_expect(strstr(j.reason, "isdir"), "%s", j.reason);
  cr_expect(j.expected && strncmp(j.expected, "{\"expect\":[{\"raises\":", 21) == 0 && strstr(j.expected, ",\"check\":[{"),
            "a FAIL records what was expected: %s", j.expected);
  free(j.expected);
  const char *returned = "{\"id\": \"mkdir/existing\", \"steps\": [{\"value\": null, \"type\": \"NoneType\"}], \"checks\": [true]}";
  cr_expect_eq(judge(MKDIR_EXISTS, returned, OSC_AVAILABLE), OSC_FAIL);
}

Test(verdict, missing_name_stub_and_setup_error)
{
  const char *missing = "{\"id\": \"mkdir/existing\", \"steps\": [{\"missing\": \"mkdir\"}], \"checks\": [false]}";
  cr_expect_eq(judge(MKDIR_EXISTS, missing, OSC_AVAILABLE), OSC_MISSING);
  cr_expect_eq(judge(MKDIR_EXISTS, missing, OSC_ABSENT), OSC_UNSUPPORTED);
  cr_expect_eq(judge(MKDIR_EXISTS, missing, OSC_UNKNOWN), OSC_SKIP);
  const char *nie = "{\"id\": \"mkdir/existing\", \"steps\": [{\"raises\": \"NotImplementedError\", \"mro\": [\"NotImplementedError\", \"RuntimeError\"]}], \"checks\": [true]}";
  cr_expect_eq(judge(MKDIR_EXISTS, nie, OSC_AVAILABLE), OSC_STUB);
  const char *enosys = "{\"id\": \"mkdir/existing\", \"steps\": [{\"raises\": \"OSError\", \"errno\": \"ENOSYS\", \"mro\": []}], \"checks\": [true]}";
  cr_expect_eq(judge(MKDIR_EXISTS, enosys, OSC_AVAILABLE), OSC_STUB);
  cr_expect_eq(judge(MKDIR_EXISTS, "{\"id\": \"mkdir/existing\", \"setup_error\": \"EACCES\"}", OSC_AVAILABLE), OSC_ERROR);
  cr_expect_eq(judge(MKDIR_EXISTS, "{\"id\": \"mkdir/existing\", \"steps\": []}", OSC_AVAILABLE), OSC_ERROR,
               "one result per step");
}

Test(verdict, enosys_is_no_stub_where_the_doc_expects_it)
{
  const char *kase = "{\"id\": \"x/enosys\", \"object\": \"x\", \"kind\": \"behaviour\", \"steps\": [{\"call\": \"x\"}], "
                     "\"expect\": [{\"raises\": \"OSError\", \"errno\": \"ENOSYS\"}]}";
  const char *enosys = "{\"id\": \"x/enosys\", \"steps\": [{\"raises\": \"OSError\", \"errno\": \"ENOSYS\", \"mro\": []}]}";
  cr_expect_eq(judge(kase, enosys, OSC_AVAILABLE), OSC_PASS);
}

Test(verdict, speculative_cases_are_observed_without_a_verdict)
{
  const char *kase = "{\"id\": \"s/1\", \"object\": \"x\", \"kind\": \"speculative\", \"steps\": [{\"call\": \"x\"}], \"expect\": [{\"any\": true}]}";
  cr_expect_eq(judge(kase, "{\"id\": \"s/1\", \"steps\": [{\"value\": 3}]}", OSC_AVAILABLE), OSC_OBSERVED);
}

#define BY_REFERENCE "{\"id\": \"value/O_RDONLY\", \"object\": \"O_RDONLY\", \"kind\": \"value\", " \
  "\"steps\": [{\"getattr\": \"O_RDONLY\"}], \"expect\": [{\"type\": \"int\"}], \"compare\": \"reference\"}"
#define REF_OUTCOME "{\"id\": \"value/O_RDONLY\", \"steps\": [{\"value\": 0, \"type\": \"int\"}]}"

Test(verdict, compared_with_the_reference)
{
  osc_judgement j = judge_with(BY_REFERENCE, REF_OUTCOME, OSC_AVAILABLE, false, REF_OUTCOME);
  cr_expect_eq(j.verdict, OSC_PASS);
  free(j.expected);
  j = judge_with(BY_REFERENCE, "{\"id\": \"value/O_RDONLY\", \"steps\": [{\"value\": 1, \"type\": \"int\"}]}",
                 OSC_AVAILABLE, false, REF_OUTCOME);
  cr_expect_eq(j.verdict, OSC_FAIL);
  cr_expect(strstr(j.reason, "the reference value 0, the target value 1"), "%s", j.reason);
  free(j.expected);
  j = judge_with(BY_REFERENCE, REF_OUTCOME, OSC_AVAILABLE, false, NULL);
  cr_expect_eq(j.verdict, OSC_SKIP, "no reference run: SKIP with the reason");
  cr_expect(strstr(j.reason, "no reference run"), "%s", j.reason);
  free(j.expected);
}

Test(verdict, the_reference_itself_is_held_to_the_doc)
{
  osc_judgement j = judge_with(BY_REFERENCE, REF_OUTCOME, OSC_AVAILABLE, true, NULL);
  cr_expect_eq(j.verdict, OSC_PASS);
  free(j.expected);
  j = judge_with(BY_REFERENCE, "{\"id\": \"value/O_RDONLY\", \"steps\": [{\"value\": \"0\", \"type\": \"str\"}]}",
                 OSC_AVAILABLE, true, NULL);
  cr_expect_eq(j.verdict, OSC_FAIL, "a reference FAIL is a bug in the reference or the case");
  free(j.expected);
}

Test(verdict, names_round_trip)
{
  for (int v = 0; v < OSC_VERDICT_COUNT; v++) {
    osc_verdict back;
    cr_expect(osc_verdict_parse(osc_verdict_name((osc_verdict)v), &back));
    cr_expect_eq(back, (osc_verdict)v);
  }
  osc_verdict dummy;
  cr_expect_not(osc_verdict_parse("pass", &dummy), "verdicts are upper case");
}

Test(verdict, expectations_may_name_values_bound_by_earlier_steps)
{
  const char *kase = "{\"id\": \"getpid/stable\", \"object\": \"getpid\", \"kind\": \"behaviour\", "
                     "\"steps\": [{\"call\": \"getpid\", \"bind\": \"a\"}, {\"call\": \"getpid\"}], "
                     "\"expect\": [{\"type\": \"int\"}, {\"returns\": {\"ref\": \"a\"}}]}";
  cr_expect_eq(judge(kase, "{\"id\": \"getpid/stable\", \"steps\": [{\"value\": 42, \"type\": \"int\"}, "
                           "{\"value\": 42, \"type\": \"int\"}]}", OSC_AVAILABLE), OSC_PASS);
  cr_expect_eq(judge(kase, "{\"id\": \"getpid/stable\", \"steps\": [{\"value\": 42, \"type\": \"int\"}, "
                           "{\"value\": 43, \"type\": \"int\"}]}", OSC_AVAILABLE), OSC_FAIL);
  cr_expect_eq(judge(kase, "{\"id\": \"getpid/stable\", \"steps\": [{\"raises\": \"OSError\", \"mro\": []}, "
                           "{\"value\": 43, \"type\": \"int\"}]}", OSC_AVAILABLE), OSC_FAIL,
               "a step that raised bound nothing");
}

Test(verdict, a_forked_child_that_died_and_a_check_that_cannot_be_evaluated)
{
  cr_expect_eq(judge(MKDIR_EXISTS, "{\"id\": \"mkdir/existing\", \"crashed\": \"was killed by signal 11\"}",
                     OSC_AVAILABLE), OSC_CRASH);
  const char *unavailable = "{\"id\": \"mkdir/existing\", \"steps\": [{\"raises\": \"FileExistsError\", "
                            "\"errno\": \"EEXIST\", \"mro\": []}], \"checks\": [{\"unavailable\": \"no lstat\"}]}";
  osc_judgement j = judge_with(MKDIR_EXISTS, unavailable, OSC_AVAILABLE, false, NULL);
  cr_expect_eq(j.verdict, OSC_SKIP);
  cr_expect(strstr(j.reason, "no lstat"), "%s", j.reason);
  free(j.expected);
}

/* The version the target implements (the hello's language_version). */
static osc_judgement judge_at(const char *kase, const char *outcome, const char *language_version)
{
  json_t *k = json_loads(kase, 0, NULL), *o = json_loads(outcome, 0, NULL);
  cr_assert(k && o, "bad test JSON");
  osc_judge_in in = {k, o, OSC_AVAILABLE, "", false, false, NULL, language_version, "linux", "linux", NULL};
  osc_judgement j;
  osc_judge(&in, &j);
  json_decref(k);
  json_decref(o);
  free(j.expected);
  return j;
}

#define EXISTS_SINCE(v) "{\"id\": \"exists/reload_environ\", \"object\": \"reload_environ\", \"kind\": \"existence\", " \
  "\"since\": \"" v "\", \"steps\": [{\"hasattr\": \"reload_environ\"}], \"expect\": [{\"present\": true}]}"
#define NAME_ABSENT "{\"id\": \"exists/reload_environ\", \"steps\": [{\"value\": false, \"type\": \"bool\"}]}"
#define NAME_PRESENT "{\"id\": \"exists/reload_environ\", \"steps\": [{\"value\": true, \"type\": \"bool\"}]}"

/* 3.11 lacks what 3.14 added: not yet in its version, never MISSING; 3.9
 * and 3.10 compare as numbers; what is there passes whatever the version. */
Test(verdict, newer_than_the_target_version_is_not_yet)
{
  osc_judgement j = judge_at(EXISTS_SINCE("3.14"), NAME_ABSENT, "3.11");
  cr_expect_eq(j.verdict, OSC_NOTYET);
  cr_expect(strstr(j.reason, "since Python 3.14") && strstr(j.reason, "implements 3.11") && strstr(j.reason, "MISSING"),
            "%s", j.reason);
  cr_expect_eq(judge_at(EXISTS_SINCE("3.14"), NAME_ABSENT, "3.14").verdict, OSC_MISSING);
  cr_expect_eq(judge_at(EXISTS_SINCE("3.10"), NAME_ABSENT, "3.9").verdict, OSC_NOTYET);
  cr_expect_eq(judge_at(EXISTS_SINCE("3.9"), NAME_ABSENT, "3.10").verdict, OSC_MISSING);
  cr_expect_eq(judge_at(EXISTS_SINCE("3.14"), NAME_PRESENT, "3.11").verdict, OSC_PASS);
  cr_expect_eq(judge_at(EXISTS_SINCE("3.14"), NAME_ABSENT, NULL).verdict, OSC_MISSING,
               "a target that says no version is judged by the doc");
}

#define UNSETENV "{\"id\": \"unsetenv/removes\", \"object\": \"unsetenv\", \"kind\": \"behaviour\", \"since\": \"3.1\", " \
  "\"steps\": [{\"call\": \"putenv\", \"args\": [\"K\", \"v\"]}, {\"call\": \"unsetenv\", \"args\": [\"K\"]}, " \
  "{\"call\": \"reload_environ\", \"args\": []}], \"expect\": [{\"any\": true}, {\"any\": true}, {\"any\": true}], \"compare\": \"doc\"}"

/* A name the case only uses (its setup or a helper step) that is missing
 * makes the case unaskable here: SKIP naming it. Its own subject missing
 * is MISSING; a member of the subject counts as the subject. */
Test(verdict, a_missing_helper_skips_and_names_it)
{
  const char *helper = "{\"id\": \"unsetenv/removes\", \"steps\": [{\"value\": null}, {\"value\": null}, {\"missing\": \"reload_environ\"}]}";
  osc_judgement j = judge_at(UNSETENV, helper, "3.11");
  cr_expect_eq(j.verdict, OSC_SKIP);
  cr_expect(strstr(j.reason, "os.reload_environ") && strstr(j.reason, "unsetenv"), "%s", j.reason);
  const char *subject = "{\"id\": \"unsetenv/removes\", \"steps\": [{\"value\": null}, {\"missing\": \"unsetenv\"}, {\"skipped\": \"x\"}]}";
  cr_expect_eq(judge_at(UNSETENV, subject, "3.11").verdict, OSC_MISSING);
  /* The target says the object is missing too: its absence is the verdict. */
  const char *both = "{\"id\": \"unsetenv/removes\", \"object_present\": false, \"steps\": [{\"value\": null},"
                     " {\"value\": null}, {\"missing\": \"reload_environ\"}]}";
  j = judge_at(UNSETENV, both, "3.11");
  cr_expect_eq(j.verdict, OSC_MISSING, "%s", j.reason);
  cr_expect(strstr(j.reason, "unsetenv is documented"), "%s", j.reason);
  const char *present = "{\"id\": \"unsetenv/removes\", \"object_present\": true, \"steps\": [{\"value\": null},"
                        " {\"value\": null}, {\"missing\": \"reload_environ\"}]}";
  cr_expect_eq(judge_at(UNSETENV, present, "3.11").verdict, OSC_SKIP);
  const char *setup = "{\"id\": \"unsetenv/removes\", \"setup_missing\": \"symlink\"}";
  j = judge_at(UNSETENV, setup, "3.11");
  cr_expect_eq(j.verdict, OSC_SKIP);
  cr_expect(strstr(j.reason, "os.symlink"), "%s", j.reason);
}

#define MEMBER "{\"id\": \"DirEntry.is_junction/x\", \"object\": \"DirEntry.is_junction\", \"kind\": \"behaviour\", " \
  "\"steps\": [{\"method\": \"is_junction\", \"on\": {\"ref\": \"e\"}}], \"expect\": [{\"returns\": false}], \"compare\": \"doc\"}"

Test(verdict, a_missing_member_of_the_subject_is_missing)
{
  const char *absent = "{\"id\": \"DirEntry.is_junction/x\", \"steps\": [{\"missing\": \"is_junction\"}]}";
  cr_expect_eq(judge_at(MEMBER, absent, "3.14").verdict, OSC_MISSING);
}

#define AVAIL_UNIX "{\"include\": [{\"platform\": \"Unix\"}], \"exclude\": [{\"platform\": \"WASI\"}], \"qualifiers\": []}"
#define AVAIL_SOME "{\"include\": [{\"platform\": \"Unix\"}], \"exclude\": [], \"qualifiers\": [\"some\"]}"
#define AVAIL_LINUX "{\"include\": [{\"platform\": \"Linux\", \"min_version\": \"3.17\"}], \"exclude\": [], \"qualifiers\": []}"
#define EXISTS_CLAIM(avail) "{\"id\": \"exists/chflags\", \"object\": \"chflags\", \"kind\": \"existence\", " \
  "\"availability\": " avail ", \"steps\": [{\"hasattr\": \"chflags\"}], \"expect\": [{\"present\": true}]}"
#define CHFLAGS_ABSENT "{\"id\": \"exists/chflags\", \"steps\": [{\"value\": false, \"type\": \"bool\"}]}"
#define REF_LACKS "{\"id\": \"exists/chflags\", \"steps\": [{\"value\": false, \"absent\": \"not in this libc (HAVE_CHFLAGS unset)\"}]}"
#define REF_NOT_YET_BUILT "{\"id\": \"exists/chflags\", \"steps\": [{\"value\": false}]}"

static osc_judgement judge_witnessed(const char *kase, const char *outcome, const char *witness)
{
  json_t *k = json_loads(kase, 0, NULL), *o = json_loads(outcome, 0, NULL);
  json_t *w = witness ? json_loads(witness, 0, NULL) : NULL;
  cr_assert(k && o && (w || !witness), "bad test JSON");
  osc_judge_in in = {k, o, OSC_AVAILABLE, "", false, true, NULL, "3.14", "linux", "linux", w};
  osc_judgement j;
  osc_judge(&in, &j);
  json_decref(k);
  json_decref(o);
  json_decref(w);
  free(j.expected);
  return j;
}

/* "Unix" means commonly found on Unix (AVAILABILITY.md): a name this
 * platform's C library lacks (the reference's probes are the witness) is a
 * platform note, not MISSING; a claim that names Linux is a promise here;
 * a hedged claim ("some Unix platforms") makes the name optional. */
Test(verdict, the_doc_reading_rules_decide_what_absence_means)
{
  osc_judgement j = judge_witnessed(EXISTS_CLAIM(AVAIL_UNIX), CHFLAGS_ABSENT, REF_LACKS);
  cr_expect_eq(j.verdict, OSC_UNSUPPORTED);
  cr_expect(strstr(j.reason, "platform note") && strstr(j.reason, "HAVE_CHFLAGS"), "%s", j.reason);
  cr_expect_eq(judge_witnessed(EXISTS_CLAIM(AVAIL_UNIX), CHFLAGS_ABSENT, NULL).verdict, OSC_MISSING,
               "no witness: the doc's claim stands");
  cr_expect_eq(judge_witnessed(EXISTS_CLAIM(AVAIL_UNIX), CHFLAGS_ABSENT, REF_NOT_YET_BUILT).verdict, OSC_MISSING,
               "a reference that lacks it for no platform reason is no witness");
  cr_expect_eq(judge_witnessed(EXISTS_CLAIM(AVAIL_LINUX), CHFLAGS_ABSENT, REF_LACKS).verdict, OSC_MISSING,
               "a claim that names this platform is a promise here");
  j = judge_witnessed(EXISTS_CLAIM(AVAIL_SOME), CHFLAGS_ABSENT, NULL);
  cr_expect_eq(j.verdict, OSC_UNSUPPORTED);
  cr_expect(strstr(j.reason, "hedged") && strstr(j.reason, "some"), "%s", j.reason);
}

#define EXISTS_ON "{\"id\": \"exists/scandir.close\", \"object\": \"scandir.close\", \"kind\": \"existence\", " \
  "\"steps\": [{\"call\": \"scandir\", \"args\": [], \"bind\": \"owner\"}, {\"hasattr\": \"close\", \"on\": {\"ref\": \"owner\"}}], " \
  "\"expect\": [{\"any\": true}, {\"present\": true}]}"

/* A member looked up on what a function returns: the last step decides;
 * when the function itself gave nothing, the case cannot be asked. */
Test(verdict, existence_on_what_a_function_returns)
{
  cr_expect_eq(judge(EXISTS_ON, "{\"id\": \"x\", \"steps\": [{\"value\": {\"opaque\": \"it\"}}, {\"value\": true}]}",
                     OSC_AVAILABLE), OSC_PASS);
  cr_expect_eq(judge(EXISTS_ON, "{\"id\": \"x\", \"steps\": [{\"value\": {\"opaque\": \"it\"}}, {\"value\": false}]}",
                     OSC_AVAILABLE), OSC_MISSING);
  osc_judgement j = judge_with(EXISTS_ON, "{\"id\": \"x\", \"steps\": [{\"missing\": \"scandir\"}, {\"skipped\": \"x\"}]}",
                               OSC_AVAILABLE, false, NULL);
  cr_expect_eq(j.verdict, OSC_SKIP);
  cr_expect(strstr(j.reason, "step 1"), "%s", j.reason);
  free(j.expected);
}

#define STRERROR_BOTH "{\"id\": \"strerror/eacces\", \"object\": \"strerror\", \"kind\": \"behaviour\", " \
  "\"steps\": [{\"call\": \"strerror\", \"args\": [13]}], \"expect\": [{\"type\": \"str\"}], \"compare\": \"%s\"}"

static osc_verdict judge_on(const char *compare, const char *platform)
{
  char kase[400];
  snprintf(kase, sizeof kase, STRERROR_BOTH, compare);
  json_t *k = json_loads(kase, 0, NULL);
  json_t *o = json_loads("{\"id\": \"x\", \"steps\": [{\"value\": \"Connection aborted\", \"type\": \"str\"}]}", 0, NULL);
  json_t *ref = json_loads("{\"steps\": [{\"value\": \"Permission denied\", \"type\": \"str\"}]}", 0, NULL);
  osc_judge_in in = {k, o, OSC_AVAILABLE, "", false, true, ref, "3.14", platform, "linux", NULL};
  osc_judgement j;
  osc_judge(&in, &j);
  json_decref(k);
  json_decref(o);
  json_decref(ref);
  free(j.expected);
  return j.verdict;
}

/* Error number 13 is EACCES on Linux, ECONNABORTED under Emscripten: a
 * Linux reference witnesses Linux targets only. */
Test(verdict, the_reference_witnesses_its_own_platform)
{
  cr_expect_eq(judge_on("both", "linux"), OSC_FAIL);
  cr_expect_eq(judge_on("both", "emscripten"), OSC_PASS, "judged by the doc alone");
  cr_expect_eq(judge_on("reference", "emscripten"), OSC_SKIP);
}

static osc_verdict judge_absent_on(const char *avail, const char *platform)
{
  json_t *k = json_loads(EXISTS_CLAIM(AVAIL_UNIX), 0, NULL);
  if (avail)
    json_object_set_new(k, "availability", json_loads(avail, 0, NULL));
  json_t *o = json_loads(CHFLAGS_ABSENT, 0, NULL);
  osc_judge_in in = {k, o, OSC_AVAILABLE, "", false, false, NULL, "3.14", platform, "linux", NULL};
  osc_judgement j;
  osc_judge(&in, &j);
  json_decref(k);
  json_decref(o);
  free(j.expected);
  return j.verdict;
}

/* os.rst: "On WebAssembly platforms, Android and iOS, large parts of the os
 * module are not available": there, a name claimed only for a group is
 * optional; a claim that names the platform is still a promise. */
Test(verdict, webassembly_and_mobile_platforms_have_part_of_os)
{
  cr_expect_eq(judge_absent_on(NULL, "emscripten"), OSC_UNSUPPORTED);
  cr_expect_eq(judge_absent_on(NULL, "webassembly"), OSC_UNSUPPORTED);
  cr_expect_eq(judge_absent_on(NULL, "linux"), OSC_MISSING);
  cr_expect_eq(judge_absent_on("{\"include\": [{\"platform\": \"Emscripten\"}], \"exclude\": [], \"qualifiers\": []}",
                               "emscripten"), OSC_MISSING);
}

#define CHDIR_FILE(quote) "{\"id\": \"chdir/file\", \"object\": \"chdir\", \"kind\": \"behaviour\", " \
  "\"claim_text\": \"" quote "\", \"steps\": [{\"call\": \"chdir\", \"args\": [\"f\"]}], " \
  "\"expect\": [{\"raises\": \"NotADirectoryError\", \"errno\": \"ENOTDIR\"}], \"compare\": \"doc\"}"
#define PLAIN_OSERROR "{\"id\": \"chdir/file\", \"steps\": [{\"raises\": \"OSError\", \"errno\": \"ENOTDIR\", \"mro\": [\"OSError\"]}]}"

/* Which OSError subclass an errno comes as is exceptions.rst's rule: a case
 * whose sentence does not name the subclass asks for OSError and the errno. */
Test(verdict, the_subclass_is_asked_for_only_where_the_sentence_names_it)
{
  cr_expect_eq(judge(CHDIR_FILE("This function can raise OSError and subclasses."), PLAIN_OSERROR, OSC_AVAILABLE),
               OSC_PASS);
  cr_expect_eq(judge(CHDIR_FILE("If it is a file, NotADirectoryError is raised."), PLAIN_OSERROR, OSC_AVAILABLE),
               OSC_FAIL);
  cr_expect_eq(judge(CHDIR_FILE("This function can raise OSError."),
                     "{\"id\": \"x\", \"steps\": [{\"raises\": \"OSError\", \"errno\": \"EACCES\", \"mro\": [\"OSError\"]}]}",
                     OSC_AVAILABLE), OSC_FAIL, "the errno still counts");
}

/* A helper that fails before the case reaches its object (posix_openpt in
 * a case about ptsname, on a platform with no ptys) leaves the object
 * untested: SKIP naming the helper. A failure after the object ran stays
 * the object's. */
Test(verdict, a_helper_failing_before_the_subject_is_no_verdict_on_it)
{
  const char *kase = "{\"id\": \"ptsname/master\", \"object\": \"ptsname\", \"kind\": \"behaviour\","
                     " \"steps\": [{\"call\": \"posix_openpt\", \"args\": [2], \"bind\": \"m\"},"
                     " {\"call\": \"ptsname\", \"args\": [{\"ref\": \"m\"}]}, {\"call\": \"close\", \"args\": [{\"ref\": \"m\"}]}],"
                     " \"expect\": [{\"type\": \"int\"}, {\"type\": \"str\"}, {\"returns\": null}]}";
  const char *no_pty = "{\"id\": \"ptsname/master\", \"steps\": [{\"raises\": \"FileNotFoundError\", \"errno\": \"ENOENT\","
                       " \"mro\": [\"FileNotFoundError\", \"OSError\"]}, {\"skipped\": \"x\"}, {\"skipped\": \"x\"}]}";
  cr_expect_eq(judge(kase, no_pty, OSC_AVAILABLE), OSC_SKIP);
  const char *subject_fails = "{\"id\": \"ptsname/master\", \"steps\": [{\"value\": 3, \"type\": \"int\"},"
                              " {\"raises\": \"OSError\", \"errno\": \"ENOTTY\", \"mro\": [\"OSError\"]}, {\"skipped\": \"x\"}]}";
  cr_expect_eq(judge(kase, subject_fails, OSC_AVAILABLE), OSC_FAIL);
  const char *helper_after = "{\"id\": \"ptsname/master\", \"steps\": [{\"value\": 3, \"type\": \"int\"},"
                             " {\"value\": \"/dev/pts/1\", \"type\": \"str\"}, {\"raises\": \"OSError\", \"errno\": \"EBADF\","
                             " \"mro\": [\"OSError\"]}]}";
  cr_expect_eq(judge(kase, helper_after, OSC_AVAILABLE), OSC_FAIL, "after the subject ran, a helper's failure is its");
}

/* Introspection that differs from the doc is a note (OBSERVED), not a
 * failure: the calls are judged by calling (PyPy shows '/' where every call
 * takes keywords). */
Test(verdict, an_introspected_signature_that_differs_is_a_note)
{
  const char *kase = "{\"id\": \"sig/get_terminal_size\", \"object\": \"get_terminal_size\", \"kind\": \"signature\","
                     " \"steps\": [{\"signature\": \"get_terminal_size\"}], \"expect\": [{\"params\": [{\"name\": \"fd\","
                     " \"kind\": \"positional-only\", \"default\": \"STDOUT_FILENO\"}]}]}";
  const char *differs = "{\"id\": \"sig/get_terminal_size\", \"steps\": [{\"value\": [{\"name\": \"fd\", \"kind\":"
                        " \"positional-or-keyword\", \"default\": \"1\"}], \"type\": \"signature\"}]}";
  osc_judgement j = judge_with(kase, differs, OSC_AVAILABLE, false, NULL);
  cr_expect_eq(j.verdict, OSC_OBSERVED);
  cr_expect(strstr(j.reason, "introspection differs from the doc"), "%s", j.reason);
  free(j.expected);
}
