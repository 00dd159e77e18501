/* index.html: one self-contained page (no network, no external assets). A
 * matrix of documented objects by targets in the manner of wpt.fyi, with a
 * little inline script to filter it; a failing cell opens onto its failing
 * cases, each with expected, observed and the command that replays it. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include "reporters.h"
#include "text.h"

enum { CASES_PER_CELL = 20 };

static const char style[] =
  "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}"
  "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}"
  "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}"
  "thead th{background:#f3f3f3;position:sticky;top:0}"
  "td.c{text-align:center;min-width:6em;font-variant-numeric:tabular-nums}"
  ".pass{background:#c8ecc8}.partial{background:#fbe3a4}.fail{background:#f6b8b8}"
  ".missing{background:#d98080;color:#fff}.na{background:#eee;color:#777}.untested{color:#aaa}"
  "details{text-align:left}summary{cursor:pointer;text-align:center}"
  ".case{background:#fff;color:#222;border-top:1px solid #ddd;padding:4px;max-width:40em;font-size:12px}"
  ".case pre{white-space:pre-wrap;word-break:break-all;margin:2px 0}"
  "code{font-size:12px}h1 code{font-size:inherit}.filters{margin:0.8em 0}.filters *{margin-right:0.6em}"
  ".legend span{padding:1px 6px;margin-right:4px;border:1px solid #ccc}";

static const char script[] =
  "(function(){var q=document.getElementById('q'),show=document.getElementById('show'),"
  "kind=document.getElementById('kind'),out=document.getElementById('shown'),"
  "rows=document.querySelectorAll('tr.obj');"
  "function apply(){var s=q.value.toLowerCase(),f=show.value,k=kind.value,n=0;"
  "for(var i=0;i<rows.length;i++){var r=rows[i],d=r.dataset;"
  "var ok=d.name.toLowerCase().indexOf(s)>=0&&(!f||d[f]==='1')&&(!k||d.kind===k);"
  "r.hidden=!ok;if(ok)n++;}out.textContent=n+' of '+rows.length+' objects';}"
  "q.addEventListener('input',apply);show.addEventListener('change',apply);"
  "kind.addEventListener('change',apply);apply();})();";

static void text(FILE *out, const char *s)
{
  rpt_put_xml(out, s);
}

static void ratio_cell(FILE *out, struct osc_ratio r)
{
  char buf[48];
  fprintf(out, "<td>%s</td>", rpt_fmt_ratio(buf, r));
}

/* The facts a porter looks for first; the full set is the cell's title. */
static void platform_brief(FILE *out, const char *platform)
{
  static const char *const keys[] = { "sys_platform", "machine", "libc", "libc_version" };
  json_t *facts = json_loads(platform ? platform : "", 0, NULL);
  fputs("<br><small>", out);
  for (size_t i = 0, n = 0; i < sizeof keys / sizeof *keys; i++) {
    const char *v = json_string_value(json_object_get(facts, keys[i]));
    if (v) {
      fputs(n++ ? " " : "", out);
      text(out, v);
    }
  }
  fputs("</small>", out);
  json_decref(facts);
}

static void targets_table(FILE *out, const struct osc_model *m)
{
  char pct[16];
  fputs("<h2>Targets</h2><table><thead><tr><th>target<th>implementation<th>host and platform<th>doc"
        "<th>cases<th>objects<th>claims<th>verdicts</tr></thead><tbody>\n", out);
  for (size_t i = 0; i < m->ntargets; i++) {
    const struct osc_target *t = &m->targets[i];
    fputs("<tr><th>", out);
    text(out, t->label);
    if (!t->finished)
      fprintf(out, " <em>(interrupted: %zu of %d cases)</em>", t->ncases, t->total);
    fputs("<td>", out);
    text(out, t->implementation);
    fputc(' ', out);
    text(out, t->version);
    fputs("<td title=\"", out);
    text(out, t->platform);
    fputs("\">", out);
    text(out, t->host);
    platform_brief(out, t->platform);
    if (t->unconfined)
      fputs("<br><strong>unconfined</strong>", out);
    fprintf(out, "<td>%s", t->doc);
    ratio_cell(out, t->all.cases);
    fprintf(out, "<td>%s", rpt_fmt_pct(pct, t->all.object_mean));
    ratio_cell(out, t->all.claims);
    fputs("<td>", out);
    if (t->not_run && !t->ncases) {
      fputs("not run: ", out);
      text(out, t->not_run);
    }
    for (int v = 0; v < OSC_NVERDICTS; v++)
      if (t->counts[v])
        fprintf(out, "%s&nbsp;%d ", rpt_verdict_name(v), t->counts[v]);
    fputs("</tr>\n", out);
  }
  fputs("</tbody></table>\n", out);
}

