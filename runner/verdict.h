/* From a case and what the target did to a verdict (DESIGN.md, "Verdicts").
 * Computed here, never in the target. */
#ifndef OSC_VERDICT_H
#define OSC_VERDICT_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>
#include "avail.h"

typedef enum osc_verdict {
  OSC_PASS, OSC_FAIL, OSC_MISSING, OSC_UNEXPECTED, OSC_UNSUPPORTED, OSC_STUB,
  OSC_SKIP, OSC_ERROR, OSC_CRASH, OSC_TIMEOUT, OSC_OBSERVED, OSC_NOTYET,
  OSC_XFAIL,   /* a failure listed in runner/expectations, as listed: an expected failure */
  OSC_VERDICT_COUNT
} osc_verdict;

const char *osc_verdict_name(osc_verdict v);
bool osc_verdict_parse(const char *name, osc_verdict *out);

typedef struct osc_judge_in {
  const json_t *kase;          /* the case */
  const json_t *outcome;       /* the target's outcome line */
  osc_avail avail;             /* the case's availability on the target's facts */
  const char *avail_why;       /* why it is unknown */
  bool on_reference;           /* the target is the reference itself */
  bool reference_known;        /* a reference run exists in the results */
  const json_t *reference;     /* its outcome for this case, or NULL */
  const char *language_version;  /* the Python version the target implements, or NULL */
  const char *sys_platform;    /* the target's, or NULL */
  const char *reference_platform;  /* the reference run's sys_platform, or NULL */
  const json_t *witness;       /* the reference's outcome for this case (the own one on the
                                  reference): says why the platform lacks a name, or NULL */
} osc_judge_in;

typedef struct osc_judgement {
  osc_verdict verdict;
  char reason[400];
  char *expected;              /* owned JSON text: what was expected, for FAIL and existence */
} osc_judgement;

void osc_judge(const osc_judge_in *in, osc_judgement *out);

/* Sets a verdict and its one-line reason (any struct with both). */
void osc_set_verdict(osc_verdict *verdict, char *reason, size_t len, osc_verdict v, const char *fmt, ...)
  __attribute__((format(printf, 5, 6)));
#define OSC_VERDICT(out, v, ...) osc_set_verdict(&(out)->verdict, (out)->reason, sizeof (out)->reason, v, __VA_ARGS__)

#endif
