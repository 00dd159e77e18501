/* Argument conversion and result values shared by the wait family. */
#include <sys/resource.h>
#include "internal/args.h"
#include "internal/wait.h"
#include "osref/wait.h"

osref_value *osref_wait_pair(int64_t pid, int status)
{
  if (pid < 0) return NULL;
  osref_value *t = osref_tuple(2);
  osref_seq_set(t, 0, osref_int(pid));
  osref_seq_set(t, 1, osref_int(status));
  return t;
}

osref_value *osref_wait_triple(int64_t pid, int status, const struct rusage *ru)
{
  if (pid < 0) return NULL;
  osref_value *t = osref_tuple(3);
  osref_seq_set(t, 0, osref_int(pid));
  osref_seq_set(t, 1, osref_int(status));
  osref_seq_set(t, 2, osref_rusage_value(ru));
  return t;
}

static const char *const rusage_fields[] = {
  "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
  "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
};
#define RUSAGE_LEN (sizeof rusage_fields / sizeof rusage_fields[0])

static double seconds(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6; }

osref_value *osref_rusage_value(const struct rusage *ru)
{
  const long counters[] = {
    ru->ru_maxrss, ru->ru_ixrss, ru->ru_idrss, ru->ru_isrss, ru->ru_minflt, ru->ru_majflt, ru->ru_nswap,
    ru->ru_inblock, ru->ru_oublock, ru->ru_msgsnd, ru->ru_msgrcv, ru->ru_nsignals, ru->ru_nvcsw, ru->ru_nivcsw,
  };
  osref_value *r = osref_struct("struct_rusage", rusage_fields, RUSAGE_LEN, RUSAGE_LEN);
  osref_seq_set(r, 0, osref_float(seconds(ru->ru_utime)));
  osref_seq_set(r, 1, osref_float(seconds(ru->ru_stime)));
  for (size_t i = 2; i < RUSAGE_LEN; i++) osref_seq_set(r, i, osref_int(counters[i - 2]));
  return r;
}

osref_value *osref_status_bool(const osref_value *status, bool (*fn)(int), osref_error *err)
{
  int s;
  return osref_arg_c_int(status, &s, err) ? osref_bool(fn(s)) : NULL;
}

osref_value *osref_status_int(const osref_value *status, int (*fn)(int), osref_error *err)
{
  int s;
  return osref_arg_c_int(status, &s, err) ? osref_int(fn(s)) : NULL;
}
