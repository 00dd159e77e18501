/* A file of cases (cases/FORMAT.md): one header line, then one case a line.
 * Each case keeps its line as written, to hand to the target unchanged. */
#ifndef OSC_CASES_H
#define OSC_CASES_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>

#define OSC_DEFAULT_TIMEOUT_MS 5000

typedef struct osc_case {
  json_t *json;
  const char *id, *object, *kind, *compare, *claim;  /* borrowed from json; claim may be NULL */
  char *raw;            /* the line as in the file, without its newline (in osc_cases.text),
                           or as the runner rewrote it (owned: raw_owned) */
  bool raw_owned;
  size_t raw_len;
  int line;             /* in the cases file, for messages */
  int timeout_ms;       /* 0: the case gives none, the run's --timeout applies */
  bool isolate;
  bool done;            /* --resume: the run being continued already has its outcome */
} osc_case;

typedef struct osc_cases {
  char *path;
  char *text;           /* the whole file, its lines NUL-terminated */
  size_t text_len;
  const char *header_line;
  size_t header_len;
  json_t *header;
  const char *doc;      /* from the header, borrowed */
  osc_case *v;
  size_t n;
} osc_cases;

/* Loads and validates; on bad input prints "osconform: error: FILE:LINE: what"
 * and returns false. */
bool osc_cases_load(const char *path, osc_cases *out);
void osc_cases_free(osc_cases *c);
/* qsort/bsearch order of pointers to cases, by id. */
int osc_case_ptr_cmp(const void *a, const void *b);

#endif
