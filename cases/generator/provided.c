#include <stdlib.h>
#include <string.h>
#include "osref.h"
#include "provided.h"

static int by_name(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char **provided_functions(size_t *n)
{
  size_t count;
  const osref_entry *e = osref_entries(&count);
  const char **names = malloc((count ? count : 1) * sizeof *names);
  *n = 0;
  for (size_t i = 0; i < count; i++)
    if (e[i].kind == OSREF_FUNCTION && !e[i].absent && !strchr(e[i].name, '.'))
      names[(*n)++] = e[i].name;
  qsort(names, *n, sizeof *names, by_name);
  return names;
}
