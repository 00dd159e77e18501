/* Escaping and number formats shared by the reporters. */
#include <string.h>
#include "text.h"

void rpt_put_xml(FILE *out, const char *s)
{
  for (; s && *s; s++) {
    unsigned char ch = (unsigned char)*s;
    switch (ch) {
    case '&': fputs("&amp;", out); break;
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '"': fputs("&quot;", out); break;
    case '\'': fputs("&#39;", out); break;
    default:
      /* XML 1.0 forbids most control characters even as references. */
      if (ch < 0x20 && ch != '\n' && ch != '\t')
        fputc('?', out);
      else
        fputc(ch, out);
    }
  }
}

/* Newlines would end the table row and '|' the cell; backquotes would open
 * code spans that swallow the rest of the line. */
void rpt_put_md(FILE *out, const char *s, size_t max)
{
  size_t n = 0;
  for (; s && *s && (n < max || ((unsigned char)*s & 0xC0) == 0x80); s++, n++) {
    if (*s == '|')
      fputs("\\|", out);
    else if (*s == '\n' || *s == '\r' || *s == '\t')
      fputc(' ', out);
    else if (*s == '`' || *s == '<' || *s == '*' || *s == '_')
      fprintf(out, "\\%c", *s);
    else
      fputc(*s, out);
  }
  if (s && *s)
    fputs("…", out);
}

void rpt_md_targets_header(FILE *out, const struct osc_model *m, const char *lead, int ncols)
{
  fprintf(out, "| %s |", lead);
  for (size_t t = 0; t < m->ntargets; t++) {
    fputc(' ', out);
    rpt_put_md(out, m->targets[t].label, 60);
    fputs(" |", out);
  }
  fputs("\n|", out);
  for (size_t c = 0; c < ncols + m->ntargets; c++)
    fputs("---|", out);
  fputc('\n', out);
}

const char *rpt_fmt_pct(char buf[16], double percent)
{
  if (percent < 0)
    return strcpy(buf, "n/a");
  /* Never round a failure up to a perfect score. */
  if (percent < 100 && percent > 99.95)
    percent = 99.9;
  snprintf(buf, 16, "%.1f%%", percent);
  return buf;
}

const char *rpt_fmt_ratio(char buf[48], struct osc_ratio r)
{
  char pct[16];
  snprintf(buf, 48, "%s (%d/%d)", rpt_fmt_pct(pct, rpt_percent(r)), r.passed, r.applicable);
  return buf;
}
