/* One case from the runner's line to the outcome line: enter the sandbox,
 * build the setup, run the steps, evaluate the checks, and leave nothing
 * behind (cwd restored, every fd the case opened closed). */
#ifndef INTERP_CASE_H
#define INTERP_CASE_H

#include <jansson.h>

/* The fds the interpreter itself keeps open across cases (its pipes). */
typedef struct interp_keep {
  int fds[4];
  int n;
} interp_keep;

/* The outcome object for one parsed input line ({"sandbox", "case"}); never
 * NULL. msg is NULL when the line was not JSON (parse_error says why); a
 * malformed line or case gives a setup_error outcome naming it. */
json_t *interp_run_request(const json_t *msg, const char *parse_error, const interp_keep *keep);

#endif
