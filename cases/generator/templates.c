#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "schema.h"
#include "case_procs.h"
#include "diag.h"
#include "input.h"
#include "quote.h"
#include "safety.h"
#include "sha256.h"
#include "shape.h"
#include "templates.h"

typedef struct names { char **v; size_t n; } names;

static int ends_with(const char *s, const char *suffix)
{
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int walk(const char *root, const char *rel, names *out)
{
  char path[4096];
  snprintf(path, sizeof path, "%s%s%s", root, *rel ? "/" : "", rel);
  DIR *d = opendir(path);
  if (!d) {
    osc_error("%s: cannot read templates: %s", path, strerror(errno));
    return 0;
  }
  int ok = 1;
  for (struct dirent *e; ok && (e = readdir(d));) {
    if (e->d_name[0] == '.')
      continue;
    char sub[4096], full[8192];
    snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
    snprintf(full, sizeof full, "%s/%s", root, sub);
    struct stat st;
    if (stat(full, &st) == 0 && S_ISDIR(st.st_mode))
      ok = walk(root, sub, out);
    else if (ends_with(e->d_name, ".jsonl")) {
      out->v = realloc(out->v, (out->n + 1) * sizeof *out->v);
      out->v[out->n++] = strdup(sub);
    }
  }
  closedir(d);
  return ok;
}

static int by_name(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int templates_list(const char *dir, char ***files, size_t *n)
{
  names found = { NULL, 0 };
  int ok = walk(dir, "", &found);
  if (found.n)
    qsort(found.v, found.n, sizeof *found.v, by_name);
  *files = found.v;
  *n = found.n;
  return ok;
}

void templates_list_free(char **files, size_t n)
{
  for (size_t i = 0; i < n; i++)
    free(files[i]);
  free(files);
}

static char *read_whole(const char *path, size_t *len)
{
  FILE *f = osc_open_input(path, "the template");
  if (!f)
    return NULL;
  size_t cap = 4096, n = 0, got;
  char *buf = malloc(cap);
  if (!buf)
    osc_die(OSC_EXIT_SYSTEM, "out of memory");
  while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
    n += got;
    if (cap - n < 2)
      buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}

int templates_hash(const char *dir, char *const *files, size_t n, char hex[65])
{
  osc_sha256 s;
  osc_sha256_init(&s);
  for (size_t i = 0; i < n; i++) {
    char path[8192];
    size_t len;
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    char *text = read_whole(path, &len);
    if (!text)
      return 0;
    osc_sha256_update(&s, files[i], strlen(files[i]) + 1);
    osc_sha256_update(&s, text, len + 1);
    free(text);
  }
  osc_sha256_hex(&s, hex);
  return 1;
}

/* Where one template line comes from, for messages. */
typedef struct origin { const char *path; int line; } origin;

static size_t problem(const origin *at, const char *fmt, const char *a, const char *b)
{
  char what[1024];
  snprintf(what, sizeof what, fmt, a, b);
  osc_error("%s:%d: %s", at->path, at->line, what);
  return 1;
}

/* The object a template file is about: its name without '.jsonl', unless
 * the line names a class member with "object". */
static void object_name(const char *file, const json_t *t, char *name, size_t len)
{
  const char *given = json_string_value(json_object_get(t, "object"));
  const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
  if (given)
    snprintf(name, len, "%s", given);
  else
    snprintf(name, len, "%.*s", (int)(strlen(base) - strlen(".jsonl")), base);
}

static void copy_field(json_t *c, const json_t *t, const char *field)
{
  json_t *v = json_object_get(t, field);
  if (v)
    json_object_set(c, field, v);
}

static json_t *speculative_expect(size_t nsteps)
{
  json_t *e = json_array();
  for (size_t i = 0; i < nsteps; i++)
    json_array_append_new(e, json_pack("{sb}", "any", 1));
  return e;
}

static json_t *build_case(const spec *s, const spec_object *o, const json_t *t, const spec_claim *claim)
{
  const char *kind = json_string_value(json_object_get(t, "kind"));
  kind = kind ? kind : "behaviour";
  json_t *c = case_new(o, s->doc, kind, "%s/%s", o->name, json_string_value(json_object_get(t, "id")));
  case_set_claim(c, claim->id, claim->text);
  /* "since": a rule the doc says holds from a later version than its
   * object (versionchanged), as posix_spawn's env=None from 3.13. */
  static const char *const fields[] = { "since", "requires", "isolate", "timeout_ms", "setup", "steps",
                                        "expect", "check", "compare" };
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
    copy_field(c, t, fields[i]);
  if (strcmp(kind, "speculative") == 0)
    json_object_set_new(c, "expect", speculative_expect(json_array_size(json_object_get(t, "steps"))));
  return c;
}

/* One template line into one case; returns the number of problems (0 or 1). */
static size_t expand_line(const spec *s, const origin *at, const char *file, const json_t *t,
                          caseset *out, template_stats *stats)
{
  char why[512], name[256];
  if (!shape_check_template(t, why, sizeof why))
    return problem(at, "%s%s", why, "");
  object_name(file, t, name, sizeof name);
  const spec_object *o = spec_find(s, name);
  if (!o && !spec_documented_anywhere(s, name))
    return problem(at, "'%s' is not a documented name in spec.db%s", name, "");
  const spec_claim *claim = NULL;
  const char *quote = json_string_value(json_object_get(t, "quote"));
  quote_result r = o ? quote_resolve(s, o, quote, &claim) : QUOTE_OTHER_DOC;
  if (r == QUOTE_NONE)
    return problem(at, "quote matches no claim of '%s' in spec.db: \"%s\"", name, quote);
  if (r == QUOTE_AMBIGUOUS)
    return problem(at, "quote matches several claims of '%s'; quote more of the sentence: \"%s\"", name, quote);
  if (r == QUOTE_OTHER_DOC) {
    stats->other_doc++;
    return 0;
  }
  json_t *c = build_case(s, o, t, claim);
  if (!safety_check_case(c, why, sizeof why)) {
    json_decref(c);
    return problem(at, "unsafe case: %s (paths must stay inside the sandbox)", why, "");
  }
  if (!osc_case_schema_check(c, why, sizeof why)) {
    json_decref(c);
    return problem(at, "the case it makes breaks cases/case.schema.json: %s%s", why, "");
  }
  if (!osc_case_pids_check(c, why, sizeof why)) {
    json_decref(c);
    return problem(at, "unsafe case: %s%s", why, "");
  }
  caseset_add(out, c);
  stats->emitted++;
  return 0;
}

static int is_comment(const char *line)
{
  while (*line == ' ' || *line == '\t' || *line == '\r')
    line++;
  return *line == '\0' || (line[0] == '/' && line[1] == '/');
}

static size_t expand_file(const spec *s, const char *dir, const char *file, caseset *out,
                          template_stats *stats)
{
  char path[8192];
  size_t len, problems = 0;
  snprintf(path, sizeof path, "%s/%s", dir, file);
  char *text = read_whole(path, &len);
  if (!text)
    return 1;
  origin at = { path, 0 };
  for (char *line = text, *next; line; line = next) {
    next = strchr(line, '\n');
    if (next)
      *next++ = '\0';
    at.line++;
    if (is_comment(line))
      continue;
    json_error_t je;
    json_t *t = json_loads(line, JSON_REJECT_DUPLICATES, &je);
    stats->scenarios++;
    problems += t ? expand_line(s, &at, file, t, out, stats) : problem(&at, "invalid JSON: %s%s", je.text, "");
    json_decref(t);
  }
  free(text);
  return problems;
}

size_t templates_expand(const spec *s, const char *dir, char *const *files, size_t n,
                        caseset *out, template_stats *stats)
{
  size_t problems = 0;
  memset(stats, 0, sizeof *stats);
  stats->files = n;
  for (size_t i = 0; i < n; i++)
    problems += expand_file(s, dir, files[i], out, stats);
  return problems;
}
