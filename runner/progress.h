/* One progress line on a terminal (done/total, rate, failures so far);
 * nothing at all when stderr is not a terminal. The counts are the whole
 * run's, all workers together. */
#ifndef OSC_PROGRESS_H
#define OSC_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct osc_progress {
  bool on;
  size_t total;
  long long started_ms, shown_ms;
} osc_progress;

void osc_progress_start(osc_progress *p, size_t total);
/* failing: FAIL, ERROR, CRASH or TIMEOUT so far */
void osc_progress_show(osc_progress *p, size_t done, size_t failing);
void osc_progress_end(osc_progress *p);

#endif
