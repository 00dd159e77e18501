#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "diag.h"
#include "home.h"
#include "run.h"
#include "signals.h"
#include "util.h"

static void default_path(char *buf, size_t len, const char *given, const char *rel)
{
  if (given)
    snprintf(buf, len, "%s", given);
  else
    osc_home_path(rel, buf, len);
}

static void resolve_paths(osc_run *r)
{
  char cases_rel[256];
  snprintf(cases_rel, sizeof cases_rel, "build/cases/%s.jsonl", r->opt.doc);
  default_path(r->cases_path, sizeof r->cases_path, r->opt.cases, cases_rel);
  default_path(r->results_path, sizeof r->results_path, r->opt.results, "build/results.db");
  default_path(r->expectations_dir, sizeof r->expectations_dir, r->opt.expectations, "runner/expectations");
  default_path(r->platforms_path, sizeof r->platforms_path, r->opt.platforms, "spec/platforms.json");
  if (r->opt.host)
    snprintf(r->host, sizeof r->host, "%s", r->opt.host);
  else if (gethostname(r->host, sizeof r->host) != 0)
    snprintf(r->host, sizeof r->host, "unknown");
}

static bool selected(const osc_run *r, const char *id)
{
  if (!r->opt.nfilters)
    return true;
  for (size_t i = 0; i < r->opt.nfilters; i++)
    if (fnmatch(r->opt.filters[i], id, 0) == 0)
      return true;
  return false;
}

static void select_cases(osc_run *r)
{
  r->selected = malloc((r->cases.n + 1) * sizeof *r->selected);
  if (!r->selected)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  for (size_t i = 0; i < r->cases.n; i++)
    if (selected(r, r->cases.v[i].id))
      r->selected[r->nselected++] = &r->cases.v[i];
}

/* Counts, over the whole file, the cases each expectation's glob matches,
 * so --filter does not make the others look stale. */
static void count_expectation_matches(osc_run *r)
{
  for (size_t i = 0; i < r->cases.n; i++)
    for (size_t k = 0; k < r->expectations.n; k++)
      if (osc_expectation_lists(&r->expectations.v[k], r->cases.v[i].id))
        r->expectations.v[k].matches++;
}

static int load_inputs(osc_run *r)
{
  char err[600];
  if (!osc_cases_load(r->cases_path, &r->cases))
    return OSC_EXIT_INPUT;
  select_cases(r);
  r->platforms = osc_platforms_load(r->platforms_path, err, sizeof err);
  if (!r->platforms) {
    osc_error("%s", err);
    return OSC_EXIT_INPUT;
  }
  return osc_results_open(&r->results, r->results_path) ? 0 : OSC_EXIT_INPUT;
}

/* A target that cannot start is one line here, and a run with no outcome
 * in results.db, so the report says it was not run and why. */
static int not_run(osc_run *r, const char *why)
{
  osc_error("target %s: %s (not run)", r->opt.target, why);
  json_t *facts = json_pack("{s:s}", "not_run", why);
  osc_run_info info = {r->opt.target, "unknown", "not run", r->host, r->cases.doc, r->cases_path,
                       facts, (long long)r->nselected};
  if (osc_results_new_run(&r->results, &info))
    osc_results_finish(&r->results);
  json_decref(facts);
  return OSC_EXIT_TARGET;
}

/* The command, the signal handlers, the sandbox root, and the target's
 * process, which boots (an interpreter takes tens of milliseconds) while
 * the inputs load. A target that cannot be launched leaves why in err, for
 * start() to record once results.db is open. */
static int launch(osc_run *r, char *err, size_t len)
{
  err[0] = '\0';
  if (!osc_target_command_for(r->opt.target, &r->command, err, len))
    return 0;
  if (!osc_signals_install() || !osc_sandbox_open(&r->sandbox, err, len)) {
    osc_error("%s", err[0] ? err : "cannot install the signal handlers");
    return OSC_EXIT_SYSTEM;
  }
  setenv("OSCONFORM_SANDBOX_ROOT", r->sandbox.root, 1);
  if (!osc_target_command_confine(&r->command, r->sandbox.root, !r->opt.unconfined, err, len))
    return 0;
  osc_target_spawn(&r->target, r->command.argv, r->sandbox.root, r->command.confined, err, len);
  return 0;
}

/* The target's sys.platform is this machine's ("linux" on Linux): its
 * errno numbers are this C library's. */
