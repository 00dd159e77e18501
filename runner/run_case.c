#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"
#include "errnos.h"
#include "run.h"
#include "signals.h"
#include "prepare.h"
#include "util.h"

#define result OSC_VERDICT

void osc_case_result_free(osc_case_result *res)
{
  free(res->expected);
  free(res->observed);
  memset(res, 0, sizeof *res);
}

/* A requirement holds when the target lists it as a capability, or when its
 * facts show it: "posix" is os_name posix, "linux" is sys_platform linux,
 * or when the runner provides it (prepare.c).
 * "nonroot" must be listed: a target that cannot tell its effective uid is
 * not assumed to be an unprivileged one. */
static bool requirement_holds(const osc_run *r, const char *req)
{
  const json_t *hello = r->hello;
  const json_t *caps = json_object_get(hello, "capabilities");
  const json_t *facts = json_object_get(hello, "facts");
  if (osc_json_has_string(caps, req))
    return true;
  /* A symlink or a FIFO the runner makes for a target on this platform:
   * the file system is this machine's, which has them. */
  if ((strcmp(req, "symlink") == 0 || strcmp(req, "fifo") == 0) && r->on_this_platform &&
      osc_prepare_does(hello, strcmp(req, "fifo") == 0 ? "mkfifo" : "symlink"))
    return true;
  const char *fact = strcmp(req, "posix") == 0 ? "os_name" : strcmp(req, "linux") == 0 ? "sys_platform" : NULL;
  const char *value = fact ? json_string_value(json_object_get(facts, fact)) : NULL;
  return value && strcmp(value, req) == 0;
}

const char *osc_unmet_requirement(const osc_run *r, const osc_case *c)
{
  size_t i;
  const json_t *req;
  json_array_foreach(json_object_get(c->json, "requires"), i, req)
    if (!json_is_string(req) || !requirement_holds(r, json_string_value(req)))
      return json_is_string(req) ? json_string_value(req) : "(not a string)";
  return NULL;
}

bool osc_forks_for_isolation(const osc_run *r)
{
  return osc_json_has_string(json_object_get(r->hello, "capabilities"), "fork-isolation");
}

bool osc_run_start_target(osc_run *r, osc_target *t, char *err, size_t len)
{
  if (osc_target_start(t, r->command.argv, r->sandbox.root, r->command.confined, err, len)) {
    r->start_failures = 0;
    return true;
  }
  r->start_failures++;
  return false;
}

/* The request line: {"sandbox": "...", "case": <the case as written>}. */
static char *request_for(const osc_case_dir *sandbox, const char *raw, size_t *len)
{
  json_t *dir = json_string(sandbox->path);
  char *quoted = json_dumps(dir, JSON_ENCODE_ANY);
  json_decref(dir);
  char *line = NULL;
  int n = quoted ? asprintf(&line, "{\"sandbox\": %s, \"case\": %s}\n", quoted, raw) : -1;
  free(quoted);
  if (n < 0)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  *len = (size_t)n;
  return line;
}

static char *observed_json(const char *key, const char *value, const char *stderr_tail)
{
  json_t *o = json_pack("{s:s}", key, value);
  if (stderr_tail && *stderr_tail)
    json_object_set_new(o, "stderr", json_string(stderr_tail));
  char *text = json_dumps(o, JSON_COMPACT);
  json_decref(o);
  return text;
}

/* A target that broke the protocol: record how, and end the process. */
static void target_fault(osc_target *t, osc_io io, int timeout_ms, osc_case_result *out)
{
  char how[160], ms[16];
  osc_target_stop(t, how, sizeof how);
  const char *tail = osc_target_stderr_tail(t);
  snprintf(ms, sizeof ms, "%d", timeout_ms);
  if (io == OSC_IO_TIMEOUT) {
    result(out, OSC_TIMEOUT, "no answer within %s ms", ms);
    out->observed = observed_json("timeout_ms", ms, tail);
  } else if (io == OSC_IO_EOF) {
    result(out, OSC_CRASH, "the target %s%s%.200s", how, *tail ? ": " : "", tail);
    out->observed = observed_json("crash", how, tail);
  } else if (io == OSC_IO_TOO_LONG) {
    result(out, OSC_ERROR, "the target's answer is longer than the line limit (%u bytes)", OSC_LINE_LIMIT);
    out->observed = observed_json("error", "line too long", NULL);
  } else {
    result(out, OSC_ERROR, "reading from the target failed");
    out->observed = observed_json("error", "i/o", NULL);
  }
}

