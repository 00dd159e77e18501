/* Setup the runner does in a case's directory for a target that cannot do
 * it itself (cases/FORMAT.md, "Setup by the runner"). */
#ifndef OSC_PREPARE_H
#define OSC_PREPARE_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>

typedef enum osc_prepared {
  OSC_PREPARED_NOTHING,  /* the target does all of the setup: send the case as it is */
  OSC_PREPARED_DONE,     /* *raw is the case with the setup left to the target */
  OSC_PREPARED_FAILED    /* err says why; nothing is sent */
} osc_prepared;

/* Does, in dir, the setup operations of kase up to the last one the
 * target's hello does not list in "setup_ops"; *raw (malloc'd) is then the
 * case with the rest. Nothing when the target can do all, or when one of
 * them is an "open" (an fd is the target's own). */
osc_prepared osc_prepare_setup(const json_t *hello, const json_t *kase, const char *dir, char **raw,
                               char *err, size_t len);

/* The runner does this setup operation for the target ("symlink"...). */
bool osc_prepare_does(const json_t *hello, const char *op);

#endif
