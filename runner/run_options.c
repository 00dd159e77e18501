#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cases.h"
#include "diag.h"
#include "run_options.h"
#include "target_command.h"
#include "workers.h"

static const char usage[] =
  "usage: osconform run --target T [options]\n"
  "\n"
  "Runs cases against one target and records every outcome in results.db.\n"
  "\n"
  "targets:\n"
  "  reference         the case interpreter over libosref (build/bin/osref-target)\n"
  "  python:EXE        a Python executable running runner/drivers/driver.py (start.py)\n"
  "  pyodide           Pyodide under Node (runner/drivers/node/pyodide.mjs)\n"
  "  micropython       MicroPython under Node (runner/drivers/node/micropython.mjs)\n"
  "  exec:PATH         any executable that speaks the target protocol (cases/FORMAT.md)\n"
  "  python:ROOT:EXE   a Python executable inside a Debian root, run with ROOT as /\n"
  "  cpython3.14, cpython3.13, pypy3.11, micropython-unix\n"
  "                    aliases for python:ROOT:/usr/bin/... in the root `make targets`\n"
  "                    builds ($OSCONFORM_ROOT, default ~/.cache/osconform/sid)\n"
  "\n"
  "options:\n"
  "  --target T        the target (required)\n"
  "  --doc V           doc version of the cases (default 3.14)\n"
  "  --cases FILE      cases file (default build/cases/V.jsonl)\n"
  "  --filter GLOB     only the cases whose id matches; repeatable\n"
  "  --results FILE    results database (default build/results.db)\n"
  "  --resume          continue the latest unfinished run of this target\n"
  "  --jobs N          run the cases in N worker processes, each with its own\n"
  "                    target process (default: one per online CPU)\n"
  "  --timeout MS      timeout of a case that gives none (default 5000)\n"
  "  --host LABEL      machine label recorded with the run (default the host name)\n"
  "  --expectations DIR  known divergences (default runner/expectations)\n"
  "  --platforms FILE  platform vocabulary (default spec/platforms.json)\n"
  "  --python-version X.Y  judge the target as an implementation of Python X.Y\n"
  "                    (default: the version it reports, sys.version_info)\n"
  "  --unconfined      run the target without bubblewrap's namespaces: cases can\n"
  "                    then reach the whole machine (every report of the run says so)\n"
  "  --help            this text\n"
  "\n"
  "exit status:\n"
  "  0    every selected case got a verdict (failures are data: see `osconform gate`)\n"
  "  2    bad command line\n"
  "  3    a bad input file: cases, platforms, expectations, results\n"
  "  4    the system refused: out of memory, fork, disk\n"
  "  5    the target could not be started, or not restarted\n"
  "  130  interrupted (SIGINT/SIGTERM); what finished is kept, --resume goes on\n";

enum { OPT_TARGET = 256, OPT_DOC, OPT_CASES, OPT_FILTER, OPT_RESULTS, OPT_RESUME,
       OPT_JOBS, OPT_TIMEOUT, OPT_HOST, OPT_EXPECTATIONS, OPT_PLATFORMS, OPT_UNCONFINED, OPT_PYTHON_VERSION, OPT_HELP };

static const struct option options[] = {
  {"target", required_argument, NULL, OPT_TARGET},
  {"doc", required_argument, NULL, OPT_DOC},
  {"cases", required_argument, NULL, OPT_CASES},
  {"filter", required_argument, NULL, OPT_FILTER},
  {"results", required_argument, NULL, OPT_RESULTS},
  {"resume", no_argument, NULL, OPT_RESUME},
  {"jobs", required_argument, NULL, OPT_JOBS},
  {"timeout", required_argument, NULL, OPT_TIMEOUT},
  {"host", required_argument, NULL, OPT_HOST},
  {"expectations", required_argument, NULL, OPT_EXPECTATIONS},
  {"platforms", required_argument, NULL, OPT_PLATFORMS},
  {"unconfined", no_argument, NULL, OPT_UNCONFINED},
  {"python-version", required_argument, NULL, OPT_PYTHON_VERSION},
  {"help", no_argument, NULL, OPT_HELP},
  {NULL, 0, NULL, 0}};

static int misuse(const char *what, const char *arg)
{
  osc_error("run: %s%s (see osconform run --help)", what, arg ? arg : "");
  return OSC_EXIT_USAGE;
}

static bool known_target(const char *t)
{
  return strcmp(t, "reference") == 0 || strcmp(t, "pyodide") == 0 || strcmp(t, "micropython") == 0 ||
         (strncmp(t, "python:", 7) == 0 && t[7]) || (strncmp(t, "exec:", 5) == 0 && t[5]) ||
         osc_target_is_alias(t);
}

/* X.Y with numbers of at most three digits. */
static bool is_version(const char *v)
{
  int major, minor, n = 0;
  return sscanf(v, "%3d.%3d%n", &major, &minor, &n) == 2 && v[n] == '\0' && major >= 0 && minor >= 0;
}

static int take(int opt, const char *arg, osc_run_options *o)
{
  char *end;
  long ms, n;
  switch (opt) {
  case OPT_TARGET: o->target = arg; return 0;
  case OPT_DOC: o->doc = arg; return 0;
  case OPT_CASES: o->cases = arg; return 0;
  case OPT_FILTER:
    if (o->nfilters == OSC_MAX_FILTERS)
      return misuse("too many --filter options", NULL);
    o->filters[o->nfilters++] = arg;
    return 0;
  case OPT_RESULTS: o->results = arg; return 0;
  case OPT_RESUME: o->resume = true; return 0;
  case OPT_JOBS:
    n = strtol(arg, &end, 10);
    if (*end || n < 1 || n > OSC_MAX_JOBS)
      return misuse("--jobs wants a number of workers between 1 and 64, not ", arg);
    o->jobs = (int)n;
    return 0;
  case OPT_TIMEOUT:
    ms = strtol(arg, &end, 10);
    if (*end || ms <= 0 || ms > 3600000)
      return misuse("--timeout wants milliseconds between 1 and 3600000, not ", arg);
    o->timeout_ms = (int)ms;
    return 0;
  case OPT_HOST: o->host = arg; return 0;
  case OPT_EXPECTATIONS: o->expectations = arg; return 0;
  case OPT_PLATFORMS: o->platforms = arg; return 0;
  case OPT_UNCONFINED: o->unconfined = true; return 0;
  case OPT_PYTHON_VERSION:
    if (!is_version(arg))
      return misuse("--python-version wants X.Y, as 3.13, not ", arg);
    o->python_version = arg;
    return 0;
  case OPT_HELP: fputs(usage, stdout); return -1;
  default: return misuse("unknown option", NULL);
  }
}

int osc_run_parse(int argc, char **argv, osc_run_options *o)
{
  memset(o, 0, sizeof *o);
  o->doc = "3.14";
  o->timeout_ms = OSC_DEFAULT_TIMEOUT_MS;
  o->jobs = osc_workers_default();
  opterr = 0;
  optind = 1;
  int opt;
  while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
    if (opt == '?')
      return misuse("unknown option or missing value: ", argv[optind - 1]);
    int rc = take(opt, optarg, o);
    if (rc)
      return rc;
  }
  if (optind < argc)
    return misuse("unexpected argument: ", argv[optind]);
  if (!o->target)
    return misuse("--target is required", NULL);
  if (!known_target(o->target))
    return misuse("unknown target: ", o->target);
  return 0;
}
