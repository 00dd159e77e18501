/* os.setgroups(groups, /): groups must be a sequence of integers. */
#include <grp.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>
#include "config.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

#ifdef HAVE_SETGROUPS
int osref_setgroups(const gid_t *groups, size_t n, osref_error *err)
{
  return osref_check(setgroups(n, groups), err);
}

static bool to_gids(const osref_value *seq, gid_t *out, osref_error *err)
{
  for (size_t i = 0; i < seq->u.seq.len; i++) {
    const osref_value *g = seq->u.seq.items[i];
    if (g->type != OSREF_INT && g->type != OSREF_BOOL) {
      osref_set_error(err, "TypeError", "groups must be integers");
      return false;
    }
    if (!osref_arg_gid(g, &out[i], err)) return false;
  }
  return true;
}

static osref_value *call_setgroups(osref_value *const *argv, osref_error *err)
{
  const osref_value *seq = argv[0];
  if (seq->type != OSREF_TUPLE && seq->type != OSREF_LIST)
    return osref_set_error(err, "TypeError", "setgroups argument must be a sequence");
  if (seq->u.seq.len > NGROUPS_MAX) return osref_set_error(err, "ValueError", "too many groups");
  gid_t *g = malloc((seq->u.seq.len + 1) * sizeof *g);
  if (!g) return osref_set_error(err, "MemoryError", "out of memory");
  int r = to_gids(seq, g, err) ? osref_setgroups(g, seq->u.seq.len, err) : -1;
  free(g);
  return osref_none_result(r);
}

static const osref_param setgroups_params[] = {{"groups", NULL, OSREF_POSITIONAL_ONLY}};
OSREF_FUNCTION(setgroups, OSREF_SECT_PROCESS, setgroups_params, call_setgroups)
#else
OSREF_ABSENT(setgroups, OSREF_SECT_PROCESS, OSREF_FUNCTION, "not in this libc (HAVE_SETGROUPS unset)")
#endif
