#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include "caseset.h"
#include "coverage.h"
#include "diag.h"
#include "generate.h"
#include "kinds.h"
#include "provided.h"
#include "sha256.h"
#include "spec.h"
#include "systematic.h"
#include "templates.h"

typedef struct options {
  const char *spec, *doc, *templates, *out;
  int stats, require_coverage;
} options;

static const char usage[] =
  "usage: osconform generate --spec FILE [--doc VERSION] [--templates DIR] [--out FILE] [--stats]\n"
  "  --spec FILE       the spec database (build/spec.db)\n"
  "  --doc VERSION     the doc version to generate for: 3.14 (default), 3.8, 3.1\n"
  "  --templates DIR   the scenario templates (default cases/templates)\n"
  "  --out FILE        where to write the cases (default: standard output)\n"
  "  --stats           print the number of cases of each kind and the time taken\n"
  "  --require-coverage  exit 1 when a function the reference provides has no behaviour case\n";

static int parse_options(int argc, char **argv, options *o)
{
  static const struct option longopts[] = {
    { "spec", required_argument, NULL, 's' }, { "doc", required_argument, NULL, 'd' },
    { "templates", required_argument, NULL, 't' }, { "out", required_argument, NULL, 'o' },
    { "stats", no_argument, NULL, 'S' }, { "require-coverage", no_argument, NULL, 'C' },
    { "help", no_argument, NULL, 'h' }, { 0, 0, 0, 0 },
  };
  *o = (options){ NULL, "3.14", "cases/templates", NULL, 0, 0 };
  optind = 1;
  for (int c; (c = getopt_long(argc, argv, "", longopts, NULL)) != -1;) {
    switch (c) {
    case 's': o->spec = optarg; break;
    case 'd': o->doc = optarg; break;
    case 't': o->templates = optarg; break;
    case 'o': o->out = optarg; break;
    case 'S': o->stats = 1; break;
    case 'C': o->require_coverage = 1; break;
    case 'h': fputs(usage, stdout); return -1;
    default: fputs(usage, stderr); return OSC_EXIT_USAGE;
    }
  }
  if (optind < argc) {
    osc_error("generate: unexpected argument '%s'", argv[optind]);
    return OSC_EXIT_USAGE;
  }
  if (!o->spec) {
    osc_error("generate: --spec FILE is required");
    return OSC_EXIT_USAGE;
  }
  return 0;
}

/* sys.platform as Python names it: the kernel's name in lower case. */
static void sys_platform(char *out, size_t len)
{
  struct utsname u;
  snprintf(out, len, "%s", uname(&u) == 0 ? u.sysname : "unknown");
  for (; *out; out++)
    if (*out >= 'A' && *out <= 'Z')
      *out = (char)(*out + 32);
}

static json_t *header(const options *o, const char *spec_sha, const char *templates_sha)
{
  char platform[128];
  sys_platform(platform, sizeof platform);
  return json_pack("{sssisssss{ssss}s{ss}}", "format", "osconform-cases", "version", 1, "doc", o->doc,
                   "generated_by", "osconform generate", "inputs", "spec.db", spec_sha,
                   "templates", templates_sha, "platform", "sys_platform", platform);
}

static int write_stream(const char *path, FILE *f, const caseset *cs, const json_t *head)
{
  int ok = caseset_write(cs, head, f);
  ok = (fclose(f) == 0) && ok;
  if (!ok)
    osc_error("%s: cannot write: %s", path, strerror(errno));
  return ok;
}

/* A regular file (or a new one) is written through a temporary file renamed
 * into place, so an interrupted run never leaves a truncated cases file. A
 * device, FIFO or anything else that exists is written in place: renaming
 * over /dev/null would replace the device with a file. */
static int write_cases(const options *o, const caseset *cs, const json_t *head)
{
  if (!o->out)
    return caseset_write(cs, head, stdout) && fflush(stdout) == 0;
  struct stat st;
  int special = stat(o->out, &st) == 0 && !S_ISREG(st.st_mode);
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", o->out);
  const char *target = special ? o->out : tmp;
  FILE *f = fopen(target, "w");
  if (!f) {
    osc_error("%s: cannot write: %s", target, strerror(errno));
    return 0;
  }
  int ok = write_stream(target, f, cs, head);
  if (special)
    return ok;
  if (ok && rename(tmp, o->out) != 0) {
    osc_error("%s: cannot write: %s", o->out, strerror(errno));
    ok = 0;
  }
  if (!ok)
    remove(tmp);
  return ok;
}

