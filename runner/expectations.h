/* Known divergences of one implementation, kept outside the cases (as
 * wptrunner's metadata): runner/expectations/<implementation>.* , each line
 *   GLOB  VERDICT  ["OBSERVED"]  reason
 * e.g. "exists/O_EXLOCK  MISSING  not provided on Linux", or
 *      "lockf/lock  FAIL  "step 2: * got value 0"  PyPy's lockf returns 0, not None".
 * OBSERVED, a glob on the run's one-line difference (outcomes.reason),
 * pins what the divergence is: another failure of the same case is not
 * this one. '#' starts a comment; "include NAME" reads another file of the
 * directory. The first line that lists a case and holds applies. */
#ifndef OSC_EXPECTATIONS_H
#define OSC_EXPECTATIONS_H

#include <stdbool.h>
#include <stddef.h>
#include "verdict.h"

typedef struct osc_expectation {
  char *glob;
  osc_verdict verdict;
  char *observed;          /* a glob the run's one-line difference must match, or NULL */
  char *reason;
  char *file;
  int line;
  size_t matches;          /* cases of the file that it matches */
} osc_expectation;

typedef struct osc_expectations {
  osc_expectation *v;
  size_t n;
} osc_expectations;

/* Reads every DIR/IMPLEMENTATION@V.* file whose V starts `version` (by
 * whole components: pypy@7.3.txt for 7.3.11), then every
 * DIR/IMPLEMENTATION.* file, each kind in name order. A directory that
 * cannot be read, and bad lines: "osconform: error: FILE:LINE: what", false. */
bool osc_expectations_load(const char *dir, const char *implementation, const char *version,
                           osc_expectations *out);
bool osc_expectations_read_file(const char *path, osc_expectations *out);
void osc_expectations_free(osc_expectations *e);

/* The first expectation whose glob matches the case id, or NULL. */
osc_expectation *osc_expectations_match(osc_expectations *e, const char *case_id);
/* Does its glob match the case id? */
bool osc_expectation_lists(const osc_expectation *e, const char *case_id);
/* Does the expectation hold for this verdict and one-line difference? */
bool osc_expectation_holds(const osc_expectation *e, osc_verdict v, const char *reason);
/* The first line that lists the case and holds for what the run saw (a
 * root cause may take a line of its own: "*" with its difference), or NULL. */
const osc_expectation *osc_expectations_holding(const osc_expectations *e, const char *case_id, osc_verdict v,
                                                const char *reason);

#endif