static bool runs_on_this_platform(const char *sys_platform)
{
  struct utsname u;
  if (!sys_platform || uname(&u) != 0)
    return false;
  for (size_t i = 0; u.sysname[i]; i++)
    u.sysname[i] = (char)tolower((unsigned char)u.sysname[i]);
  return strcmp(sys_platform, u.sysname) == 0;
}

/* The target's hello: its implementation, facts and capabilities. */
static int start(osc_run *r, char *err, size_t len)
{
  r->on_reference = strcmp(r->opt.target, "reference") == 0;
  if (err[0] || !osc_target_await_hello(&r->target, err, len))
    return osc_signals_caught() ? OSC_EXIT_INTERRUPTED : not_run(r, err);
  r->hello = json_incref(r->target.hello);
  json_t *facts = json_object_get(r->hello, "facts");
  if (json_is_object(facts)) {
    json_object_set_new(facts, "confinement", json_string(r->command.confined ? "bubblewrap" : "none"));
    const char *lang = r->opt.python_version ?: json_string_value(json_object_get(r->hello, "language_version"));
    if (lang)
      json_object_set_new(facts, "language_version", json_string(lang));
  }
  r->sandbox.fresh_paths = osc_json_has_string(json_object_get(r->hello, "capabilities"), "fresh-paths");
  const char *impl = json_string_value(json_object_get(r->hello, "implementation"));
  if (!impl || !json_is_object(json_object_get(r->hello, "facts"))) {
    osc_error("target %s: its hello names no implementation or no facts", r->opt.target);
    return OSC_EXIT_TARGET;
  }
  /* Pyodide is CPython built for WebAssembly: its sys.implementation says
   * "cpython", but its divergences are its own; so are those of
   * MicroPython's WebAssembly port, beside its Unix port. */
  r->implementation = strcmp(r->opt.target, "pyodide") == 0       ? "pyodide"
                      : strcmp(r->opt.target, "micropython") == 0 ? "micropython-webassembly"
                                                                  : impl;
  r->on_this_platform = runs_on_this_platform(json_string_value(json_object_get(facts, "sys_platform")));
  r->errnos = osc_errnos_of(json_string_value(json_object_get(facts, "sys_platform")), r->on_this_platform);
  if (!osc_expectations_load(r->expectations_dir, r->implementation,
                             json_string_value(json_object_get(r->hello, "impl_version")), &r->expectations))
    return OSC_EXIT_INPUT;
  count_expectation_matches(r);
  return 0;
}

/* --resume: marks the cases the unfinished run already has. */
static void drop_done(const char *id, void *ctx)
{
  osc_run *r = ctx;
  osc_case key = {.id = id}, *kp = &key;
  osc_case **hit = bsearch(&kp, r->selected, r->nselected, sizeof *r->selected, osc_case_ptr_cmp);
  if (hit)
    (*hit)->done = true;
}

static int open_or_resume(osc_run *r)
{
  char was_cases[4096] = "";
  long long was_total = 0;
  int64_t run = r->opt.resume ? osc_results_unfinished(&r->results, r->opt.target, was_cases, sizeof was_cases,
                                                       &was_total) : 0;
  /* The rest of that run, not a mix of two: the same cases file, the same
   * selection of its cases. */
  if (run && (strcmp(was_cases, r->cases_path) != 0 || was_total != (long long)r->nselected)) {
    osc_error("--resume: the unfinished run %lld of %s ran %lld cases of %s; this one selects %zu of %s "
              "(resume with the same --cases and --filter, or start a new run)",
              (long long)run, r->opt.target, was_total, was_cases, r->nselected, r->cases_path);
    return OSC_EXIT_USAGE;
  }
  if (run) {
    osc_case **order = malloc((r->nselected + 1) * sizeof *order);
    if (!order)
      osc_die(OSC_EXIT_SYSTEM, "out of memory");
    memcpy(order, r->selected, r->nselected * sizeof *order);
    qsort(r->selected, r->nselected, sizeof *r->selected, osc_case_ptr_cmp);
    bool ok = osc_results_each_done(&r->results, run, drop_done, r);
    memcpy(r->selected, order, r->nselected * sizeof *order);
    free(order);
    fprintf(stderr, "osconform: resuming run %lld of %s\n", (long long)run, r->opt.target);
    return ok ? 0 : OSC_EXIT_INPUT;
  }
  if (r->opt.resume)
    osc_warn("no unfinished run of %s in %s: starting a new one", r->opt.target, r->results_path);
  osc_run_info info = {r->opt.target, r->implementation,
                       json_string_value(json_object_get(r->hello, "impl_version")) ?: "unknown",
                       r->host, r->cases.doc, r->cases_path, json_object_get(r->hello, "facts"),
                       (long long)r->nselected};
  return osc_results_new_run(&r->results, &info) ? 0 : OSC_EXIT_INPUT;
}

