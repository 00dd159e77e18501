/* A small spec.db built from spec/schema.sql, template files, and a way to
 * run `osconform generate` in-process and read what it wrote. */
#ifndef OSC_GEN_FIXTURE_H
#define OSC_GEN_FIXTURE_H

#include <jansson.h>

typedef struct fixture {
  char dir[256];         /* a fresh temporary directory */
  char db[512], templates[512], out[512];
} fixture;

/* Creates dir, spec.db (documents 3.14 and 3.8 with a handful of objects)
 * and an empty templates directory. */
void fixture_setup(fixture *f);
void fixture_teardown(fixture *f);
/* Writes text to templates/REL (directories created). */
void fixture_template(const fixture *f, const char *rel, const char *text);
/* Runs osc_cmd_generate(argc, argv) with stderr captured into err (may be NULL). */
int fixture_run(const fixture *f, int argc, char **argv, char *err, size_t errlen);
/* Runs generate with --spec, --templates, --out and the extra args; returns
 * its exit code; what it printed on stderr goes into err (may be NULL). */
int fixture_generate(const fixture *f, const char *doc, char *err, size_t errlen);
/* The output file's content (malloc'd) and its cases as JSON (header at 0). */
char *fixture_output(const fixture *f);
json_t *fixture_cases(const fixture *f);
/* The case with this id, or NULL (borrowed from cases). */
json_t *fixture_case(json_t *cases, const char *id);

#endif