static void by_doc_table(FILE *out, const struct osc_model *m)
{
  fputs("<h2>By doc version</h2><p>Case score on the names each version of os.rst"
        " documents: what an implementation claiming that version must have.</p>"
        "<table><thead><tr><th>target", out);
  for (size_t d = 0; d < m->ndocs; d++)
    fprintf(out, "<th>%s", m->docs[d].version);
  fputs("</tr></thead><tbody>\n", out);
  for (size_t i = 0; i < m->ntargets; i++) {
    fputs("<tr><th>", out);
    text(out, m->targets[i].label);
    for (size_t d = 0; d < m->ndocs; d++)
      ratio_cell(out, m->targets[i].by_doc[d].cases);
    fputs("</tr>\n", out);
  }
  fputs("</tbody></table>\n", out);
}

static void links(FILE *out, const struct osc_model *m)
{
  const char *docs[64];
  size_t n = rpt_run_docs(m, docs, 64);
  char a[48], b[48];
  fprintf(out, "<h2>Other reports</h2><ul><li><a href=\"summary.md\">summary.md</a>"
          " · <a href=\"results.json\">results.json</a> · <a href=\"junit.xml\">junit.xml</a>"
          "<li><a href=\"divergence.md\">Platform divergences</a>: <a href=\"#doc-errors\">%zu"
          " probable documentation errors</a>", rpt_contradictions(m, NULL, 0));
  for (size_t i = 0; i < n; i++) {
    struct osc_coverage c = rpt_coverage_of(m, docs[i]);
    fprintf(out, "<li><a href=\"coverage.md\">Spec coverage</a> of %s: claims checked"
            " %s, objects with a behaviour case %s", c.doc, rpt_fmt_ratio(a, c.claims),
            rpt_fmt_ratio(b, c.objects));
  }
  if (m->coverage_link) {
    fputs("<li><a href=\"", out);
    text(out, m->coverage_link);
    fputs("\">Line coverage of the reference (lcov)</a>", out);
  }
  fputs("</ul>\n", out);
}

/* The most actionable part of divergence.md, for readers of the page. */
static void contradictions(FILE *out, const struct osc_model *m)
{
  size_t n;
  struct rpt_contradiction *all = rpt_contradictions_all(m, &n);
  fprintf(out, "<h2 id=doc-errors>Probable documentation errors (%zu)</h2><p>A target has the name where"
          " its availability claim says it is absent, or CPython lacks it where the claim"
          " says it is available. Every claim, with each target's platform facts, is in"
          " <a href=\"divergence.md\">divergence.md</a>.</p>\n", n);
  if (n)
    fputs("<table><thead><tr><th>object<th>doc<th>claim<th>target<th>documented<th>found"
          "</tr></thead><tbody>\n", out);
  for (size_t i = 0; i < n; i++) {
    fputs("<tr><th>", out);
    text(out, all[i].claim->object);
    fprintf(out, "<td>%s<td>", all[i].claim->doc);
    text(out, all[i].claim->raw);
    fputs("<td>", out);
    text(out, all[i].target->label);
    fprintf(out, "<td>%s<td>%s</tr>\n", rpt_presence_name(all[i].e.predicted),
            rpt_presence_name(all[i].e.observed));
  }
  fputs(n ? "</tbody></table>\n" : "", out);
  free(all);
}

static void failing_case(FILE *out, const struct osc_case *c)
{
  fputs("<div class=case><b>", out);
  text(out, c->id);
  fprintf(out, "</b> %s", rpt_verdict_name(c->verdict));
  if (c->known) {
    fputs(" (known: ", out);
    text(out, c->known);
    fputc(')', out);
  }
  if (c->reason) {
    fputs("<br>", out);
    text(out, c->reason);
  }
  fputs("<pre>expected: ", out);
  text(out, c->expected ? c->expected : "(nothing)");
  fputs("\nobserved: ", out);
  text(out, c->observed ? c->observed : "(nothing)");
  fputs("</pre>replay: <code>", out);
  text(out, c->replay);
  fputs("</code></div>", out);
}

static bool failed(const struct osc_case *c)
{
  return c->verdict != OSC_PASS && rpt_case_applicable(c);
}

