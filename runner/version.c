#include <ctype.h>
#include <stdlib.h>
#include "version.h"

/* Reads the next numeric component; returns false at the end of the
 * leading numeric part ("6.1.0-18" ends before "-18"). */
static bool next_component(const char **p, unsigned long long *out)
{
  if (!isdigit((unsigned char)**p))
    return false;
  char *end;
  *out = strtoull(*p, &end, 10);
  *p = end;
  if (**p == '.' && isdigit((unsigned char)(*p)[1]))
    (*p)++;
  else
    *p = "";  /* anything else ends the version */
  return true;
}

bool osc_version_compare(const char *a, const char *b, int *cmp)
{
  if (!a || !b || !isdigit((unsigned char)*a) || !isdigit((unsigned char)*b))
    return false;
  for (;;) {
    unsigned long long x = 0, y = 0;
    bool more_a = next_component(&a, &x), more_b = next_component(&b, &y);
    if (!more_a && !more_b) {
      *cmp = 0;
      return true;
    }
    if (x != y) {
      *cmp = x < y ? -1 : 1;
      return true;
    }
  }
}