/* The outcome line (o: parsed, NULL if it is not JSON) must be one JSON
 * object about this very case. A line after it is the next case's answer
 * when that case is in flight (a second answer to this one shows then as a
 * late answer). */
static json_t *check_outcome(osc_target *t, const osc_case *c, bool next_in_flight, json_t *o,
                             osc_case_result *out)
{
  const char *id = json_string_value(json_object_get(o, "id"));
  const char *fault = !o || !json_is_object(o) ? "an answer that is not a JSON object"
                      : !id || strcmp(id, c->id) != 0 ? "an answer for another case id"
                      : !next_in_flight && osc_target_has_more(t) ? "more than one line of answer" : NULL;
  if (!fault)
    return o;
  json_decref(o);
  char start[100];
  snprintf(start, sizeof start, "%.80s", t->buf);
  result(out, OSC_ERROR, "protocol error: the target gave %s: %s", fault, start);
  out->observed = observed_json("garbage", start, NULL);
  osc_target_stop(t, NULL, 0);
  return NULL;
}

/* text: the outcome line as the target wrote it (valid JSON: parsed), kept
 * as the observed outcome. */
/* The reference's outcome of the existence case of c's object: whether
 * and why the platform lacks the name (verdict.c, platform_lacks). */
static json_t *existence_witness(osc_run *r, const osc_case *c)
{
  char id[300];
  if (!r->results.reference_run || snprintf(id, sizeof id, "exists/%s", c->object) >= (int)sizeof id)
    return NULL;
  return osc_results_reference_outcome(&r->results, id);
}

/* An errno the target gave as a number, because its errno module cannot
 * name it (MicroPython's has a few dozen names, in Linux's numbering even
 * under Emscripten), is named by the numbering of the platform the target
 * runs on: this C library's on this machine, WASI's under Emscripten or
 * WASI (runner/errnos.c); elsewhere it stays a number. */
static void name_errnos(const osc_run *r, json_t *outcome)
{
  size_t i;
  json_t *step;
  json_array_foreach(json_object_get(outcome, "steps"), i, step) {
    json_t *e = json_object_get(step, "errno");
    const char *name = json_is_integer(e) ? osc_errno_name(r->errnos, json_integer_value(e)) : NULL;
    if (name)
      json_object_set_new(step, "errno", json_string(name));
  }
}

/* A signature case whose documented default is a constant (`flags=
 * os.EFD_CLOEXEC`): a copy with the constant's value on this platform, from
 * the reference's value case, which the target's default must equal. NULL
 * when there is nothing to resolve. */
static json_t *with_symbolic_defaults_resolved(osc_run *r, const osc_case *c)
{
  if (strcmp(c->kind, "signature") != 0 || !r->results.reference_run)
    return NULL;
  json_t *copy = NULL;
  const json_t *params = json_object_get(json_array_get(json_object_get(c->json, "expect"), 0), "params");
  for (size_t i = 0; i < json_array_size(params); i++) {
    const char *d = json_string_value(json_object_get(json_array_get(params, i), "default"));
    char id[200];
    if (!d || strncmp(d, "os.", 3) != 0 || snprintf(id, sizeof id, "value/%s", d + 3) >= (int)sizeof id)
      continue;
    json_t *ref = osc_results_reference_outcome(&r->results, id);
    const json_t *v = json_object_get(json_array_get(json_object_get(ref, "steps"), 0), "value");
    if (json_is_integer(v)) {
      if (!copy)
        copy = json_deep_copy(c->json);
      json_t *p = json_array_get(json_object_get(json_array_get(json_object_get(copy, "expect"), 0), "params"), i);
      char text[32];
      snprintf(text, sizeof text, "%lld", (long long)json_integer_value(v));
      json_object_set_new(p, "default", json_string(text));
    }
    json_decref(ref);
  }
  return copy;
}

