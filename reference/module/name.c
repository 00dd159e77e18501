/* os.name, from the introduction of os.rst: the name of the operating
 * system dependent module; libosref is POSIX only. */
#include "internal/entry.h"

#define OSREF_SECT_INTRO "os --- Miscellaneous operating system interfaces"

static osref_value *get_name(osref_error *err)
{
  (void)err;
  return osref_str("posix");
}

OSREF_DATA(name, OSREF_SECT_INTRO, get_name)
