/* A validator for the subset of JSON Schema (draft 2020-12) that
 * reports/schema/results.schema.json uses: type, const, enum, required,
 * properties, additionalProperties, items, minimum, maximum and local $ref
 * into $defs. Any other keyword is an error, so a schema can never ask for
 * something this validator silently skips. */
#ifndef OSC_JSONSCHEMA_H
#define OSC_JSONSCHEMA_H

#include <jansson.h>

/* 0 when valid; else -1 with where (a JSON pointer) and why in err. */
int schema_validate(json_t *root_schema, json_t *instance, char *err, size_t size);

#endif
