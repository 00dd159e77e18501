/* The reports' subcommands, dispatched by runner/main.c. Each takes the
 * arguments after its name (argv[0] is the subcommand) and returns an exit
 * code of runner/diag.h. */
#ifndef OSC_REPORTS_H
#define OSC_REPORTS_H

/* osconform report --results DB [--results DB ...] --spec SPEC_DB --out DIR [--coverage DIR] */
int osc_cmd_report(int argc, char **argv);
/* osconform gate --results DB [--baseline FILE] [--fail-under PCT] [--write-baseline FILE] */
int osc_cmd_gate(int argc, char **argv);
/* osconform merge --out MERGED_DB DB [DB ...] */
int osc_cmd_merge(int argc, char **argv);

#endif
