/* Isolation by fork (cases/FORMAT.md, Additions): a case that asks for
 * "isolate" runs in a child forked for it, which writes the outcome line
 * itself and is discarded; the shared target never sees its uid, umask,
 * cwd or rlimits. */
#ifndef INTERP_ISOLATE_H
#define INTERP_ISOLATE_H

#include <stdbool.h>
#include <stdio.h>
#include <jansson.h>
#include "case.h"

/* fd duplicated far above what cases open (close-on-exec), or -1. */
int interp_dup_high(int fd);

/* True when msg is a well-formed request whose case has "isolate": true. */
bool interp_request_isolated(const json_t *msg);

/* Runs the request's case in a forked child that answers on out_fd itself.
 * NULL when it answered; else the outcome the parent must send instead
 * ({"id", "crashed": "was killed by signal 9"}). out is flushed first. */
json_t *interp_run_forked(const json_t *msg, const interp_keep *keep, FILE *out, int out_fd);

#endif
