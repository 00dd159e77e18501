#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "expect.h"
#include "verdict.h"
#include "version.h"

static const char *const names[OSC_VERDICT_COUNT] = {
  "PASS", "FAIL", "MISSING", "UNEXPECTED", "UNSUPPORTED", "STUB",
  "SKIP", "ERROR", "CRASH", "TIMEOUT", "OBSERVED", "NOTYET", "XFAIL"};

const char *osc_verdict_name(osc_verdict v)
{
  return names[v];
}

bool osc_verdict_parse(const char *name, osc_verdict *out)
{
  for (int v = 0; v < OSC_VERDICT_COUNT; v++)
    if (strcmp(names[v], name) == 0) {
      *out = (osc_verdict)v;
      return true;
    }
  return false;
}

void osc_set_verdict(osc_verdict *verdict, char *reason, size_t len, osc_verdict v, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  *verdict = v;
  vsnprintf(reason, len, fmt, ap);
  va_end(ap);
}

#define judged OSC_VERDICT

/* The text of o, which it takes. */
static char *text_of(json_t *o)
{
  char *text = json_dumps(o, JSON_COMPACT);
  json_decref(o);
  return text;
}

/* The case's own object, or a member of it (DirEntry.is_dir, looked up on
 * the value of a step): what the case is about, not a helper it uses. */
static bool is_subject(const char *object, const char *name)
{
  size_t n = strlen(name), o = strlen(object);
  const char *dot = strchr(name, '.');
  return strcmp(object, name) == 0 || (o > n && object[o - n - 1] == '.' && strcmp(object + o - n, name) == 0) ||
         (dot && (size_t)(dot - name) == o && strncmp(name, object, o) == 0);
}

/* The claims of the case's availability, one object or a conjunction. */
#define each_claim(avail, i, claim) \
  for (size_t i = 0, n_ = json_is_array(avail) ? json_array_size(avail) : (avail != NULL); \
       i < n_ && ((claim) = json_is_array(avail) ? json_array_get(avail, i) : (avail)); i++)

/* A claim hedged in words ("some Unix platforms", "most flavors of Unix"):
 * the object is optional, so its absence is no failure (AVAILABILITY.md). */
static const char *hedge(const osc_judge_in *in)
{
  const json_t *avail = json_object_get(in->kase, "availability"), *claim;
  each_claim(avail, i, claim) {
    const char *q = json_string_value(json_array_get(json_object_get(claim, "qualifiers"), 0));
    if (q)
      return q;
  }
  return NULL;
}

/* True when a claim names the target's own platform ("Linux"), not only a
 * group it belongs to ("Unix", "POSIX"): then the doc promises it here. */
static bool names_the_platform(const osc_judge_in *in)
{
  const json_t *avail = json_object_get(in->kase, "availability"), *claim, *clause;
  size_t j;
  each_claim(avail, i, claim) json_array_foreach(json_object_get(claim, "include"), j, clause) {
    const char *p = json_string_value(json_object_get(clause, "platform"));
    if (p && in->sys_platform && strncasecmp(in->sys_platform, p, strlen(p)) == 0)
      return true;
  }
  return false;
}

/* Why this platform lacks the name, from the reference built here: its
 * feature probes found no such thing in the C library ("not in this libc
 * (HAVE_CHFLAGS unset)"). NULL when the reference has it, or lacks it for
 * another reason (not implemented yet). */
static const char *platform_lacks(const osc_judge_in *in)
{
  const json_t *step;
  size_t i;
  json_array_foreach(json_object_get(in->witness, "steps"), i, step) {
    const char *why = json_string_value(json_object_get(step, "absent"));
    if (why && strncmp(why, "not ", 4) == 0)
      return why;
  }
  return NULL;
}

/* Absent although the claim covers this platform: MISSING, unless the doc
 * does not promise it here after all. "Unix" means commonly found, not
 * promised on every Unix: where this platform's C library lacks the name
 * (the reference is the witness), its absence is a platform note. */
/* os.rst's introduction: "On WebAssembly platforms, Android and iOS, large
 * parts of the os module are not available or behave differently." A
 * sys.platform of those (MicroPython's WebAssembly port says "webassembly"). */
