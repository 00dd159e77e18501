/* Sample cases from cases/FORMAT.md, each sent to a running target with
 * Criterion assertions on its outcome line. Every target test runs the
 * ones its runtime can answer. */
#ifndef SAMPLES_H
#define SAMPLES_H

#include "target_proc.h"

/* How long a target may take over one case in these tests (a slow,
 * shared machine; a real hang still fails). */
#define SAMPLE_TIMEOUT_MS 30000

void sample_hello(target_proc *t, const char *implementation);
/* errno_exc: the class an existing directory raises (MicroPython: OSError) */
void sample_mkdir_existing(target_proc *t, const char *exc);
void sample_stat_struct(target_proc *t);
void sample_fd_from_setup(target_proc *t);
void sample_closed_fd(target_proc *t);
void sample_missing_and_skipped(target_proc *t);
void sample_continue_after_raise(target_proc *t);
void sample_hasattr_getattr(target_proc *t);
void sample_signature(target_proc *t);
void sample_bytes_and_pathlike(target_proc *t);
void sample_scandir_iterate(target_proc *t);
void sample_checks(target_proc *t);
void sample_setup_error(target_proc *t);
void sample_bad_case(target_proc *t);
void sample_bad_line(target_proc *t);
void sample_stdout_kept(target_proc *t);
void sample_leftover_fd_closed(target_proc *t);
void sample_fork_child_silent(target_proc *t);
void sample_host_sandbox(target_proc *t);
/* For a target with the capability "fork-isolation" (samples_isolate.c). */
void sample_isolation_by_fork(target_proc *t);
/* Fork steps' children and the processes a case leaves (samples_isolate.c). */
void sample_fork_children(target_proc *t);
/* driver.py: isolated cases start from the start-up state (a zygote). */
void sample_isolation_from_startup(target_proc *t);
/* The same for a WebAssembly target, which runs an isolated case in a fresh
 * instance in the same process (samples_isolate.c). */
void sample_isolation_by_instance(target_proc *t);

/* The samples any os over a POSIX-like file system answers as CPython does
 * (also Pyodide's, which has no fork or fifos). */
void samples_portable(target_proc *t);
/* Runs every sample a full POSIX os answers (the reference, CPython, PyPy). */
void samples_full(target_proc *t, const char *implementation);

#endif
