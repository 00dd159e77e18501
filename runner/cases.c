#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "schema.h"
#include "input.h"
#include "cases.h"
#include "case_procs.h"
#include "diag.h"

static bool bad(const char *path, int line, const char *what, const char *arg)
{
  osc_error("%s:%d: %s%s", path, line, what, arg ? arg : "");
  return false;
}

static bool check_header(const char *path, json_t *h)
{
  const char *format = json_string_value(json_object_get(h, "format"));
  if (!format || strcmp(format, "osconform-cases") != 0)
    return bad(path, 1, "not a cases file: the header's \"format\" is not \"osconform-cases\"", NULL);
  if (json_integer_value(json_object_get(h, "version")) != 1)
    return bad(path, 1, "unsupported case format version (this runner reads version 1)", NULL);
  if (!json_is_string(json_object_get(h, "doc")))
    return bad(path, 1, "the header has no \"doc\" version", NULL);
  return true;
}

static const char *str_field(json_t *o, const char *key)
{
  return json_string_value(json_object_get(o, key));
}

/* A step that changes what every later case of the same process would see
 * (its root, ids, umask, priority, affinity, environment, a standard fd). */
static bool changes_the_process(const json_t *step)
{
  static const char *const process_wide[] = {
    "chroot", "setuid", "seteuid", "setreuid", "setresuid", "setgid", "setegid", "setregid", "setresgid",
    "setgroups", "initgroups", "umask", "setsid", "setpgid", "setpgrp", "nice", "setpriority",
    "sched_setaffinity", "sched_setscheduler", "sched_setparam", "putenv", "unsetenv", "setns", "unshare",
    "login_tty", "plock", NULL};
  const char *fn = json_string_value(json_object_get(step, "call"));
  const json_t *args = json_object_get(step, "args");
  if (!fn)
    return false;
  if (osc_step_manages_processes(step))
    return true;
  for (const char *const *p = process_wide; *p; p++)
    if (strcmp(fn, *p) == 0)
      return true;
  /* close(0..2), closerange from below 3, dup2 onto 0..2: a standard fd */
  const json_t *fd = json_array_get(args, strcmp(fn, "dup2") == 0 ? 1 : 0);
  bool low = json_is_integer(fd) && json_integer_value(fd) >= 0 && json_integer_value(fd) <= 2;
  return low && (strcmp(fn, "close") == 0 || strcmp(fn, "closerange") == 0 || strcmp(fn, "dup2") == 0);
}

/* Isolation is the runner's decision, not only the case's: a case that
 * changes process-wide state runs isolated whatever its "isolate" says,
 * and the target is sent it so. */
static void isolate_if_needed(osc_case *c)
{
  size_t i;
  const json_t *step;
  if (c->isolate)
    return;
  json_array_foreach(json_object_get(c->json, "steps"), i, step)
    if (changes_the_process(step)) {
      json_object_set_new(c->json, "isolate", json_true());
      char *raw = json_dumps(c->json, JSON_COMPACT);
      if (!raw)
        osc_die(OSC_EXIT_SYSTEM, "out of memory");
      c->raw = raw;  /* freed with the cases */
      c->raw_owned = true;
      c->raw_len = strlen(raw);
      c->isolate = true;
      return;
    }
}

/* For the sandbox's own tests (runner/tests/test_confine.c) only: lets a
 * case name any process, so that the kernel's guard (the pid namespace) is
 * tested alone. The rule's own test is that the runner refuses such a case
 * without it. */
static bool pids_unchecked(void)
{
  static int unchecked = -1;
  if (unchecked < 0)
    unchecked = getenv("OSCONFORM_TEST_UNCHECKED_PIDS") != NULL;
  return unchecked;
}

/* NULL, or what is wrong with the case (the message goes after FILE:LINE):
 * the schema (cases/case.schema.json) first, then what a schema cannot say. */