/* Does the reference lack the os name (its existence case says absent)? */
static bool reference_lacks(osc_run *r, const char *name)
{
  char id[200];
  if (snprintf(id, sizeof id, "exists/%s", name) >= (int)sizeof id)
    return false;
  json_t *ref = osc_results_reference_outcome(&r->results, id);
  bool lacks = json_is_false(json_object_get(json_array_get(json_object_get(ref, "steps"), 0), "value"));
  json_decref(ref);
  return lacks;
}

/* A value compared with the reference is compared only where the reference
 * can witness it: a set of function names (supports_fd, supports_dir_fd)
 * that names a function the reference does not provide at all says nothing
 * the reference could contradict, so that name is left out of the target's
 * set (a copy of the outcome, or NULL when nothing is left out). */
static json_t *without_unwitnessed_names(osc_run *r, const osc_case *c, const json_t *outcome,
                                         const json_t *reference)
{
  if (!reference || strcmp(c->kind, "value") != 0)
    return NULL;
  json_t *copy = NULL;
  const json_t *ref_steps = json_object_get(reference, "steps"), *ref_step;
  size_t i;
  json_array_foreach(ref_steps, i, ref_step) {
    const json_t *want = json_object_get(json_object_get(ref_step, "value"), "set");
    const json_t *got = json_object_get(json_object_get(json_array_get(json_object_get(outcome, "steps"), i), "value"), "set");
    if (!json_is_array(want) || !json_is_array(got))
      continue;
    json_t *kept = json_array(), *item;
    size_t k;
    json_array_foreach(got, k, item) {
      bool unwitnessed = json_is_string(item) && !osc_json_has_string(want, json_string_value(item)) &&
                         reference_lacks(r, json_string_value(item));
      if (!unwitnessed)
        json_array_append(kept, item);
    }
    if (json_array_size(kept) != json_array_size(got)) {
      if (!copy)
        copy = json_deep_copy(outcome);
      json_object_set_new(json_object_get(json_array_get(json_object_get(copy, "steps"), i), "value"), "set", kept);
    } else {
      json_decref(kept);
    }
  }
  return copy;
}

static void judge_outcome(osc_run *r, const osc_case *c, json_t *outcome, const char *text, size_t len,
                          osc_case_result *out)
{
  char why[300];
  osc_avail avail = osc_avail_eval(r->platforms, json_object_get(c->json, "availability"),
                                   json_object_get(r->hello, "facts"), why, sizeof why);
  json_t *reference = NULL;
  if (!r->on_reference && strcmp(c->compare, "doc") != 0)
    reference = osc_results_reference_outcome(&r->results, c->id);
  const json_t *facts = json_object_get(r->hello, "facts");
  json_t *resolved = with_symbolic_defaults_resolved(r, c);
  name_errnos(r, outcome);
  json_t *witnessed = without_unwitnessed_names(r, c, outcome, reference);
  osc_judge_in in = {resolved ? resolved : c->json, witnessed ? witnessed : outcome, avail, why, r->on_reference,
                     r->results.reference_run != 0, reference,
                     json_string_value(json_object_get(facts, "language_version")),
                     json_string_value(json_object_get(facts, "sys_platform")),
                     r->results.reference_platform, r->on_reference ? outcome : NULL};
  osc_judgement j;
  osc_judge(&in, &j);
  json_t *witness = NULL;
  if (j.verdict == OSC_MISSING && !r->on_reference && (witness = existence_witness(r, c))) {
    free(j.expected);
    in.witness = witness;
    osc_judge(&in, &j);
  }
  json_decref(witness);
  json_decref(witnessed);
  json_decref(resolved);
  json_decref(reference);
  out->verdict = j.verdict;
  snprintf(out->reason, sizeof out->reason, "%s", j.reason);
  out->expected = j.expected;
  out->observed = strndup(text, len);
  if (!out->observed)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  const json_t *us = json_object_get(outcome, "us");
  if (json_is_integer(us))
    out->us = json_integer_value(us);
}

/* An answer (o, parsed) to the case before: that case answered twice, and
 * is an ERROR after all; the line is dropped and the wait goes on. */
