/* What the runner's tests share: scratch directories, files of cases, and
 * running the sanitized osconform against the fake target. */
#ifndef OSC_TEST_HELPERS_H
#define OSC_TEST_HELPERS_H

#include <stdbool.h>
#include <sys/types.h>

/* A new directory under /tmp, removed by th_cleanup. */
char *th_tempdir(void);
void th_cleanup(char *dir);
/* A scratch directory per test, for .init and .fini. */
extern char *th_dir;
void th_dir_setup(void);
void th_dir_teardown(void);
void th_write(const char *dir, const char *name, const char *text);
/* A cases file in dir from case lines (NULL-terminated), after a header. */
char *th_cases(const char *dir, const char *const *lines);
/* Starts `osconform run ARGS...` with TMPDIR=dir (where the sandbox root
 * goes); stdout and stderr go to dir/out and dir/err. */
pid_t th_start(const char *dir, const char *const *args);
int th_wait(pid_t pid);
int th_run(const char *dir, const char *const *args);
/* The first column of the first row, as text ("" when NULL, "(none)" when no row). */
char *th_query(const char *db, const char *sql);
void th_sql(const char *db, const char *statements);
/* The verdict recorded for a case in the last run. */
char *th_verdict(const char *db, const char *case_id);
char *th_read(const char *dir, const char *name);
const char *th_env(const char *name);
/* A file of runner/tests/fixtures (static buffer). */
const char *th_fixture(const char *name);
/* Sends this process's stderr to dir/err until th_stderr_back. */
int th_stderr_to(const char *dir);
void th_stderr_back(int saved);
/* The number of entries in dir (the sandbox roots left behind, say). */
int th_count_entries(const char *dir, const char *prefix);

#endif
