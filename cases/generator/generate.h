/* osconform generate: cases from spec.db and the scenario templates.
 *
 *   osconform generate --spec build/spec.db --doc 3.14
 *                      [--templates cases/templates] --out build/cases/3.14.jsonl
 *
 * Deterministic: the same inputs give byte-identical output. */
#ifndef OSC_GENERATE_H
#define OSC_GENERATE_H

/* argv[0] is the subcommand's name. Returns an osc_exit code (runner/diag.h). */
int osc_cmd_generate(int argc, char **argv);

#endif