/* Cases compared with the reference read its outcomes from the same file. */
static int open_run(osc_run *r)
{
  int rc = open_or_resume(r);
  if (!rc && !r->on_reference && !osc_results_pick_reference(&r->results, r->host))
    rc = OSC_EXIT_INPUT;
  return rc;
}

/* A shell command that runs this one case again. */
static char *replay_command(const osc_run *r, const char *id)
{
  const char *words[] = {r->opt.target, id, r->cases_path};
  char *quoted[3];
  for (int i = 0; i < 3; i++) {
    size_t n = 3;
    for (const char *p = words[i]; *p; p++)
      n += *p == '\'' ? 4 : 1;
    char *q = quoted[i] = malloc(n), *o = q;
    *o++ = '\'';
    for (const char *p = words[i]; *p; p++)
      o = *p == '\'' ? stpcpy(o, "'\\''") : (*o = *p, o + 1);
    strcpy(o, "'");
  }
  char *cmd;
  if (asprintf(&cmd, "%s run --target %s --filter %s --cases %s", program_invocation_name,
               quoted[0], quoted[1], quoted[2]) < 0)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  for (int i = 0; i < 3; i++)
    free(quoted[i]);
  return cmd;
}

/* A listed divergence that holds (the verdict and, if the line gives one,
 * the difference are the listed ones) turns the verdict into XFAIL; what
 * no longer holds is found once the run is over (report_stale). */
static const char *known_reason(osc_run *r, const osc_case *c, osc_case_result *res)
{
  const osc_expectation *e = osc_expectations_holding(&r->expectations, c->id, res->verdict, res->reason);
  if (!e)
    return NULL;
  res->verdict = OSC_XFAIL;
  return e->reason;
}

static bool record(osc_run *r, const osc_case *c, osc_case_result *res)
{
  char *replay = replay_command(r, c->id);
  const char *known = known_reason(r, c, res);
  osc_row row = {c->id, c->object, c->kind, c->claim, osc_verdict_name(res->verdict),
                 res->expected, res->observed, res->reason[0] ? res->reason : NULL,
                 known, replay, res->us};
  bool ok = osc_results_add(&r->results, &row);
  free(replay);
  r->counts[res->verdict]++;
  r->previous_verdict = res->verdict;
  osc_verdict v = res->verdict;
  if (v != OSC_SKIP)  /* a SKIP never reached the target */
    r->crashes_in_a_row = v == OSC_CRASH ? r->crashes_in_a_row + 1 : 0;
  if (r->crashes_in_a_row >= OSC_MAX_CRASHES_IN_A_ROW)
    r->gave_up = true;
  bool failing = v == OSC_FAIL || v == OSC_ERROR || v == OSC_CRASH || v == OSC_TIMEOUT;
  size_t done = atomic_fetch_add(&r->shared->done, 1) + 1;
  size_t nfailing = atomic_fetch_add(&r->shared->failing, failing) + failing;
  osc_progress_show(&r->progress, done, nfailing);
  return ok;
}

/* The next case not taken by another worker, or NULL when none is left. */
static const osc_case *claim(osc_run *r, size_t *number)
{
  size_t i;
  while ((i = atomic_fetch_add(&r->shared->next, 1)) < r->nselected)
    if (!r->selected[i]->done) {
      *number = i;
      return r->selected[i];
    }
  return NULL;
}

typedef enum filled { FILLED, STOPPED, FAILED } filled;

/* Begins cases until two are in flight (flights[0 .. *n - 1]) or none is
 * left, recording those that end at once. flights[*n] may hold a case to
 * send again. */
static filled fill(osc_run *r, osc_flight *flights, int *n)
{
  while (*n < 2) {
    osc_flight *f = &flights[*n];
    if (!f->c && !(f->c = claim(r, &f->number)))
      return FILLED;
    osc_case_result res;
    osc_begun b = osc_signals_caught() || r->gave_up ? OSC_BEGUN_STOP
                  : f->resend           ? osc_case_resend(r, f, &res)
                                        : osc_case_begin(r, f, &res);
    f->resend = false;
    if (b == OSC_BEGUN_STOP)
      return STOPPED;
    if (b == OSC_BEGUN_SENT) {
      (*n)++;
      continue;
    }
    bool ok = record(r, f->c, &res);
    osc_case_result_free(&res);
    f->c = NULL;
    if (!ok)
      return FAILED;
  }
  return FILLED;
}

