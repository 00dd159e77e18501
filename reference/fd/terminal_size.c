/* os.terminal_size: a struct sequence of (columns, lines). */
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

/* Declared without a constructor: OSREF_CLASS entries take no parameters,
 * so terminal_size(sequence) cannot be bound; values come from
 * get_terminal_size and osref_terminal_size_of. */
OSREF_CLASS(terminal_size, "Querying the size of a terminal", NULL)
OSREF_MEMBER(terminal_size, columns, OSREF_ATTRIBUTE, "Querying the size of a terminal")
OSREF_MEMBER(terminal_size, lines, OSREF_ATTRIBUTE, "Querying the size of a terminal")
