/* os.setns(fd, nstype=0): join the namespace fd refers to. fd is an int or
 * an object with a fileno() method, as CPython's fildes converter takes. */
#include <sched.h>
#include <stdint.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETNS
int osref_setns(int fd, int nstype, osref_error *err) { return osref_check(setns(fd, nstype), err); }

static bool fildes(const osref_value *v, int *fd, osref_error *err)
{
  osref_value *owned = NULL;
  if (v->type == OSREF_HANDLE) {
    osref_value *noargs = osref_tuple(0);
    owned = osref_method((osref_value *)v, "fileno", noargs, NULL, err);
    osref_decref(noargs);
    if (!owned) return false;
    v = owned;
  }
  bool ok = v->type == OSREF_INT || v->type == OSREF_BOOL;
  if (!ok)
    osref_set_error(err, "TypeError", "argument must be an int, or have a fileno() method.");
  ok = ok && osref_arg_fd("setns", "fd", v, fd, err);
  if (ok && *fd < 0) {
    osref_set_error(err, "ValueError", "file descriptor cannot be a negative integer (%d)", *fd);
    ok = false;
  }
  osref_decref(owned);
  return ok;
}

static osref_value *call_setns(osref_value *const *argv, osref_error *err)
{
  int fd;
  int64_t nstype = 0;
  if (!fildes(argv[0], &fd, err) ||
      (argv[1] && !osref_arg_int_range("setns", "nstype", argv[1], INT32_MIN, INT32_MAX, &nstype, err)))
    return NULL;
  return osref_none_result(osref_setns(fd, (int)nstype, err));
}

static const osref_param setns_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"nstype", "0", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(setns, OSREF_SECT_PROCESS, setns_params, call_setns)
#else
OSREF_ABSENT(setns, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETNS unset)")
#endif