static double elapsed_ms(const struct timespec *a, const struct timespec *b)
{
  return (double)(b->tv_sec - a->tv_sec) * 1e3 + (double)(b->tv_nsec - a->tv_nsec) / 1e6;
}

static void print_stats(const caseset *cs, const template_stats *ts, const sys_stats *ss, double ms)
{
  static const char *const kinds[] = { "existence", "signature", "value", "behaviour", "speculative" };
  size_t count[5] = { 0 };
  size_t i;
  json_t *c;
  json_array_foreach(cs->cases, i, c)
    for (size_t k = 0; k < 5; k++)
      count[k] += strcmp(json_string_value(json_object_get(c, "kind")), kinds[k]) == 0;
  fprintf(stderr, "osconform: generate: %zu cases: existence %zu, signature %zu, value %zu, "
          "behaviour %zu, speculative %zu\n", json_array_size(cs->cases),
          count[0], count[1], count[2], count[3], count[4]);
  fprintf(stderr, "osconform: generate: systematic: %zu functions, %zu cases, %zu rules without filler; "
          "templates: %zu files, %zu scenarios, %zu cases, %zu for another doc version; %.1f ms\n",
          ss->functions, ss->emitted, ss->unfilled, ts->files, ts->scenarios, ts->emitted,
          ts->other_doc, ms);
}

typedef struct inputs {
  struct timespec t0;
  spec s;
  char **files;
  size_t nfiles;
  char spec_sha[65], templates_sha[65];
} inputs;

static int load_inputs(const options *o, inputs *in)
{
  clock_gettime(CLOCK_MONOTONIC, &in->t0);
  if (!osc_sha256_file(o->spec, in->spec_sha)) {
    osc_error("%s: cannot read: %s", o->spec, strerror(errno));
    return 0;
  }
  return spec_load(&in->s, o->spec, o->doc)
      && templates_list(o->templates, &in->files, &in->nfiles)
      && templates_hash(o->templates, in->files, in->nfiles, in->templates_sha);
}

/* The spec coverage promise: every function the reference provides has a
 * behaviour case. Reported with --stats, enforced with --require-coverage. */
static int check_coverage(const options *o, const spec *s, const caseset *cs,
                          const char *const *provided, size_t nprovided)
{
  size_t documented;
  FILE *report = o->stats || o->require_coverage ? stderr : NULL;
  size_t missing = coverage_missing(s, cs, provided, nprovided, &documented, report);
  if (o->stats)
    fprintf(stderr, "osconform: generate: behaviour cases for %zu of %zu documented functions the reference provides\n",
            documented - missing, documented);
  return missing == 0 || !o->require_coverage;
}

static int generate(const options *o, inputs *in, caseset *cs)
{
  template_stats ts;
  sys_stats ss;
  struct timespec t1;
  size_t nprovided;
  const char **provided = provided_functions(&nprovided);
  gen_existence(&in->s, cs);
  gen_signature(&in->s, cs);
  gen_value(&in->s, cs);
  gen_systematic(&in->s, provided, nprovided, cs, &ss);
  size_t problems = templates_expand(&in->s, o->templates, in->files, in->nfiles, cs, &ts);
  int rc = OSC_EXIT_OK;
  if (problems) {
    osc_error("generate: %zu problem%s in the templates; nothing written", problems, problems == 1 ? "" : "s");
    rc = OSC_EXIT_INPUT;
  } else if (!caseset_sort(cs)) {
    rc = OSC_EXIT_INPUT;
  } else {
    json_t *head = header(o, in->spec_sha, in->templates_sha);
    rc = write_cases(o, cs, head) ? OSC_EXIT_OK : OSC_EXIT_SYSTEM;
    json_decref(head);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (rc == OSC_EXIT_OK && o->stats)
      print_stats(cs, &ts, &ss, elapsed_ms(&in->t0, &t1));
    if (rc == OSC_EXIT_OK && !check_coverage(o, &in->s, cs, provided, nprovided))
      rc = OSC_EXIT_FAIL;
  }
  free(provided);
  return rc;
}

int osc_cmd_generate(int argc, char **argv)
{
  options o;
  int rc = parse_options(argc, argv, &o);
  if (rc)
    return rc < 0 ? OSC_EXIT_OK : rc;
  inputs in;
  memset(&in, 0, sizeof in);
  caseset cs;
  caseset_init(&cs);
  rc = load_inputs(&o, &in) ? generate(&o, &in, &cs) : OSC_EXIT_INPUT;
  caseset_free(&cs);
  templates_list_free(in.files, in.nfiles);
  spec_free(&in.s);
  return rc;
}