static const char *fill_case(json_t *j, osc_case *c, char *why, size_t len)
{
  char field[200];
  c->json = j;
  c->id = str_field(j, "id");
  if (!osc_case_schema_check(j, field, sizeof field)) {
    snprintf(why, len, "case %s: %s", c->id ? c->id : "without an id", field);
    return why;
  }
  size_t steps = json_array_size(json_object_get(j, "steps"));
  size_t expect = json_array_size(json_object_get(j, "expect"));
  if (steps != expect) {
    snprintf(why, len, "case %s: field expect: %zu expectations for %zu steps (one per step)", c->id, expect, steps);
    return why;
  }
  if (!pids_unchecked() && !osc_case_pids_check(j, field, sizeof field)) {
    snprintf(why, len, "case %s: %s", c->id, field);
    return why;
  }
  c->object = str_field(j, "object");
  c->kind = str_field(j, "kind");
  c->compare = str_field(j, "compare");
  c->claim = str_field(j, "claim");
  if (!c->compare)
    c->compare = "doc";
  json_t *t = json_object_get(j, "timeout_ms");
  c->timeout_ms = t ? (int)json_integer_value(t) : 0;  /* the schema bounds it */
  c->isolate = json_is_true(json_object_get(j, "isolate"));
  isolate_if_needed(c);
  return NULL;
}

int osc_case_ptr_cmp(const void *a, const void *b)
{
  return strcmp((*(const osc_case *const *)a)->id, (*(const osc_case *const *)b)->id);
}

static bool ids_unique(const char *path, osc_cases *cs)
{
  if (cs->n < 2)
    return true;
  const osc_case **sorted = malloc(cs->n * sizeof *sorted);
  if (!sorted)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  for (size_t i = 0; i < cs->n; i++)
    sorted[i] = &cs->v[i];
  qsort(sorted, cs->n, sizeof *sorted, osc_case_ptr_cmp);
  bool ok = true;
  for (size_t i = 1; i < cs->n && ok; i++)
    if (strcmp(sorted[i - 1]->id, sorted[i]->id) == 0)
      ok = bad(path, sorted[i]->line > sorted[i - 1]->line ? sorted[i]->line : sorted[i - 1]->line,
               "duplicate case id ", sorted[i]->id);
  free(sorted);
  return ok;
}

typedef char parse_error[300];  /* "" or why a line is bad */

/* Parses one case line; on a bad line error says why. */
static void parse_case(osc_case *c, parse_error error)
{
  json_error_t jerr;
  json_t *j = json_loadb(c->raw, c->raw_len, JSON_ALLOW_NUL, &jerr);
  if (!j || !json_is_object(j)) {
    snprintf(error, sizeof(parse_error), "%s%s", j ? "not a JSON object" : "not JSON: ", j ? "" : jerr.text);
    json_decref(j);
  } else if (fill_case(j, c, error, sizeof(parse_error))) {
    c->json = NULL;
    json_decref(j);
  }
}

typedef struct parse_share {
  osc_case *v;
  parse_error *errors;
  size_t from, to;
} parse_share;

static void *parse_share_run(void *arg)
{
  parse_share *s = arg;
  for (size_t i = s->from; i < s->to; i++)
    parse_case(&s->v[i], s->errors[i]);
  return NULL;
}

/* A big file is parsed by several threads at once (jansson values are not
 * shared between them; the hash seed is set by the header, parsed first). */
static void parse_all(osc_case *v, parse_error *errors, size_t n)
{
  enum { MAX_THREADS = 8, MIN_SHARE = 256 };
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  size_t nthreads = cpus < 1 ? 1 : cpus > MAX_THREADS ? MAX_THREADS : (size_t)cpus;
  if (nthreads > n / MIN_SHARE)
    nthreads = n / MIN_SHARE ? n / MIN_SHARE : 1;
  parse_share shares[MAX_THREADS];
  pthread_t threads[MAX_THREADS];
  size_t started = 0;
  for (size_t t = 0; t < nthreads; t++) {
    shares[t] = (parse_share){v, errors, n * t / nthreads, n * (t + 1) / nthreads};
    if (t > 0 && pthread_create(&threads[t], NULL, parse_share_run, &shares[t]) == 0)
      started = t;
    else if (t > 0)
      parse_share_run(&shares[t]);  /* no thread: this one does it */
  }
  parse_share_run(&shares[0]);
  for (size_t t = 1; t <= started; t++)
    pthread_join(threads[t], NULL);
}

