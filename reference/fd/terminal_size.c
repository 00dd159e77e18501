/* os.terminal_size: a struct sequence of (columns, lines). */
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

static const char *const terminal_size_fields[] = {"columns", "lines"};

osref_value *osref_terminal_size_of(int64_t columns, int64_t lines)
{
  osref_value *st = osref_struct("terminal_size", terminal_size_fields, 2, 2);
  osref_seq_set(st, 0, osref_int(columns));
  osref_seq_set(st, 1, osref_int(lines));
  return st;
}

/* terminal_size(sequence): as every struct sequence, from exactly 2 items. */
static osref_value *new_terminal_size(osref_value *const *argv, osref_error *err)
{
  const osref_value *seq = argv[0];
  if (!seq || (seq->type != OSREF_TUPLE && seq->type != OSREF_LIST))
    return osref_set_error(err, "TypeError", "constructor requires a sequence");
  if (seq->u.seq.len != 2)
    return osref_set_error(err, "TypeError", "os.terminal_size() takes a 2-sequence "
                           "(%zu-sequence given)", seq->u.seq.len);
  osref_value *st = osref_struct("terminal_size", terminal_size_fields, 2, 2);
  for (size_t i = 0; i < 2; i++)
    osref_seq_set(st, i, osref_incref(seq->u.seq.items[i]));
  return st;
}

OSREF_CLASS(terminal_size, "Querying the size of a terminal", new_terminal_size)
OSREF_MEMBER(terminal_size, columns, OSREF_ATTRIBUTE, "Querying the size of a terminal")
OSREF_MEMBER(terminal_size, lines, OSREF_ATTRIBUTE, "Querying the size of a terminal")
