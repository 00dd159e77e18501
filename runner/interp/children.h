/* The processes a case starts (cases/FORMAT.md, "Processes a case
 * starts"): what the child of a fork step does, and the processes a case
 * left behind. */
#ifndef INTERP_CHILDREN_H
#define INTERP_CHILDREN_H

#include <jansson.h>
#include "state.h"

/* In the child of a fork step, after the step: runs the step's "child"
 * steps when the step returned 0 there (forkpty: a pair starting with 0)
 * and exits 0, or 1 at the first child step that does not complete; a
 * child whose fork returned anything else exits 70. Never returns. */
_Noreturn void interp_be_fork_child(const json_t *step, const json_t *outcome, interp_case *c);

/* Makes the calling process the one its case's processes are counted by:
 * the leader of a process group of its own and, where the kernel has it, the
 * subreaper of its orphaned descendants. */
void interp_own_processes(void);

/* Kills and reaps every process the case left: the calling process's
 * children, zombies included, and the other members of its process group.
 * Returns how many there were. */
int interp_reap_leftovers(void);

#endif
