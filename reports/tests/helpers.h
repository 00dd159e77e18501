/* Shared by the reports tests: fixture databases built from the project's
 * own schema files plus the INSERTs of reports/tests/fixture/, and ways to
 * capture what a reporter or a subcommand prints. Tests run from the
 * repository root (make check-reports does). */
#ifndef OSC_REPORTS_TEST_HELPERS_H
#define OSC_REPORTS_TEST_HELPERS_H

#include "../model.h"
#include "../reporters.h"

#define TEST_ROOT "build/reports-test"

/* A fresh directory TEST_ROOT/name holding spec.db and results.db; returns
 * its path (a static buffer per call site is the caller's to copy). */
const char *fixture(const char *name);
char *path_in(const char *dir, const char *file);        /* malloc'd */
void sql(const char *db, const char *statements);          /* asserts success */
struct osc_model *fixture_model(const char *dir);          /* loaded and finished */
char *slurp(const char *path);                             /* malloc'd, NULL if absent */
char *render(rpt_reporter *report, const struct osc_model *m);   /* malloc'd */
/* Runs a subcommand with its stdout captured (malloc'd into *out) and its
 * stderr kept in last_stderr until the next run. */
int run(int (*cmd)(int, char **), char **out, const char *arg, ...);
extern char *last_stderr;

#endif
