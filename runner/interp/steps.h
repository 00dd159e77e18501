/* The steps of cases/FORMAT.md over libosref's call layer: call, getattr,
 * hasattr, attr, method, iterate and signature. */
#ifndef INTERP_STEPS_H
#define INTERP_STEPS_H

#include <jansson.h>
#include "state.h"

typedef enum interp_step_result {
  INTERP_STEP_OK,       /* a value (bound if the step says so) */
  INTERP_STEP_FAILED,   /* raised, or a name was missing: later steps are skipped */
  INTERP_STEP_GOES_ON,  /* raised, and the step says "continue": later steps run */
  INTERP_STEP_BAD_CASE  /* the step itself is malformed: why says how */
} interp_step_result;

/* Runs one step; *outcome gets the step's outcome object. */
interp_step_result interp_run_step(const json_t *step, interp_case *c, json_t **outcome,
                                   char *why, size_t len);

#endif