/* Cuts the text into lines, NUL-terminated in place. */
static void split_lines(osc_cases *cs)
{
  size_t lines = 0;
  for (char *p = cs->text; (p = memchr(p, '\n', cs->text + cs->text_len - p)); p++)
    lines++;
  cs->v = calloc(lines + 1, sizeof *cs->v);
  if (!cs->v)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  char *p = cs->text, *end = cs->text + cs->text_len;
  for (int lineno = 1; p < end; lineno++) {
    char *nl = memchr(p, '\n', end - p);
    size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
    p[len] = '\0';
    if (lineno == 1) {
      cs->header_line = p;
      cs->header_len = len;
    } else {
      cs->v[cs->n++] = (osc_case){.raw = p, .raw_len = len, .line = lineno};
    }
    p += len + 1;
  }
}

static bool parse_header(const char *path, osc_cases *cs)
{
  if (!cs->header_line)
    return bad(path, 1, "empty cases file", NULL);
  json_error_t jerr;
  json_t *h = json_loadb(cs->header_line, cs->header_len, JSON_ALLOW_NUL, &jerr);
  if (!h || !json_is_object(h)) {
    json_decref(h);
    return bad(path, 1, h ? "not a JSON object" : "not JSON: ", h ? NULL : jerr.text);
  }
  cs->header = h;
  cs->doc = str_field(h, "doc");
  return check_header(path, h);
}

static bool first_error(const char *path, const osc_cases *cs, parse_error *errors)
{
  for (size_t i = 0; i < cs->n; i++)
    if (errors[i][0])
      return bad(path, cs->v[i].line, errors[i], NULL);
  return true;
}

/* The case lines, parsed and checked; the first bad one is reported. */
static bool parse_cases(const char *path, osc_cases *cs)
{
  parse_error *errors = calloc(cs->n + 1, sizeof *errors);
  if (!errors)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  parse_all(cs->v, errors, cs->n);
  bool ok = first_error(path, cs, errors);
  free(errors);
  return ok;
}

static bool read_text(FILE *f, const char *path, osc_cases *cs)
{
  size_t cap = 1 << 20;
  cs->text = malloc(cap + 1);
  size_t got;
  while (cs->text && (got = fread(cs->text + cs->text_len, 1, cap - cs->text_len, f)) > 0) {
    cs->text_len += got;
    if (cs->text_len == cap)
      cs->text = realloc(cs->text, (cap *= 2) + 1);
  }
  if (!cs->text)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  cs->text[cs->text_len] = '\0';
  if (ferror(f)) {
    osc_error("%s: cannot read the cases: %s", path, strerror(errno));
    return false;
  }
  return true;
}

bool osc_cases_load(const char *path, osc_cases *out)
{
  memset(out, 0, sizeof *out);
  FILE *f = osc_open_input(path, "the cases");
  if (!f)
    return false;
  out->path = strdup(path);
  bool ok = read_text(f, path, out);
  fclose(f);
  if (ok) {
    split_lines(out);
    ok = parse_header(path, out);
  }
  ok = ok && parse_cases(path, out) && ids_unique(path, out);
  if (!ok)
    osc_cases_free(out);
  return ok;
}

void osc_cases_free(osc_cases *c)
{
  for (size_t i = 0; i < c->n; i++) {
    json_decref(c->v[i].json);
    if (c->v[i].raw_owned)
      free(c->v[i].raw);
  }
  free(c->v);
  free(c->text);
  json_decref(c->header);
  free(c->path);
  memset(c, 0, sizeof *c);
}