static bool partial_os_platform(const char *sys_platform)
{
  static const char *const partial[] = {"emscripten", "wasi", "webassembly", "android", "ios", NULL};
  for (const char *const *p = partial; sys_platform && *p; p++)
    if (strcmp(sys_platform, *p) == 0)
      return true;
  return false;
}

static void judge_absent_available(const osc_judge_in *in, const char *name, osc_judgement *out)
{
  bool named = names_the_platform(in);
  const char *q = hedge(in), *lacks = named ? NULL : platform_lacks(in);
  if (!named && partial_os_platform(in->sys_platform))
    judged(out, OSC_UNSUPPORTED, "platform note: %s is absent; its claim names a group, not %s, where the doc says "
           "large parts of os are not available", name, in->sys_platform);
  else if (q)
    judged(out, OSC_UNSUPPORTED, "platform note: %s is absent, and its claim is hedged (\"%s\"): optional here",
           name, q);
  else if (lacks)
    judged(out, OSC_UNSUPPORTED, "platform note: %s is absent; its claim names a group (Unix), not this platform, "
           "and this platform lacks it: %.150s (the reference built here)", name, lacks);
  else
    judged(out, OSC_MISSING, "%s is documented as available here and is missing", name);
}

/* A missing name: whether that was to be expected here decides the verdict.
 * A helper the case uses (not its subject) makes the case unaskable here. */
/* The target says the case's own object is absent too (a step named what
 * it lacks: FORMAT.md, "object_present"). */
static bool object_absent(const osc_judge_in *in)
{
  return json_is_false(json_object_get(in->outcome, "object_present"));
}

static void judge_absence(const osc_judge_in *in, const char *name, osc_judgement *out)
{
  const char *object = json_string_value(json_object_get(in->kase, "object"));
  /* A missing helper is no verdict on the object, unless the object is
   * missing as well: then the object's absence is the verdict. */
  if (object && !is_subject(object, name) && object_absent(in))
    name = object;
  if (object && !is_subject(object, name))
    judged(out, OSC_SKIP, "the case needs os.%.100s, which this target lacks, to test %.100s", name, object);
  else if (in->avail == OSC_AVAILABLE)
    judge_absent_available(in, name, out);
  else if (in->avail == OSC_ABSENT)
    judged(out, OSC_UNSUPPORTED, "%s is not documented for this platform and is absent", name);
  else
    judged(out, OSC_SKIP, "%s is missing, and its availability here is unknown: %s", name, in->avail_why);
}

static void judge_existence(const osc_judge_in *in, const json_t *steps, osc_judgement *out)
{
  /* The hasattr step is the last: steps before it make what it looks on. */
  size_t last = json_array_size(steps) ? json_array_size(steps) - 1 : 0;
  for (size_t i = 0; i < last; i++) {
    const json_t *step = json_array_get(steps, i);
    if (json_object_get(step, "raises") || json_object_get(step, "missing")) {
      char got[200];
      osc_describe_step(step, got, sizeof got);
      judged(out, OSC_SKIP, "step %zu, which makes what the name is looked up on, did not: %s", i + 1, got);
      return;
    }
  }
  const json_t *present = json_object_get(json_array_get(steps, last), "value");
  const char *object = json_string_value(json_object_get(in->kase, "object"));
  /* The name is a plain word: no JSON object (nor json_dumps) needed. */
  if (asprintf(&out->expected, "{\"availability\":\"%s\"}", osc_avail_name(in->avail)) < 0)
    out->expected = NULL;
  if (!json_is_boolean(present)) {
    judged(out, OSC_ERROR, "the hasattr step of an existence case gave no true/false value");
    return;
  }
  if (in->avail == OSC_UNKNOWN)
    judged(out, OSC_SKIP, "availability unknown: %s (observed %s)", in->avail_why,
           json_is_true(present) ? "present" : "absent");
  else if (json_is_true(present) && in->avail == OSC_AVAILABLE)
    judged(out, OSC_PASS, "%s is present", object);
  else if (json_is_true(present))
    judged(out, OSC_UNEXPECTED, "%s is present where its claim says it is not", object);
  else
    judge_absence(in, object, out);
}

/* STUB: the function is there but says it is not implemented, where the
 * case expected behaviour. */
