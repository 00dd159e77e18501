/* Call-layer results of typed functions, which return -1 with *err set. */
#include <errno.h>
#include "internal/args.h"
#include "internal/process.h"

osref_value *osref_int_result(int64_t r) { return r < 0 ? NULL : osref_int(r); }
osref_value *osref_none_result(int64_t r) { return r < 0 ? NULL : osref_none(); }

int osref_check(int r, osref_error *err)
{
  if (r < 0) osref_set_errno(err, errno);
  return r < 0 ? -1 : r;
}
