/* The gate's baseline: a text file meant to be committed and diffed, one
 * line per case of each target, sorted:
 *   # osconform baseline 1
 *   <target label> TAB <case id> TAB <verdict>
 * Lines starting with '#' after the first are comments. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "baseline.h"
#include "../runner/diag.h"
#include "../runner/input.h"

static const char header[] = "# osconform baseline 1";

static int by_label(const void *a, const void *b)
{
  return strcmp((*(const struct osc_target *const *)a)->label,
                (*(const struct osc_target *const *)b)->label);
}

int rpt_baseline_write(const struct osc_model *m, const char *path)
{
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  FILE *f = fopen(tmp, "w");
  if (!f) {
    osc_error("%s: %s", tmp, strerror(errno));
    return OSC_EXIT_SYSTEM;
  }
  const struct osc_target **order = malloc((m->ntargets ? m->ntargets : 1) * sizeof *order);
  for (size_t t = 0; t < m->ntargets; t++)
    order[t] = &m->targets[t];
  qsort(order, m->ntargets, sizeof *order, by_label);
  fprintf(f, "%s\n# target\tcase\tverdict; written by osconform gate --write-baseline\n", header);
  for (size_t t = 0; t < m->ntargets; t++)
    for (size_t i = 0; i < order[t]->ncases; i++)
      fprintf(f, "%s\t%s\t%s\n", order[t]->label, order[t]->cases[i].id,
              rpt_verdict_name(order[t]->cases[i].verdict));
  free(order);
  if ((ferror(f) | fclose(f)) || rename(tmp, path) != 0) {
    osc_error("%s: cannot write: %s", path, strerror(errno));
    remove(tmp);
    return OSC_EXIT_SYSTEM;
  }
  return 0;
}

static int parse_line(struct osc_arena *a, char *line, struct osc_baseline_entry *e)
{
  char *case_id = strchr(line, '\t');
  char *verdict = case_id ? strchr(case_id + 1, '\t') : NULL;
  if (!verdict || strchr(verdict + 1, '\t'))
    return -1;
  *case_id++ = '\0';
  *verdict++ = '\0';
  int v = rpt_verdict_parse(verdict);
  if (v < 0 || !*line || !*case_id)
    return -1;
  e->target = rpt_strdup(a, line);
  e->case_id = rpt_strdup(a, case_id);
  e->verdict = v;
  return 0;
}

int rpt_baseline_read(struct osc_arena *a, const char *path, struct osc_baseline *b)
{
  FILE *f = osc_open_input(path, "the baseline");
  if (!f)
    return OSC_EXIT_INPUT;
  char *line = NULL;
  size_t size = 0, cap = 0;
  long lineno = 0;
  ssize_t len;
  int rc = 0;
  b->n = 0;
  while (!rc && (len = getline(&line, &size, f)) >= 0) {
    lineno++;
    if (len && line[len - 1] == '\n')
      line[--len] = '\0';
    if (lineno == 1 && strcmp(line, header) != 0) {
      osc_error("%s:1: not an osconform baseline (expected '%s')", path, header);
      rc = OSC_EXIT_INPUT;
    } else if (lineno > 1 && *line && *line != '#') {
      b->entries = rpt_grow(a, b->entries, &cap, b->n, sizeof *b->entries);
      if (parse_line(a, line, &b->entries[b->n++]) != 0) {
        osc_error("%s:%ld: expected 'target<TAB>case<TAB>VERDICT'", path, lineno);
        rc = OSC_EXIT_INPUT;
      }
    }
  }
  if (!rc && lineno == 0) {
    osc_error("%s:1: empty file, not an osconform baseline", path);
    rc = OSC_EXIT_INPUT;
  }
  free(line);
  fclose(f);
  return rc;
}