static bool is_stub(const json_t *step, const json_t *expect)
{
  char eb[16];
  const char *e = osc_step_errno(step, eb, sizeof eb);
  bool stubby = osc_step_raises(step, "NotImplementedError") || (e && strcmp(e, "ENOSYS") == 0);
  if (!stubby || json_is_true(json_object_get(expect, "any")))
    return false;
  const char *want = json_string_value(json_object_get(expect, "raises"));
  const char *want_errno = json_string_value(json_object_get(expect, "errno"));
  return !(want && strcmp(want, "NotImplementedError") == 0) && !(want_errno && strcmp(want_errno, "ENOSYS") == 0);
}

static bool judge_checks(const json_t *kase, const json_t *outcome, osc_judgement *out)
{
  size_t want = json_array_size(json_object_get(kase, "check"));
  const json_t *checks = json_object_get(outcome, "checks");
  if (want && json_array_size(checks) != want) {
    judged(out, OSC_ERROR, "the outcome does not give one result per check");
    return false;
  }
  for (size_t i = 0; i < want; i++) {
    const char *unavailable = json_string_value(json_object_get(json_array_get(checks, i), "unavailable"));
    if (unavailable) {
      judged(out, OSC_SKIP, "the target cannot evaluate post-condition %zu: %.300s", i + 1, unavailable);
      return false;
    }
  }
  for (size_t i = 0; i < want; i++)
    if (!json_is_true(json_array_get(checks, i))) {
      char *op = json_dumps(json_array_get(json_object_get(kase, "check"), i), JSON_COMPACT);
      judged(out, OSC_FAIL, "post-condition %.200s does not hold", op);
      free(op);
      return false;
    }
  return true;
}

/* The values the steps bound, by name, as the target observed them. */
static json_t *bound_values(const json_t *kase, const json_t *steps)
{
  json_t *bound = json_object();
  size_t i;
  const json_t *step;
  json_array_foreach(json_object_get(kase, "steps"), i, step) {
    const char *name = json_string_value(json_object_get(step, "bind"));
    json_t *value = json_object_get(json_array_get(steps, i), "value");
    if (name && value)
      json_object_set(bound, name, value);
  }
  return bound;
}

static bool is_ref(const json_t *v)
{
  return json_is_string(json_object_get(v, "ref")) && json_object_size(v) == 1;
}

/* Whether v holds a {"ref": name} anywhere (most expectations do not). */
static bool has_ref(const json_t *v)
{
  size_t i;
  const char *key;
  json_t *item;
  if (is_ref(v))
    return true;
  json_array_foreach(v, i, item)
    if (has_ref(item))
      return true;
  json_object_foreach((json_t *)v, key, item)
    if (has_ref(item))
      return true;
  return false;
}

/* A copy of an expectation with each {"ref": name} replaced by the bound
 * value (a name that was never bound stays a ref, and then matches
 * nothing). Copied, never shared: the case's own values stay unwritten. */
static json_t *resolve_refs(const json_t *v, const json_t *bound)
{
  json_t *value = is_ref(v) ? json_object_get(bound, json_string_value(json_object_get(v, "ref"))) : NULL;
  if (value)
    return json_incref(value);
  json_t *copy = NULL;
  size_t i;
  const char *key;
  json_t *item;
  if (json_is_array(v)) {
    copy = json_array();
    json_array_foreach(v, i, item)
      json_array_append_new(copy, resolve_refs(item, bound));
  } else if (json_is_object(v)) {
    copy = json_object();
    json_object_foreach((json_t *)v, key, item)
      json_object_set_new(copy, key, resolve_refs(item, bound));
  }
  return copy ? copy : json_deep_copy(v);
}

/* NULL for NULL; most checks are empty, and json_dumps costs thousands of
 * instructions even for [] (it tracks every container it enters). */
static char *dump(const json_t *v)
{
  if (!v)
    return NULL;
  return json_is_array(v) && json_array_size(v) == 0 ? strdup("[]") : json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
}

/* {"expect": ..., "check": ...} as text, written from the case's own
 * values: a JSON object holding them would raise their reference counts,
 * and each such write copies a page that the workers share. */
static char *doc_expected(const json_t *kase)
{
  const json_t *expect = json_object_get(kase, "expect"), *check = json_object_get(kase, "check");
  char *e = dump(expect), *c = dump(check);
  char *text;
  if (asprintf(&text, "{%s%s%s%s%s}", e ? "\"expect\":" : "", e ? e : "", e && c ? "," : "",
               c ? "\"check\":" : "", c ? c : "") < 0)
    text = NULL;
  free(e);
  free(c);
  return text;
}

