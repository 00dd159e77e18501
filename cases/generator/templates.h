/* Hand-written scenario templates: cases/templates/<section>/<function>.jsonl,
 * one scenario per line (blank lines and lines starting with '//' are
 * comments). Each scenario quotes the sentence it checks; the quote is
 * resolved to a claim ID of spec.db. */
#ifndef OSC_GEN_TEMPLATES_H
#define OSC_GEN_TEMPLATES_H

#include "caseset.h"
#include "spec.h"

typedef struct template_stats {
  size_t files, scenarios, emitted;
  size_t other_doc;      /* skipped: object or quote only in another doc version */
} template_stats;

/* Lists the *.jsonl files below dir, sorted by relative path (malloc'd
 * strings). Returns 0 with an error printed if dir cannot be read. */
int templates_list(const char *dir, char ***files, size_t *n);
void templates_list_free(char **files, size_t n);
/* sha256 over every template file's relative path and content, in name order. */
int templates_hash(const char *dir, char *const *files, size_t n, char hex[65]);
/* Expands every template into cases. Every problem is printed as
 * 'FILE:LINE: what'; returns the number of problems. */
size_t templates_expand(const spec *s, const char *dir, char *const *files, size_t n,
                        caseset *out, template_stats *stats);

#endif
