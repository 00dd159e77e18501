/* bench-targets: start-up time and cases per second of every target on a
 * batch of sample cases (cases/FORMAT.md), printed, never asserted. A
 * target whose runtime is missing is listed as skipped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "../../interp/tests/target_proc.h"

#define ROUNDS 100

static const char *const batch[] = {
  "{\"id\": \"b/mkdir\", \"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"]}], \"check\": [{\"op\": \"isdir\", \"path\": \"d\"}]}",
  "{\"id\": \"b/exists\", \"setup\": [{\"op\": \"mkdir\", \"path\": \"d\"}], \"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\"]}]}",
  "{\"id\": \"b/stat\", \"setup\": [{\"op\": \"write\", \"path\": \"f\", \"data\": \"abc\"}],"
  " \"steps\": [{\"call\": \"stat\", \"args\": [\"f\"], \"bind\": \"s\"}, {\"attr\": \"st_size\", \"on\": {\"ref\": \"s\"}}]}",
  "{\"id\": \"b/listdir\", \"setup\": [{\"op\": \"write\", \"path\": \"f\", \"data\": \"\"}], \"steps\": [{\"call\": \"listdir\", \"args\": [{\"bytes\": \"2e\"}]}]}",
  "{\"id\": \"b/hasattr\", \"steps\": [{\"hasattr\": \"mkdir\"}, {\"getattr\": \"O_RDONLY\"}, {\"signature\": \"mkdir\"}]}",
  "{\"id\": \"b/missing\", \"steps\": [{\"call\": \"no_such_function\"}]}",
};
#define BATCH (sizeof batch / sizeof batch[0])

typedef struct bench_target {
  const char *name, *exe;
  char *argv[4];
} bench_target;

static double now_s(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* CPU seconds (user + system) the target process has used so far: on a
 * shared machine, wall time alone says more about the neighbours. */
static double cpu_s(pid_t pid)
{
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
  FILE *f = fopen(path, "r");
  size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
  if (f)
    fclose(f);
  buf[n] = '\0';
  const char *p = strrchr(buf, ')');
  unsigned long utime = 0, stime = 0;
  if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) != 2)
    return 0;
  return (double)(utime + stime) / (double)sysconf(_SC_CLK_TCK);
}

static void bench(bench_target *b)
{
  target_proc t;
  char why[200];
  if (access(b->exe, X_OK) != 0) {
    printf("%-12s skipped: %s is not installed\n", b->name, b->exe);
    return;
  }
  double start = now_s();
  if (!target_start(&t, b->argv, why, sizeof why)) {
    printf("%-12s skipped: %s\n", b->name, why);
    return;
  }
  json_t *hello = target_read(&t, 300000);
  double ready = now_s(), cpu_ready = cpu_s(t.pid);
  int answered = 0;
  for (int r = 0; hello && r < ROUNDS; r++)
    for (size_t i = 0; i < BATCH; i++) {
      json_t *o = target_case(&t, batch[i], 30000);
      answered += o != NULL;
      json_decref(o);
    }
  double done = now_s(), cpu_done = cpu_s(t.pid);
  if (hello)
    printf("%-12s start-up %7.0f ms (cpu %6.0f ms)   %4d cases in %6.2f s (cpu %5.2f s)   %6.0f cases/s\n",
           b->name, (ready - start) * 1000, cpu_ready * 1000, answered, done - ready,
           cpu_done - cpu_ready, answered / (done - ready));
  else
    printf("%-12s no hello within 300 s\n", b->name);
  json_decref(hello);
  target_stop(&t);
}

int main(int argc, char **argv)
{
  if (argc != 3) {
    fprintf(stderr, "usage: bench-targets OSREF_TARGET DRIVERS_DIR\n");
    return 2;
  }
  char driver[300], pyodide[300], micropython[300];
  snprintf(driver, sizeof driver, "%s/start.py", argv[2]);
  snprintf(pyodide, sizeof pyodide, "%s/node/pyodide.mjs", argv[2]);
  snprintf(micropython, sizeof micropython, "%s/node/micropython.mjs", argv[2]);
  bench_target targets[] = {
    {"reference", argv[1], {argv[1], NULL}},
    {"python3", "/usr/bin/python3", {"/usr/bin/python3", driver, NULL}},
    {"pypy3", "/usr/bin/pypy3", {"/usr/bin/pypy3", driver, NULL}},
    {"pyodide", "/usr/bin/node", {"/usr/bin/node", pyodide, NULL}},
    {"micropython", "/usr/bin/node", {"/usr/bin/node", micropython, NULL}},
  };
  printf("targets: %d rounds of %zu sample cases each, one process per target\n", ROUNDS, BATCH);
  for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++)
    bench(&targets[i]);
  return 0;
}
