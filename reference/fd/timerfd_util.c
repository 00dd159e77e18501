/* Time conversions shared by the timerfd functions: see internal/fd.h. */
#include <math.h>
#include "internal/args.h"
#include "internal/fd.h"

bool osref_fd_arg_seconds_ns(const char *fn, const char *arg, const osref_value *v,
                             int64_t *ns, osref_error *err)
{
  double s;
  if (!osref_arg_float(fn, arg, v, &s, err))
    return false;
  double x = floor(s * 1e9);
  /* 2**63 is exactly representable; anything at or past it overflows int64. */
  if (isnan(x) || x >= 9223372036854775808.0 || x < -9223372036854775808.0) {
    osref_set_error(err, "OverflowError", "timestamp too large to convert to C PyTime_t");
    return false;
  }
  *ns = (int64_t)x;
  return true;
}

osref_value *osref_fd_seconds_pair(const int64_t ns[2])
{
  osref_value *t = osref_tuple(2);
  osref_seq_set(t, 0, osref_float((double)ns[0] / 1e9));
  osref_seq_set(t, 1, osref_float((double)ns[1] / 1e9));
  return t;
}
