/* The gate's baseline file: what each target's cases gave in a run that
 * was accepted. Format in baseline.c. */
#ifndef OSC_BASELINE_H
#define OSC_BASELINE_H

#include "model.h"

struct osc_baseline_entry {
  const char *target, *case_id;
  enum osc_verdict verdict;
};

struct osc_baseline {
  struct osc_baseline_entry *entries;
  size_t n;
};

/* Both return 0 or print one error line and return a diag exit code. */
int rpt_baseline_write(const struct osc_model *m, const char *path);
int rpt_baseline_read(struct osc_arena *a, const char *path, struct osc_baseline *b);

#endif
