/* The part of spec.db the generator reads, loaded once into memory for one
 * doc version: its objects with their parameters, claims and availability. */
#ifndef OSC_GEN_SPEC_H
#define OSC_GEN_SPEC_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

typedef struct spec_param {
  char *name;
  char *default_value;   /* as written; NULL = none */
  char *kind;            /* 'positional-or-keyword', ... (schema.sql) */
  int optional;
} spec_param;

typedef struct spec_claim {
  char *id;              /* 'R-0123456789' */
  char *text;
  char *norm;            /* quote_normalise(text), for matching template quotes */
} spec_claim;

typedef struct spec_object {
  char *name, *kind, *section, *signature;
  char *since;           /* the Python version it appeared in (spec.c, OBJECTS_SQL) */
  int line;
  int nsignatures;       /* objects of the doc with this name (execl..., sendfile) */
  spec_param *params;
  size_t nparams;
  spec_claim *claims;
  size_t nclaims;
  json_t *availability;  /* NULL, one row's expr, or [expr, ...] (all must hold) */
  char *availability_raw;/* the rows as written, '; '-joined; NULL if none */
} spec_object;

typedef struct spec {
  char *doc;
  spec_object *objects;  /* sorted by name, then line */
  size_t nobjects;
  char **other_norms;    /* normalised claims of the other documents */
  size_t nother;
  char **all_names;      /* names documented in any document, sorted, distinct */
  size_t nall;
} spec;

/* Loads doc version `doc` from the database at path. On failure prints one
 * error line naming the file and returns 0. */
int spec_load(spec *s, const char *path, const char *doc);
void spec_free(spec *s);
/* The first object (by line) with this name, or NULL. */
const spec_object *spec_find(const spec *s, const char *name);
/* True when the object is the first of its name (multi-signature names
 * produce one case per kind, not one per signature). */
int spec_is_first(const spec *s, size_t index);
/* True when some document of spec.db (not only the loaded one) has the name. */
int spec_documented_anywhere(const spec *s, const char *name);

#endif