static bool late_answer(osc_run *r, const json_t *o)
{
  const char *id = r->previous ? json_string_value(json_object_get(o, "id")) : NULL;
  if (!id || strcmp(id, r->previous->id) != 0)
    return false;
  r->counts[r->previous_verdict]--;
  r->counts[OSC_ERROR]++;
  r->previous_verdict = OSC_ERROR;
  if (!osc_results_amend(&r->results, r->previous->id, "ERROR",
                         "protocol error: the target answered this case twice"))
    osc_warn("case %s answered twice, and results.db could not record it", r->previous->id);
  return true;
}

/* Waits for the case's answer, dropping late answers from the shared
 * target; *o is the answer parsed once (NULL if it is not JSON, or on no
 * answer). */
static osc_io await_answer(osc_run *r, osc_target *t, int timeout, long long started, size_t *line_len,
                           json_t **o)
{
  osc_io io = osc_target_await(t, timeout, line_len);
  for (;;) {
    *o = io == OSC_IO_LINE ? json_loadb(t->buf, *line_len, JSON_ALLOW_NUL, NULL) : NULL;
    if (io != OSC_IO_LINE || t != &r->target || !late_answer(r, *o))
      return io;
    json_decref(*o);
    long long left_ms = timeout - (osc_now_us() - started) / 1000;
    io = left_ms > 0 ? osc_target_await(t, (int)left_ms, line_len) : OSC_IO_TIMEOUT;
  }
}

/* The end of a worker's cases: the shared target's stdin is closed and what
 * it still says before it closes its output is read, so a second answer to
 * its last case counts however late it comes; osc_target_stop then gives it
 * a moment to exit by itself (exit handlers, coverage data). */
void osc_case_finish_shared(osc_run *r)
{
  osc_target *t = &r->target;
  if (t->pid <= 0)
    return;
  t->idle = NULL;
  osc_target_close_input(t);
  size_t line_len;
  while (osc_target_await(t, OSC_FINISH_MS, &line_len) == OSC_IO_LINE) {
    json_t *o = json_loadb(t->buf, line_len, JSON_ALLOW_NUL, NULL);
    late_answer(r, o);
    json_decref(o);
  }
}

/* A slow case must not hold back the outcomes finished before it. */
static void commit_while_waiting(void *ctx)
{
  osc_run *r = ctx;
  if (!osc_results_tick(&r->results))
    osc_warn("results.db: a batch could not be committed; it is tried again");
}

static int timeout_of(const osc_run *r, const osc_case *c)
{
  return c->timeout_ms ? c->timeout_ms : r->opt.timeout_ms;
}

/* Sends the case to t; false when the run is interrupted. A target that is
 * gone, or does not read, shows in the answer awaited. */
static bool send_case(osc_run *r, osc_target *t, osc_flight *f)
{
  size_t req_len;
  char *req = request_for(&f->dir, f->raw ? f->raw : f->c->raw, &req_len);
  free(f->raw);  /* a case sent again is prepared again, in its directory made anew */
  f->raw = NULL;
  osc_io io = osc_target_send(t, req, req_len, timeout_of(r, f->c));
  free(req);
  return io != OSC_IO_INTERRUPTED;
}

/* Awaits the answer of a case sent to t and turns whatever comes back into
 * a result. */
static bool exchange(osc_run *r, osc_target *t, const osc_flight *f, bool next_in_flight, osc_case_result *out)
{
  t->idle = commit_while_waiting;
  t->idle_ctx = r;
  size_t line_len;
  int timeout = timeout_of(r, f->c);
  long long started = osc_now_us();
  json_t *outcome;
  osc_io io = await_answer(r, t, timeout, started, &line_len, &outcome);
  out->us = osc_now_us() - started;
  if (io == OSC_IO_INTERRUPTED)
    return false;
  if (t == &r->target)
    r->previous = f->c;
  if (io != OSC_IO_LINE) {
    target_fault(t, io, timeout, out);
    return true;
  }
  outcome = check_outcome(t, f->c, next_in_flight, outcome, out);
  if (outcome)
    judge_outcome(r, f->c, outcome, t->buf, line_len, out);
  json_decref(outcome);
  return true;
}

/* The target for this case: the shared one (started if needed), or a fresh
 * one for an isolated case. NULL when it cannot be started. */
