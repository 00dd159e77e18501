/* One progress line on a terminal (done/total, rate, failures so far);
 * nothing at all when stderr is not a terminal. */
#ifndef OSC_PROGRESS_H
#define OSC_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct osc_progress {
  bool on;
  size_t total, done, failures;
  long long started_ms, shown_ms;
} osc_progress;

void osc_progress_start(osc_progress *p, size_t total);
/* failed: FAIL, ERROR, CRASH or TIMEOUT */
void osc_progress_step(osc_progress *p, bool failed);
void osc_progress_end(osc_progress *p);

#endif
