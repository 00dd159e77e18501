/* SIGINT and SIGTERM during a run: the handler only writes to a pipe, which
 * every wait polls, so the run stops at once, commits what it finished,
 * kills its target and removes its sandbox. */
#ifndef OSC_SIGNALS_H
#define OSC_SIGNALS_H

#include <stdbool.h>

bool osc_signals_install(void);
/* In a forked worker (with SIGINT and SIGTERM blocked across the fork): a
 * pipe of its own, so its signals wake only itself. */
bool osc_signals_after_fork(void);
/* The read end to poll; readable once a signal came. */
int osc_signals_fd(void);
bool osc_signals_caught(void);

#endif
