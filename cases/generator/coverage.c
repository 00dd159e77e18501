#include <stdlib.h>
#include <string.h>
#include "coverage.h"

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The objects with at least one behaviour case, sorted (borrowed strings). */
static const char **behaviour_objects(const caseset *cs, size_t *n)
{
  size_t i;
  json_t *c;
  const char **v = malloc((json_array_size(cs->cases) + 1) * sizeof *v);
  *n = 0;
  json_array_foreach(cs->cases, i, c)
    if (strcmp(json_string_value(json_object_get(c, "kind")), "behaviour") == 0)
      v[(*n)++] = json_string_value(json_object_get(c, "object"));
  qsort(v, *n, sizeof *v, cmp_str);
  return v;
}

size_t coverage_missing(const spec *s, const caseset *cs, const char *const *provided,
                        size_t nprovided, size_t *documented, FILE *out)
{
  size_t nobjects, missing = 0;
  const char **covered = behaviour_objects(cs, &nobjects);
  *documented = 0;
  for (size_t i = 0; i < nprovided; i++) {
    const spec_object *o = spec_find(s, provided[i]);
    if (!o || strcmp(o->kind, "function") != 0)
      continue;
    (*documented)++;
    if (bsearch(&provided[i], covered, nobjects, sizeof *covered, cmp_str))
      continue;
    if (out)
      fprintf(out, "%s%s", missing ? " " : "osconform: generate: no behaviour case: ", provided[i]);
    missing++;
  }
  if (out && missing)
    fputc('\n', out);
  free(covered);
  return missing;
}
