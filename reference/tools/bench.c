/* osref-bench: the cost of the call layer, printed for `make bench` (never
 * asserted: timings depend on the machine). */
#include <stdio.h>
#include <time.h>
#include "osref.h"

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Calls os.name(*args, **kwargs) n times; returns ns per call. */
static double per_call(const char *name, osref_value *args, osref_value *kwargs, long n)
{
  osref_error err;
  double t0 = now();
  for (long i = 0; i < n; i++) osref_decref(osref_call(name, args, kwargs, &err));
  return (now() - t0) * 1e9 / (double)n;
}

int main(void)
{
  const long n = 200000;
  size_t count;
  const osref_entry *e = osref_entries(&count);
  double t0 = now();
  for (long i = 0; i < n; i++) (void)osref_lookup(e[(size_t)i % count].name);
  printf("osref_lookup over %zu entries: %.0f ns\n", count, (now() - t0) * 1e9 / (double)n);

  osref_value *none = osref_tuple(0), *path = osref_tuple(1), *kw = osref_dict();
  osref_seq_set(path, 0, osref_pathlike(osref_str("/tmp")));
  osref_dict_set(kw, osref_str("default"), osref_str("x"));
  osref_value *key = osref_tuple(1);
  osref_seq_set(key, 0, osref_str("OSREF_BENCH_NO_SUCH_VARIABLE"));
  printf("os.getpid(): %.0f ns\n", per_call("getpid", none, NULL, n));
  printf("os.fspath(PathLike): %.0f ns\n", per_call("fspath", path, NULL, n));
  printf("os.getenv(key, default=...): %.0f ns\n", per_call("getenv", key, kw, n));
  printf("os.uname(): %.0f ns\n", per_call("uname", none, NULL, n / 10));
  osref_decref(none), osref_decref(path), osref_decref(kw), osref_decref(key);
  return 0;
}
