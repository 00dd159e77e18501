/* osconform report: builds the model once, then hands it to every reporter;
 * each file is written beside its final name and renamed into place, so a
 * reader never sees half a report. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "reports.h"
#include "reporters.h"
#include "../runner/diag.h"

static const struct { const char *file; rpt_reporter *report; } outputs[] = {
  { "index.html", rpt_report_html },
  { "results.json", rpt_report_json },
  { "junit.xml", rpt_report_junit },
  { "summary.md", rpt_report_markdown },
  { "divergence.md", rpt_report_divergence },
  { "coverage.md", rpt_report_coverage },
};

static const char usage[] =
  "usage: osconform report --results DB [--results DB ...] --spec SPEC_DB --out DIR\n"
  "                        [--coverage LCOV_HTML_DIR]\n"
  "Writes index.html, results.json, junit.xml, summary.md, divergence.md and\n"
  "coverage.md into DIR from the latest run of each target in the results.\n"
  "Exit: 0 written, 2 bad usage, 3 bad input, 4 system error.\n";

static int make_dir(const char *path)
{
  char buf[PATH_MAX];
  if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf)
    return -1;
  for (char *p = buf + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      if (mkdir(buf, 0777) != 0 && errno != EEXIST)
        return -1;
      *p = '/';
    }
  return mkdir(buf, 0777) != 0 && errno != EEXIST ? -1 : 0;
}

/* The lcov page as a link relative to the report directory, so the
 * reports can be moved or archived together with build/coverage. */
static const char *coverage_link(struct osc_model *m, const char *out, const char *dir)
{
  char page[PATH_MAX], from[PATH_MAX + 1], to[PATH_MAX], link[PATH_MAX * 2];
  snprintf(page, sizeof page, "%s/index.html", dir);
  if (!realpath(out, from) || !realpath(page, to))
    return NULL;
  if (from[strlen(from) - 1] != '/')
    strcat(from, "/");
  size_t common = 0;
  for (size_t i = 0; from[i] && from[i] == to[i]; i++)
    if (from[i] == '/')
      common = i + 1;
  size_t n = 0;
  for (const char *p = from + common; *p; p++)
    if (*p == '/')
      n += (size_t)snprintf(link + n, sizeof link - n, "../");
  snprintf(link + n, sizeof link - n, "%s", to + common);
  return rpt_strdup(m->arena, link);
}

static int write_one(const struct osc_model *m, const char *dir, const char *file,
                     rpt_reporter *report)
{
  char path[PATH_MAX], tmp[PATH_MAX + 8];
  snprintf(path, sizeof path, "%s/%s", dir, file);
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  FILE *f = fopen(tmp, "w");
  if (!f) {
    osc_error("%s: %s", tmp, strerror(errno));
    return OSC_EXIT_SYSTEM;
  }
  int bad = report(m, f);
  bad |= fclose(f);
  if (bad || rename(tmp, path) != 0) {
    osc_error("%s: cannot write: %s", path, strerror(errno));
    unlink(tmp);
    return OSC_EXIT_SYSTEM;
  }
  return 0;
}

struct options {
  const char **results;      /* room for every argument */
  size_t nresults;
  const char *spec, *out, *coverage;
};

static int parse(int argc, char **argv, struct options *o)
{
  static const struct option longs[] = {
    { "results", required_argument, NULL, 'r' }, { "spec", required_argument, NULL, 's' },
    { "out", required_argument, NULL, 'o' }, { "coverage", required_argument, NULL, 'c' },
    { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 }
  };
  int ch;
  optind = 1;
  while ((ch = getopt_long(argc, argv, "r:s:o:c:h", longs, NULL)) != -1) {
    if (ch == 'h') {
      fputs(usage, stdout);
      return -1;
    } else if (ch == 'r') {
      o->results[o->nresults++] = optarg;
    } else if (ch == 's') {
      o->spec = optarg;
    } else if (ch == 'o') {
      o->out = optarg;
    } else if (ch == 'c') {
      o->coverage = optarg;
    } else {
      fputs(usage, stderr);
      return OSC_EXIT_USAGE;
    }
  }
  if (optind < argc || !o->nresults || !o->spec || !o->out) {
    osc_error("report: %s", optind < argc ? "unexpected argument"
              : "--results, --spec and --out are required");
    fputs(usage, stderr);
    return OSC_EXIT_USAGE;
  }
  return 0;
}

int osc_cmd_report(int argc, char **argv)
{
  struct options o = { .nresults = 0 };
  o.results = calloc((size_t)argc + 1, sizeof *o.results);
  int rc = parse(argc, argv, &o);
  if (rc) {
    free(o.results);
    return rc < 0 ? OSC_EXIT_OK : rc;
  }
  struct osc_model *m = rpt_model_new();
  rc = rpt_model_load_results(m, o.results, o.nresults);
  if (!rc)
    rc = rpt_model_load_spec(m, o.spec);
  if (!rc && make_dir(o.out) != 0) {
    osc_error("%s: cannot create: %s", o.out, strerror(errno));
    rc = OSC_EXIT_SYSTEM;
  }
  if (!rc) {
    rpt_model_finish(m);
    if (o.coverage)
      m->coverage_link = coverage_link(m, o.out, o.coverage);
  }
  for (size_t i = 0; !rc && i < sizeof outputs / sizeof *outputs; i++)
    rc = write_one(m, o.out, outputs[i].file, outputs[i].report);
  if (!rc)
    printf("osconform: report: %zu targets, %zu objects -> %s/index.html\n",
           m->ntargets, m->nobjects, o.out);
  rpt_model_free(m);
  free(o.results);
  return rc;
}