/* exceptions.rst, not os.rst, says which OSError subclass an errno comes
 * as: a case whose sentence does not name the subclass it expects asks for
 * OSError with that errno, which the subclass satisfies too. A copy, or
 * NULL when the expectation is the sentence's as it stands. */
static json_t *as_the_sentence_says(const json_t *want, const char *sentence)
{
  static const char *const subclasses[] = {
    "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError",
    "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "FileExistsError",
    "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
    "PermissionError", "ProcessLookupError", "TimeoutError", NULL};
  const char *cls = json_string_value(json_object_get(want, "raises"));
  for (const char *const *s = subclasses; cls && *s; s++)
    if (strcmp(cls, *s) == 0 && sentence && !strstr(sentence, cls)) {
      json_t *copy = json_copy((json_t *)want);
      json_object_set_new(copy, "raises", json_string("OSError"));
      return copy;
    }
  return NULL;
}

/* The name a step uses: the os function it calls or reads, the member it
 * calls or reads on a value; NULL for other steps. */
static const char *step_name(const json_t *step)
{
  static const char *const keys[] = {"call", "getattr", "hasattr", "signature", "method", "attr"};
  for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
    if (json_is_string(json_object_get(step, keys[k])))
      return json_string_value(json_object_get(step, keys[k]));
  return NULL;
}

/* The index of the first step about the case's own object, or SIZE_MAX. */
static size_t first_subject_step(const osc_judge_in *in)
{
  const char *object = json_string_value(json_object_get(in->kase, "object"));
  const json_t *step;
  size_t i;
  json_array_foreach(json_object_get(in->kase, "steps"), i, step) {
    const char *name = step_name(step);
    if (object && name && is_subject(object, name))
      return i;
  }
  return SIZE_MAX;
}

/* A helper that fails before the case's object is reached (posix_openpt,
 * where the case is about ptsname) leaves the object untested: the case
 * cannot be asked here, which is no verdict on the object. The helper's own
 * cases judge the helper. */
static bool helper_failed(const osc_judge_in *in, size_t i, const char *why, osc_judgement *out)
{
  const json_t *step = json_array_get(json_object_get(in->kase, "steps"), i);
  const char *helper = json_string_value(json_object_get(step, "call"));
  size_t subject = first_subject_step(in);
  if (!helper || subject == SIZE_MAX || i >= subject)
    return false;
  bool raised = json_object_get(json_array_get(json_object_get(in->outcome, "steps"), i), "raises") != NULL;
  judged(out, OSC_SKIP, "step %zu: os.%.60s, which prepares the test of %.60s, %s: %.200s", i + 1, helper,
         json_string_value(json_object_get(in->kase, "object")),
         raised ? "failed" : "did not give what the case needs", why);
  return true;
}

static bool judge_doc(const osc_judge_in *in, const json_t *steps, osc_judgement *out)
{
  const char *sentence = json_string_value(json_object_get(in->kase, "claim_text"));
  const json_t *expects = json_object_get(in->kase, "expect");
  out->expected = doc_expected(in->kase);
  json_t *bound = bound_values(in->kase, steps);
  bool ok = true;
  for (size_t i = 0; ok && i < json_array_size(expects); i++) {
    char why[300];
    json_t *literal = as_the_sentence_says(json_array_get(expects, i), sentence);
    const json_t *want = literal ? literal : json_array_get(expects, i);
    json_t *resolved = has_ref(want) ? resolve_refs(want, bound) : NULL;
    ok = osc_expect_holds(resolved ? resolved : want, json_array_get(steps, i), why, sizeof why);
    if (!ok && !helper_failed(in, i, why, out))
      judged(out, OSC_FAIL, "step %zu: %s", i + 1, why);
    json_decref(resolved);
    json_decref(literal);
  }
  json_decref(bound);
  return ok && judge_checks(in->kase, in->outcome, out);
}

