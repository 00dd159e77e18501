/* os.sched_setaffinity(pid, mask, /): mask is an iterable of CPU numbers. */
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <stdlib.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/sched.h"

#ifdef HAVE_SCHED_SETAFFINITY
static bool check_cpu(int64_t cpu, osref_error *err)
{
  if (cpu < 0) osref_set_error(err, "ValueError", "negative CPU number");
  else if (cpu > INT_MAX - 1) osref_set_error(err, "OverflowError", "CPU number too large");
  return cpu >= 0 && cpu <= INT_MAX - 1;
}

int osref_sched_setaffinity(pid_t pid, const int64_t *cpus, size_t n, osref_error *err)
{
  int ncpus = 64;   /* at least a word, as CPython's first set */
  for (size_t i = 0; i < n; i++) {
    if (!check_cpu(cpus[i], err)) return -1;
    if (cpus[i] >= ncpus) ncpus = (int)cpus[i] + 1;
  }
  size_t size = CPU_ALLOC_SIZE(ncpus);
  /* calloc, not CPU_ZERO_S: a set for a large CPU number stays untouched memory. */
  cpu_set_t *mask = calloc(1, size);
  if (!mask) {
    osref_set_error(err, "MemoryError", "out of memory");
    return -1;
  }
  for (size_t i = 0; i < n; i++) CPU_SET_S((size_t)cpus[i], size, mask);
  int r = sched_setaffinity(pid, size, mask);
  int e = errno;
  free(mask);
  return r < 0 ? osref_fail(-e, err) : 0;
}

/* An item of mask, checked when Python's iteration reaches it. */
static bool cpu_item(const osref_value *item, int64_t *out, osref_error *err)
{
  if (item->type != OSREF_INT && item->type != OSREF_BOOL) {
    osref_set_error(err, "TypeError", "expected an iterator of ints, but iterator yielded <class '%s'>",
                    osref_type_name(item));
    return false;
  }
  *out = item->type == OSREF_BOOL ? item->u.b : item->u.i;
  return check_cpu(*out, err);
}

/* The values Python's iter(mask) yields, for a container of values: the
 * items of a list, tuple or set, the keys of a dict; TypeError for a value
 * that does not iterate. */
static bool mask_items(const osref_value *mask, osref_value *const **items, size_t *n, osref_error *err)
{
  switch (mask->type) {
  case OSREF_LIST: case OSREF_TUPLE: case OSREF_SET:
    *items = mask->u.seq.items, *n = mask->u.seq.len;
    return true;
  case OSREF_DICT:
    *items = mask->u.dict.keys, *n = mask->u.dict.len;
    return true;
  default:
    osref_set_error(err, "TypeError", "'%s' object is not iterable", osref_type_name(mask));
    return false;
  }
}

/* mask as CPU numbers (free it), or NULL with err. A str yields strs, a
 * bytes ints. */
static int64_t *mask_cpus(const osref_value *mask, size_t *n, osref_error *err)
{
  if (mask->type == OSREF_STR && mask->u.s.len > 0) {
    osref_set_error(err, "TypeError", "expected an iterator of ints, but iterator yielded <class 'str'>");
    return NULL;
  }
  bool is_text = mask->type == OSREF_STR || mask->type == OSREF_BYTES;
  osref_value *const *items = NULL;
  *n = is_text ? mask->u.s.len : 0;
  if (!is_text && !mask_items(mask, &items, n, err)) return NULL;
  int64_t *cpus = malloc((*n + 1) * sizeof *cpus);
  if (!cpus) {
    osref_set_error(err, "MemoryError", "out of memory");
    return NULL;
  }
  for (size_t i = 0; i < *n; i++) {
    if (is_text) {
      cpus[i] = (unsigned char)mask->u.s.data[i];   /* iterating bytes yields ints */
    } else if (!cpu_item(items[i], &cpus[i], err)) {
      free(cpus);
      return NULL;
    }
  }
  return cpus;
}

static osref_value *call_sched_setaffinity(osref_value *const *argv, osref_error *err)
{
  pid_t pid;
  size_t n;
  int64_t *cpus;
  if (!osref_sched_arg_pid("sched_setaffinity", argv[0], &pid, err) || !(cpus = mask_cpus(argv[1], &n, err)))
    return NULL;
  int r = osref_sched_setaffinity(pid, cpus, n, err);
  free(cpus);
  return osref_none_result(r);
}

static const osref_param sched_setaffinity_params[] = {
  {"pid", NULL, OSREF_POSITIONAL_ONLY},
  {"mask", NULL, OSREF_POSITIONAL_ONLY},
};
OSREF_FUNCTION(sched_setaffinity, OSREF_SECT_SCHED, sched_setaffinity_params, call_sched_setaffinity)
#else
OSREF_ABSENT(sched_setaffinity, OSREF_SECT_SCHED, OSREF_FUNCTION, "not in this libc (HAVE_SCHED_SETAFFINITY unset)")
#endif
