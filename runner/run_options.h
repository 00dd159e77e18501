/* The command line of `osconform run`. */
#ifndef OSC_RUN_OPTIONS_H
#define OSC_RUN_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#define OSC_MAX_FILTERS 32

typedef struct osc_run_options {
  const char *target;
  const char *doc;
  const char *cases;          /* NULL: <home>/build/cases/<doc>.jsonl */
  const char *filters[OSC_MAX_FILTERS];
  size_t nfilters;
  const char *results;        /* NULL: <home>/build/results.db */
  bool resume;
  int jobs;                   /* worker processes, each with its own target */
  int timeout_ms;             /* for cases that do not give their own */
  const char *host;           /* NULL: the host name */
  const char *expectations;   /* NULL: <home>/runner/expectations */
  const char *platforms;      /* NULL: <home>/spec/platforms.json */
  const char *python_version; /* NULL: the language version the target reports */
  bool unconfined;            /* run the target without bubblewrap (reports say so) */
} osc_run_options;

/* 0 to go on; -1 after --help (exit 0); else the exit status (USAGE). */
int osc_run_parse(int argc, char **argv, osc_run_options *o);

#endif