/* Same as the reference: same class and errno where it raised, equal value where it returned. */
static bool same_step(const json_t *ref, const json_t *got, char *why, size_t len)
{
  char want[200], have[200];
  osc_describe_step(ref, want, sizeof want);
  osc_describe_step(got, have, sizeof have);
  bool same;
  if (json_object_get(ref, "raises"))
    same = strcmp(want, have) == 0;
  else if (json_object_get(ref, "value"))
    same = json_object_get(got, "value") && !json_object_get(got, "raises") &&
           osc_value_equal(json_object_get(ref, "value"), json_object_get(got, "value"));
  else
    same = json_equal(ref, got);
  if (!same)
    snprintf(why, len, "the reference %.150s, the target %.150s", want, have);
  return same;
}

/* The reference witnesses the platform it was built on: a target on
 * another (Pyodide on Emscripten, beside a Linux reference) has its own C
 * library's values and messages. */
static bool same_platform(const osc_judge_in *in)
{
  return !in->sys_platform || !in->reference_platform || !*in->reference_platform ||
         strcmp(in->sys_platform, in->reference_platform) == 0;
}

static bool judge_reference(const osc_judge_in *in, const json_t *steps, osc_judgement *out)
{
  if (!in->reference_known) {
    judged(out, OSC_SKIP, "compared with the reference, and results.db has no reference run (run --target reference first)");
    return false;
  }
  if (!same_platform(in)) {
    judged(out, OSC_SKIP, "compared with the reference, which witnesses %.40s, not %.40s", in->reference_platform,
           in->sys_platform);
    return false;
  }
  const json_t *ref_steps = json_object_get(in->reference, "steps");
  if (!in->reference || !json_is_array(ref_steps)) {
    judged(out, OSC_SKIP, "compared with the reference, which has no outcome for this case");
    return false;
  }
  free(out->expected);
  out->expected = text_of(json_pack("{s:O,s:O?}", "reference", ref_steps, "checks", json_object_get(in->reference, "checks")));
  for (size_t i = 0; i < json_array_size(ref_steps); i++) {
    const json_t *ref = json_array_get(ref_steps, i);
    if (json_object_get(ref, "missing")) {
      judged(out, OSC_SKIP, "the reference does not provide %s", json_string_value(json_object_get(ref, "missing")));
      return false;
    }
    char why[380];
    if (!same_step(ref, json_array_get(steps, i), why, sizeof why)) {
      judged(out, OSC_FAIL, "step %zu: %s", i + 1, why);
      return false;
    }
  }
  json_t *none = json_array();
  const json_t *want = json_object_get(in->reference, "checks"), *got = json_object_get(in->outcome, "checks");
  bool same = json_equal(want ? want : none, got ? got : none);  /* no checks is an empty list */
  json_decref(none);
  if (!same) {
    judged(out, OSC_FAIL, "the post-conditions differ from the reference's");
    return false;
  }
  return true;
}

/* The outcome names a missing name, a stub or an uninspectable signature:
 * each decides the verdict before any comparison. */
static bool judge_steps_shape(const osc_judge_in *in, const json_t *steps, osc_judgement *out)
{
  const json_t *expects = json_object_get(in->kase, "expect");
  for (size_t i = 0; i < json_array_size(steps); i++) {
    const json_t *step = json_array_get(steps, i);
    const json_t *missing = json_object_get(step, "missing");
    const json_t *value = json_object_get(step, "value");
    const json_t *unavailable = json_object_get(json_is_object(value) ? value : step, "unavailable");
    if (json_is_string(missing)) {
      judge_absence(in, json_string_value(missing), out);
      return false;
    }
    if (json_is_string(unavailable)) {
      judged(out, OSC_SKIP, "the target cannot introspect the signature: %s", json_string_value(unavailable));
      return false;
    }
    if (is_stub(step, json_array_get(expects, i))) {
      char got[200];
      osc_describe_step(step, got, sizeof got);
      judged(out, OSC_STUB, "step %zu: %s where the doc promises behaviour", i + 1, got);
      return false;
    }
  }
  return true;
}

static void judge(const osc_judge_in *in, osc_judgement *out);

/* Something newer than the Python version the target implements (the case's
 * `since`) that is absent or behaves otherwise is not a failure of that
 * implementation: it is not yet in its version. What passes stays PASS. */