static osc_target *target_for(osc_run *r, const osc_case *c, osc_case_result *out)
{
  char err[400];
  osc_target *t = c->isolate && !osc_forks_for_isolation(r) ? osc_spares_take(r, err, sizeof err)
                  : r->target.pid > 0 || osc_run_start_target(r, &r->target, err, sizeof err) ? &r->target
                  : NULL;
  if (t)
    return t;
  result(out, OSC_ERROR, "the target could not be started: %s", err);
  out->observed = observed_json("error", err, NULL);
  return NULL;
}

/* A target that could not be started: false when the run must stop (the
 * start was cut short, or failed too often), and then the case has no result. */
static bool go_on_without(osc_run *r)
{
  if (osc_signals_caught())
    return false;
  if (r->start_failures < OSC_MAX_START_FAILURES)
    return true;
  r->gave_up = true;
  return false;
}

static void leave(osc_run *r, osc_flight *f)
{
  char err[400];
  free(f->raw);
  f->raw = NULL;
  if (!osc_sandbox_leave(&r->sandbox, &f->dir, err, sizeof err))
    osc_warn("case %s: %s", f->c->id, err);
}

/* An isolated case on a process of its own, from request to answer. */
static osc_begun run_on_spare(osc_run *r, osc_flight *f, osc_case_result *out)
{
  osc_target *t = target_for(r, f->c, out);
  bool go_on = t ? send_case(r, t, f) && exchange(r, t, f, false, out) : go_on_without(r);
  if (t)
    osc_spares_release(r, t);
  leave(r, f);
  return go_on ? OSC_BEGUN_DONE : OSC_BEGUN_STOP;
}

/* Sends the case to the shared target, started if needed. */
static osc_begun launch(osc_run *r, osc_flight *f, osc_case_result *out)
{
  bool started = target_for(r, f->c, out);
  if (started && send_case(r, &r->target, f))
    return OSC_BEGUN_SENT;
  leave(r, f);
  return !started && go_on_without(r) ? OSC_BEGUN_DONE : OSC_BEGUN_STOP;
}

static void no_result_yet(osc_case_result *out)
{
  memset(out, 0, sizeof *out);
  out->us = -1;
}

/* The part of the setup the target cannot do, done here (prepare.c): false,
 * with the case's result, when it could not be. */
static bool prepare(osc_run *r, osc_flight *f, osc_case_result *out)
{
  char err[400];
  free(f->raw);
  f->raw = NULL;
  if (osc_prepare_setup(r->hello, f->c->json, f->dir.path, &f->raw, err, sizeof err) != OSC_PREPARED_FAILED)
    return true;
  result(out, OSC_ERROR, "%s", err);
  leave(r, f);
  return false;
}

osc_begun osc_case_begin(osc_run *r, osc_flight *f, osc_case_result *out)
{
  no_result_yet(out);
  f->dir.name[0] = '\0';
  const char *unmet = osc_unmet_requirement(r, f->c);
  if (unmet) {
    result(out, OSC_SKIP, "the target lacks the requirement '%s'", unmet);
    return OSC_BEGUN_DONE;
  }
  char err[400];
  if (!osc_sandbox_enter(&r->sandbox, f->number, &f->dir, err, sizeof err)) {
    result(out, OSC_ERROR, "%s", err);
    return OSC_BEGUN_DONE;
  }
  if (!prepare(r, f, out))
    return OSC_BEGUN_DONE;
  if (f->c->isolate && !osc_forks_for_isolation(r))
    return run_on_spare(r, f, out);
  return launch(r, f, out);
}

osc_begun osc_case_resend(osc_run *r, osc_flight *f, osc_case_result *out)
{
  no_result_yet(out);
  char err[400];
  if (!osc_sandbox_reset(&r->sandbox, &f->dir, err, sizeof err)) {
    result(out, OSC_ERROR, "%s", err);
    return OSC_BEGUN_DONE;
  }
  if (!prepare(r, f, out))
    return OSC_BEGUN_DONE;
  return launch(r, f, out);
}

bool osc_case_end(osc_run *r, osc_flight *f, bool next_in_flight, osc_case_result *out)
{
  no_result_yet(out);
  bool go_on = exchange(r, &r->target, f, next_in_flight, out);
  leave(r, f);
  return go_on;
}