/* This worker's share: the next case not taken by another, until none is
 * left, two in flight at a time. Returns this worker's exit status. */
static int work(osc_run *r)
{
  osc_flight flights[2] = {0};
  int n = 0;
  osc_spares_start(r);
  for (;;) {
    filled how = fill(r, flights, &n);
    if (how == FAILED)
      return OSC_EXIT_SYSTEM;
    if (how == STOPPED) {
      r->interrupted = !r->gave_up;
      break;
    }
    if (n == 0)
      break;
    osc_case_result res;
    bool go_on = osc_case_end(r, &flights[0], n == 2, &res);
    bool ok = go_on && record(r, flights[0].c, &res);
    osc_case_result_free(&res);
    if (!go_on) {
      r->interrupted = true;
      break;
    }
    if (!ok)
      return OSC_EXIT_SYSTEM;
    flights[0] = flights[1];
    flights[1].c = NULL;
    if (--n == 1 && r->target.pid <= 0) {  /* the target went down with the case before */
      flights[0].resend = true;
      n = 0;
    }
  }
  if (!r->interrupted)
    osc_case_finish_shared(r);
  if (!osc_results_flush(&r->results))
    return OSC_EXIT_SYSTEM;
  if (r->gave_up && r->crashes_in_a_row >= OSC_MAX_CRASHES_IN_A_ROW) {
    osc_error("target %s: it crashed on %d cases in a row; the run stops (--resume continues it)",
              r->opt.target, r->crashes_in_a_row);
    return OSC_EXIT_TARGET;
  }
  if (r->gave_up) {
    osc_error("target %s: it could not be started %d times in a row; the run stops (--resume continues it)",
              r->opt.target, OSC_MAX_START_FAILURES);
    return OSC_EXIT_TARGET;
  }
  return r->interrupted ? OSC_EXIT_INTERRUPTED : 0;
}

static size_t cases_to_run(const osc_run *r)
{
  size_t todo = 0;
  for (size_t i = 0; i < r->nselected; i++)
    todo += !r->selected[i]->done;
  return todo;
}

static int run_cases(osc_run *r)
{
  size_t todo = cases_to_run(r);
  if ((size_t)r->opt.jobs > todo)
    r->opt.jobs = todo ? (int)todo : 1;
  osc_progress_start(&r->progress, todo);
  if (!osc_workers_init(r))
    return OSC_EXIT_SYSTEM;
  osc_workers_fork(r);
  int rc = work(r);
  if (r->worker)
    osc_workers_exit(r, rc);
  rc = osc_workers_wait(r, rc);
  osc_progress_end(&r->progress);
  if (rc)
    return rc;
  return osc_results_finish(&r->results) ? 0 : OSC_EXIT_SYSTEM;
}

/* An expectation is stale when none of the cases it lists that this run
 * judged got XFAIL by it: they pass now, or fail otherwise. Each is said
 * here and kept with the run (runs.platform, "stale_expectations") for
 * the reports and `gate --strict-expectations`. */
typedef struct stale_scan {
  osc_run *r;
  json_t *verdicts;     /* case id -> [verdict, reason] in this run */
} stale_scan;

static void note_outcome(const char *id, const char *verdict, const char *reason, const char *known, void *ctx)
{
  json_object_set_new(((stale_scan *)ctx)->verdicts, id,
                      json_pack("[sss]", verdict, reason ? reason : "", known ? known : ""));
}

/* The first case of e this run judged otherwise than e lists, as
 * {case, verdict, reason}; NULL when e holds for one of them or the run
 * judged none (a --filter left them out, or none could be asked here). */
static json_t *why_stale(const osc_run *r, const osc_expectation *e, const json_t *verdicts)
{
  json_t *first = NULL;
  for (size_t i = 0; i < r->cases.n; i++) {
    const json_t *got = osc_expectation_lists(e, r->cases.v[i].id) ? json_object_get(verdicts, r->cases.v[i].id)
                                                                     : NULL;
    const char *verdict = got ? json_string_value(json_array_get(got, 0)) : NULL;
    /* not asked here, or about what the target need not have: the line is
     * neither borne out nor contradicted (a file two ports share) */
    if (!got || strcmp(verdict, "SKIP") == 0 || strcmp(verdict, "UNSUPPORTED") == 0 || strcmp(verdict, "NOTYET") == 0)
      continue;
    if (strcmp(verdict, "XFAIL") == 0 &&
        strcmp(json_string_value(json_array_get(got, 2)), e->reason) == 0) {  /* by this line */
      json_decref(first);
      return NULL;
    }
    if (!first)
      first = json_pack("{s:s,s:O,s:O}", "case", r->cases.v[i].id, "verdict", json_array_get(got, 0),
                        "reason", json_array_get(got, 1));
  }
  return first;
}

