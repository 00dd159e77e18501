/* The schemas of the inputs the binary reads (cases/case.schema.json and
 * spec/platforms.schema.json, carried in it), and checks against them. */
#ifndef OSC_SCHEMA_H
#define OSC_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>

/* Loads the schema once (thread-safe); a schema this checker cannot read
 * in full is a fatal error, never a check that passes. */
void osc_case_schema_load(void);

/* true when the case conforms; else why holds "field F: what is wrong". */
bool osc_case_schema_check(const json_t *c, char *why, size_t len);
/* The same for a platform vocabulary (spec/platforms.json). */
bool osc_platforms_schema_check(const json_t *vocabulary, char *why, size_t len);

/* The same check against any schema text (for tests of the checker). */
typedef struct osc_schema osc_schema;
osc_schema *osc_schema_new(const char *text, char *why, size_t len);
bool osc_schema_check(const osc_schema *s, const json_t *v, char *why, size_t len);
void osc_schema_free(osc_schema *s);

#endif
