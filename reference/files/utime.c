/* os.utime: times (seconds, int or float) or ns (nanoseconds), not both;
 * neither means now. Floats are floored to the nanosecond, as CPython. */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sys/stat.h>
#include "internal/entry.h"
#include "internal/files.h"

#if defined(HAVE_UTIMENSAT) && defined(HAVE_FUTIMENS)
int osref_utime(const osref_at *f, const int64_t *ns, osref_error *err)
{
  struct timespec ts[2] = { { 0, UTIME_NOW }, { 0, UTIME_NOW } };
  for (int i = 0; ns && i < 2; i++) {
    ts[i].tv_sec = ns[i] / 1000000000;
    ts[i].tv_nsec = ns[i] % 1000000000;
    if (ts[i].tv_nsec < 0) ts[i].tv_sec -= 1, ts[i].tv_nsec += 1000000000;
  }
  long r = f->path ? OSREF_RETRY(utimensat(f->dir_fd, f->path, ts, f->follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW))
                   : OSREF_RETRY(futimens(f->fd, ts));
  return r < 0 ? osref_fail(r, err) : 0;
}

/* Seconds to nanoseconds, the fraction floored separately so that large
 * timestamps keep their nanoseconds (CPython's _PyTime_ROUND_FLOOR). */
static bool seconds_to_ns(const osref_value *v, int64_t *out)
{
  if (v->type == OSREF_INT) {
    if (v->u.i > INT64_MAX / 1000000000 || v->u.i < INT64_MIN / 1000000000) return false;
    *out = v->u.i * 1000000000;
    return true;
  }
  if (v->type != OSREF_FLOAT || !isfinite(v->u.f) || fabs(v->u.f) >= 9.2e9) return false;
  double whole, frac = modf(v->u.f, &whole);
  double ns = floor(frac * 1e9);
  if (ns < 0) ns += 1e9, whole -= 1;
  *out = (int64_t)whole * 1000000000 + (int64_t)ns;
  return true;
}

/* times or ns: a tuple of two numbers. */
static bool arg_pair(const osref_value *v, bool seconds, int64_t out[2], osref_error *err)
{
  bool ok = v->type == OSREF_TUPLE && v->u.seq.len == 2;
  for (size_t i = 0; ok && i < 2; i++) {
    const osref_value *x = v->u.seq.items[i];
    if (seconds) ok = seconds_to_ns(x, &out[i]);
    else if ((ok = x->type == OSREF_INT)) out[i] = x->u.i;
  }
  if (!ok)
    osref_set_error(err, "TypeError", seconds ? "utime: 'times' must be either a tuple of two ints or None"
                                              : "utime: 'ns' must be a tuple of two ints");
  return ok;
}

static osref_value *call_utime(osref_value *const *argv, osref_error *err)
{
  osref_files_target t;
  if (!osref_files_target_init(&t, "utime", "path", argv[0], argv[3], argv[4],
                               OSREF_FILES_FD | OSREF_FILES_DIR_FD | OSREF_FILES_NOFOLLOW, err))
    return NULL;
  const osref_value *times = argv[1] && argv[1]->type != OSREF_NONE ? argv[1] : NULL;
  int64_t ns[2];
  osref_value *r = NULL;
  if (times && argv[2])
    osref_set_error(err, "ValueError", "utime: you may specify either 'times' or 'ns' but not both");
  else if ((!times || arg_pair(times, true, ns, err)) && (!argv[2] || arg_pair(argv[2], false, ns, err)))
    r = osref_none_result(osref_utime(&t.at, times || argv[2] ? ns : NULL, err));
  osref_files_target_release(&t);
  return r;
}

static const osref_param utime_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"times", "None", OSREF_POSITIONAL_OR_KEYWORD},
  {"ns", "...", OSREF_KEYWORD_ONLY},
  {"dir_fd", "None", OSREF_KEYWORD_ONLY},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(utime, OSREF_SECTION_FILES, utime_params, call_utime)
#else
OSREF_ABSENT(utime, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_UTIMENSAT or HAVE_FUTIMENS unset)")
#endif