static void report_stale(osc_run *r)
{
  stale_scan scan = {r, json_object()};
  json_t *stale = json_array();
  if (!osc_results_each_outcome(&r->results, r->results.run_id, note_outcome, &scan)) {
    json_decref(scan.verdicts);
    json_decref(stale);
    return;
  }
  for (size_t i = 0; i < r->expectations.n; i++) {
    const osc_expectation *e = &r->expectations.v[i];
    json_t *first = e->matches ? why_stale(r, e, scan.verdicts) : NULL;
    if (!e->matches)
      osc_warn("%s:%d: the expectation '%s' matches no case of %s", e->file, e->line, e->glob, r->cases_path);
    else if (first)
      osc_warn("%s:%d: the expectation '%s %s%s%s%s' no longer holds: %s is %s%s%s", e->file, e->line, e->glob,
               osc_verdict_name(e->verdict), e->observed ? " \"" : "", e->observed ? e->observed : "",
               e->observed ? "\"" : "", json_string_value(json_object_get(first, "case")),
               json_string_value(json_object_get(first, "verdict")),
               *json_string_value(json_object_get(first, "reason")) ? ": " : "",
               json_string_value(json_object_get(first, "reason")));
    if (!e->matches || first)
      json_array_append_new(stale, json_pack("{s:s,s:i,s:s,s:s,s:s?,s:s,s:o}", "file", e->file, "line", e->line,
                                             "glob", e->glob, "verdict", osc_verdict_name(e->verdict),
                                             "observed", e->observed, "reason", e->reason,
                                             "now", first ? first : json_null()));
  }
  if (json_array_size(stale))
    osc_results_note_run(&r->results, "stale_expectations", stale);
  json_decref(stale);
  json_decref(scan.verdicts);
}

static void summary(const osc_run *r, long long ms)
{
  size_t done = 0;
  for (int v = 0; v < OSC_VERDICT_COUNT; v++)
    done += r->counts[v];
  printf("run %lld: %s (%s %s): %zu cases in %.1f s (%.0f/s):", (long long)r->results.run_id,
         r->opt.target, r->implementation,
         json_string_value(json_object_get(r->hello, "impl_version")) ?: "",
         done, ms / 1000.0, ms > 0 ? done * 1000.0 / ms : 0.0);
  for (int v = 0; v < OSC_VERDICT_COUNT; v++)
    if (r->counts[v])
      printf(" %s %zu", osc_verdict_name((osc_verdict)v), r->counts[v]);
  printf("\n");
  fflush(stdout);
}

static void cleanup(osc_run *r)
{
  char err[600];
  osc_target_stop(&r->target, NULL, 0);
  osc_spares_stop(r);
  if (!osc_sandbox_close(&r->sandbox, err, sizeof err))
    osc_warn("%s", err);
  osc_target_command_release(&r->command);
  if (r->results.db)
    osc_results_close(&r->results);
  osc_expectations_free(&r->expectations);
  if (r->shared)
    munmap(r->shared, sizeof *r->shared);
  osc_platforms_free(r->platforms);
  json_decref(r->hello);
  /* The cases stay: freeing thousands of JSON trees just before the
   * process exits costs milliseconds and gains nothing (they remain
   * reachable from `run`, so leak checkers do not count them). */
}

int osc_cmd_run(int argc, char **argv)
{
  static osc_run run;   /* large; one per process */
  osc_run *r = &run;
  r->sandbox.root_fd = -1;
  osc_target_init(&r->target);
  for (size_t i = 0; i < OSC_SPARES; i++)
    osc_target_init(&r->spares[i]);
  int rc = osc_run_parse(argc, argv, &r->opt);
  if (rc)
    return rc < 0 ? OSC_EXIT_OK : rc;
  resolve_paths(r);
  long long started = osc_now_ms();
  char err[600];
  rc = launch(r, err, sizeof err);
  if (!rc)
    rc = load_inputs(r);
  if (!rc)
    rc = start(r, err, sizeof err);
  if (!rc)
    rc = open_run(r);
  if (!rc) {
    rc = run_cases(r);
    summary(r, osc_now_ms() - started);
    if (!rc)  /* over a whole run only */
      report_stale(r);
  }
  cleanup(r);
  return rc;
}
