/* The cases being generated: built as JSON objects with the fields in
 * FORMAT.md's order (metadata first, then the body), collected, sorted by id
 * and written one per line after the header. */
#ifndef OSC_GEN_CASESET_H
#define OSC_GEN_CASESET_H

#include <stdio.h>
#include <jansson.h>
#include "spec.h"

typedef struct caseset {
  json_t *cases;         /* array of case objects */
} caseset;

/* A case for object o with every field present: claim null, empty lists,
 * isolate false, timeout_ms 5000, compare 'doc'. The id is printf-formatted. */
json_t *case_new(const spec_object *o, const char *doc, const char *kind, const char *id_fmt, ...)
  __attribute__((format(printf, 4, 5)));
void case_set_claim(json_t *c, const char *claim_id, const char *text);
/* The case's list field ('requires', 'setup', 'steps', 'expect', 'check'), borrowed. */
json_t *case_list(json_t *c, const char *field);
/* Appends a step and its expectation (both stolen). */
void case_step(json_t *c, json_t *step, json_t *expect);

void caseset_init(caseset *cs);
void caseset_free(caseset *cs);
void caseset_add(caseset *cs, json_t *c);   /* steals c */
/* Sorts by id; a duplicate id is an error (printed, returns 0). */
int caseset_sort(caseset *cs);
/* Writes header and cases as JSON lines; 0 on a write error. */
int caseset_write(const caseset *cs, const json_t *header, FILE *out);

#endif
