/* Escaping and number formats shared by the reporters. */
#ifndef OSC_TEXT_H
#define OSC_TEXT_H

#include <stdio.h>
#include "model.h"

void rpt_put_xml(FILE *out, const char *s);       /* HTML and XML text or attribute */
void rpt_put_md(FILE *out, const char *s, size_t max);  /* one table cell, at most max chars */
/* "| LEAD | target... |" and its rule; lead holds ncols columns. */
void rpt_md_targets_header(FILE *out, const struct osc_model *m, const char *lead, int ncols);
const char *rpt_fmt_pct(char buf[16], double percent);  /* "97.1%", or "n/a" when < 0 */
const char *rpt_fmt_ratio(char buf[48], struct osc_ratio r);   /* "97.1% (340/350)" */

#endif
