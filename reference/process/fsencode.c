/* os.fsencode(filename) and os.fsdecode(filename), each the other's reverse. str and
 * bytes hold the same bytes in the value model (surrogateescape as raw
 * bytes), so encoding and decoding keep the bytes and change the type. */
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"

static osref_value *convert(const osref_value *v, osref_type to, osref_error *err)
{
  const osref_value *p = osref_arg_fspath(v, err);
  if (!p) return NULL;
  if (p->type == to) return osref_incref((osref_value *)p);
  return to == OSREF_BYTES ? osref_bytes(p->u.s.data, p->u.s.len) : osref_strn(p->u.s.data, p->u.s.len);
}

static osref_value *call_fsencode(osref_value *const *argv, osref_error *err)
{
  return convert(argv[0], OSREF_BYTES, err);
}

static osref_value *call_fsdecode(osref_value *const *argv, osref_error *err)
{
  return convert(argv[0], OSREF_STR, err);
}

static const osref_param filename_params[] = {{"filename", NULL, OSREF_POSITIONAL_OR_KEYWORD}};
OSREF_FUNCTION(fsencode, OSREF_SECT_PROCESS, filename_params, call_fsencode)
OSREF_FUNCTION(fsdecode, OSREF_SECT_PROCESS, filename_params, call_fsdecode)
