/* osconform: one command, one subcommand per job of the pipeline. */
#include <stdio.h>
#include <string.h>
#include "../cases/generator/generate.h"
#include "../reports/reports.h"
#include "diag.h"
#include "run.h"

typedef int (*osc_cmd)(int argc, char **argv);

/* Weak: a build without a part (the runner's own test binary) links, and
 * that subcommand says it is not there. */
#pragma weak osc_cmd_generate
#pragma weak osc_cmd_report
#pragma weak osc_cmd_gate
#pragma weak osc_cmd_merge

static const struct subcommand {
  const char *name;
  osc_cmd run;
  const char *what;
} subcommands[] = {
  {"generate", osc_cmd_generate, "expand build/spec.db and cases/templates into cases"},
  {"run", osc_cmd_run, "run cases against a target, outcomes into results.db"},
  {"report", osc_cmd_report, "HTML, JSON, JUnit and Markdown reports from results.db"},
  {"gate", osc_cmd_gate, "fail on a regression against a baseline, or under a score"},
  {"merge", osc_cmd_merge, "merge results from several platforms into one matrix"},
};

static void usage(FILE *out)
{
  fputs("usage: osconform COMMAND [options]   (osconform COMMAND --help for its options)\n\ncommands:\n", out);
  for (size_t i = 0; i < sizeof subcommands / sizeof *subcommands; i++)
    fprintf(out, "  %-9s %s\n", subcommands[i].name, subcommands[i].what);
  fputs("\nexit status: 0 done; 1 gate failed; 2 bad command line; 3 bad input file;\n"
        "4 system error; 5 target could not be started; 130 interrupted\n", out);
}

int main(int argc, char **argv)
{
  if (argc < 2) {
    usage(stderr);
    return OSC_EXIT_USAGE;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
    usage(stdout);
    return OSC_EXIT_OK;
  }
  for (size_t i = 0; i < sizeof subcommands / sizeof *subcommands; i++) {
    if (strcmp(argv[1], subcommands[i].name) != 0)
      continue;
    if (!subcommands[i].run)
      osc_die(OSC_EXIT_USAGE, "%s: this build of osconform does not include it yet", argv[1]);
    return subcommands[i].run(argc - 1, argv + 1);
  }
  osc_error("unknown command '%s' (see osconform --help)", argv[1]);
  return OSC_EXIT_USAGE;
}