static void judge_version(const osc_judge_in *in, osc_judgement *out)
{
  const char *since = json_string_value(json_object_get(in->kase, "since"));
  int cmp;
  if (out->verdict != OSC_FAIL && out->verdict != OSC_MISSING && out->verdict != OSC_STUB)
    return;
  if (!since || !in->language_version || !osc_version_compare(since, in->language_version, &cmp) || cmp <= 0)
    return;
  char was[sizeof out->reason];
  snprintf(was, sizeof was, "%s", out->reason);
  judged(out, OSC_NOTYET, "documented since Python %.20s; this target implements %.20s (otherwise %s: %.250s)",
         since, in->language_version, osc_verdict_name(out->verdict), was);
}

/* What introspection shows is a note, not a verdict on the implementation:
 * whether the documented calls work is judged by calling them (the
 * sys/FUNCTION/call/... and .../by-keyword cases), and an introspected
 * signature may differ from the calls it accepts (PyPy shows '/' where
 * every call takes keywords). */
static void judge_introspection(const osc_judge_in *in, osc_judgement *out)
{
  const char *kind = json_string_value(json_object_get(in->kase, "kind"));
  if (out->verdict != OSC_FAIL || !kind || strcmp(kind, "signature") != 0)
    return;
  char was[sizeof out->reason];
  snprintf(was, sizeof was, "%s", out->reason);
  judged(out, OSC_OBSERVED, "introspection differs from the doc (a note; the calls are judged by calling): %.300s",
         was);
}

/* A case waits for every process it starts (cases/FORMAT.md): one it left
 * behind, which the target then killed, fails the case. */
static bool judge_leftovers(const osc_judge_in *in, osc_judgement *out)
{
  const json_t *left = json_object_get(in->outcome, "left_processes");
  if (!json_is_integer(left) || json_integer_value(left) <= 0)
    return true;
  judged(out, OSC_FAIL, "the case left %lld process%s behind, which the target killed: a case waits "
         "for every process it starts", (long long)json_integer_value(left),
         json_integer_value(left) == 1 ? "" : "es");
  return false;
}

void osc_judge(const osc_judge_in *in, osc_judgement *out)
{
  judge(in, out);
  judge_introspection(in, out);
  judge_version(in, out);
}

static void judge(const osc_judge_in *in, osc_judgement *out)
{
  memset(out, 0, sizeof *out);
  const json_t *setup_error = json_object_get(in->outcome, "setup_error");
  const json_t *steps = json_object_get(in->outcome, "steps");
  const char *kind = json_string_value(json_object_get(in->kase, "kind"));
  const char *compare = json_string_value(json_object_get(in->kase, "compare"));
  if (!compare)
    compare = "doc";
  const json_t *crashed = json_object_get(in->outcome, "crashed");
  if (json_is_string(crashed)) {
    judged(out, OSC_CRASH, "the process the target forked for this case %.300s", json_string_value(crashed));
    return;
  }
  if (setup_error) {
    judged(out, OSC_ERROR, "setup failed: %.300s", json_string_value(setup_error) ?: "(no message)");
    return;
  }
  const char *setup_missing = json_string_value(json_object_get(in->outcome, "setup_missing"));
  if (setup_missing) {
    judged(out, OSC_SKIP, "the setup needs os.%.100s, which this target lacks", setup_missing);
    return;
  }
  if (!json_is_array(steps) || json_array_size(steps) != json_array_size(json_object_get(in->kase, "steps"))) {
    judged(out, OSC_ERROR, "the outcome does not give one result per step");
    return;
  }
  if (strcmp(kind, "existence") == 0) {
    judge_existence(in, steps, out);
    return;
  }
  if (!judge_steps_shape(in, steps, out))
    return;
  if (strcmp(kind, "speculative") == 0) {
    if (!judge_leftovers(in, out))
      return;
    judged(out, OSC_OBSERVED, "the doc leaves this to the platform; recorded without a verdict");
    return;
  }
  bool by_doc = strcmp(compare, "reference") != 0 || in->on_reference;
  /* "both" on another platform than the reference's: the doc alone. */
  bool by_ref = strcmp(compare, "doc") != 0 && !in->on_reference && (!by_doc || same_platform(in));
  if (by_doc && !judge_doc(in, steps, out))
    return;
  if (by_ref && !judge_reference(in, steps, out))
    return;
  if (!judge_leftovers(in, out))
    return;
  out->verdict = OSC_PASS;
}