static void cell(FILE *out, const struct osc_target *t, int row)
{
  static const char *const classes[OSC_NSTATUS] = {
    "pass", "partial", "fail", "missing", "na", "untested"
  };
  enum osc_status s = t->cells[row];
  int passed = 0, applicable = 0, shown = 0;
  for (size_t i = t->row_start[row]; i < t->row_start[row + 1]; i++) {
    passed += t->by_row[i]->verdict == OSC_PASS;
    applicable += rpt_case_applicable(t->by_row[i]);
  }
  fprintf(out, "<td class=\"c %s\">", classes[s]);
  if (s == OSC_ST_NA || s == OSC_ST_UNTESTED) {
    fputs(s == OSC_ST_NA ? "n/a" : "—", out);
    return;
  }
  if (s == OSC_ST_PASS) {
    fprintf(out, "%d/%d", passed, applicable);
    return;
  }
  fprintf(out, "<details><summary>%s%d/%d</summary>", s == OSC_ST_MISSING ? "missing " : "",
          passed, applicable);
  for (size_t i = t->row_start[row]; i < t->row_start[row + 1]; i++)
    if (failed(t->by_row[i]) && shown++ < CASES_PER_CELL)
      failing_case(out, t->by_row[i]);
  if (shown > CASES_PER_CELL)
    fprintf(out, "<div class=case>and %d more in results.json</div>", shown - CASES_PER_CELL);
  fputs("</details>", out);
}

/* data-failing: some target fails; data-divergent: targets disagree. */
static void row(FILE *out, const struct osc_model *m, int r)
{
  const struct osc_object *o = &m->objects[r];
  bool failing = false, divergent = false;
  for (size_t t = 0; t < m->ntargets; t++) {
    enum osc_status s = m->targets[t].cells[r];
    failing |= s == OSC_ST_FAIL || s == OSC_ST_PARTIAL || s == OSC_ST_MISSING;
    divergent |= s != m->targets[0].cells[r];
  }
  fputs("<tr class=obj data-name=\"", out);
  text(out, o->name);
  fputs("\" data-kind=\"", out);
  text(out, o->kind);
  fprintf(out, "\" data-failing=%d data-divergent=%d><th>", failing, divergent);
  text(out, o->name);
  fputs(o->documented ? "" : " <em>(undocumented)</em>", out);
  fputs("<td>", out);
  text(out, o->kind);
  fputs("<td>", out);
  text(out, o->section);
  for (size_t t = 0; t < m->ntargets; t++)
    cell(out, &m->targets[t], r);
  fputs("</tr>\n", out);
}

static void filters(FILE *out, const struct osc_model *m)
{
  static const char *const kinds[] = {
    "function", "data", "exception", "class", "method", "attribute"
  };
  fputs("<div class=filters><input id=q type=search placeholder=\"filter by name\">"
        "<select id=show><option value=\"\">all objects<option value=failing>failing"
        " somewhere<option value=divergent>differing between targets</select>"
        "<select id=kind><option value=\"\">every kind", out);
  for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
    fprintf(out, "<option>%s", kinds[i]);
  fprintf(out, "</select><span id=shown>%zu objects</span></div>\n"
          "<p class=legend><span class=pass>all pass</span><span class=partial>partial</span>"
          "<span class=fail>fail</span><span class=missing>missing</span>"
          "<span class=na>n/a (skipped, not expected here)</span>"
          "<span class=untested>— no case</span> cells show applicable cases passed.</p>\n",
          m->nobjects);
}

static void matrix(FILE *out, const struct osc_model *m)
{
  fputs("<h2>Objects × targets</h2>\n", out);
  filters(out, m);
  fputs("<table id=matrix><thead><tr><th>object<th>kind<th>section", out);
  for (size_t t = 0; t < m->ntargets; t++) {
    fputs("<th>", out);
    text(out, m->targets[t].label);
    fputs(m->targets[t].ncases ? "" : " <em>(not run)</em>", out);
  }
  fputs("</tr></thead><tbody>\n", out);
  for (size_t r = 0; r < m->nobjects; r++)
    row(out, m, (int)r);
  fputs("</tbody></table>\n", out);
}

int rpt_report_html(const struct osc_model *m, FILE *out)
{
  fprintf(out, "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
          "<meta name=viewport content=\"width=device-width\">"
          "<title>osconform report</title><style>%s</style></head><body>\n"
          "<h1>osconform: conformance of <code>os</code> to its documentation</h1>\n", style);
  fprintf(out, "<p>%zu documented objects, %zu targets. Scores: cases = applicable cases"
          " passed; objects = mean pass rate per object; claims = documented sentences"
          " whose cases all passed.</p>\n", m->nobjects, m->ntargets);
  targets_table(out, m);
  by_doc_table(out, m);
  links(out, m);
  matrix(out, m);
  contradictions(out, m);
  fprintf(out, "<script>%s</script>\n</body></html>\n", script);
  return ferror(out) ? -1 : 0;
}
