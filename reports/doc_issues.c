/* Documentation issues found from behaviour (reports/README.md): a case that
 * every CPython at the doc's own version fails, in the same way, is about
 * the doc, not about CPython; for a behaviour, value or availability case
 * the reference (the doc's behaviour over this platform) must fail it the
 * same way too. Every target that fails it that way is not failed for it:
 * its case is marked, and counts in no score. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <jansson.h>
#include "model.h"
#include "../runner/version.h"

/* CPython itself (Pyodide reports its own name) at the doc's version or newer. */
bool rpt_witnesses_the_doc(const struct osc_target *t)
{
  int cmp;
  return t->ncases && strcmp(t->implementation, "cpython") == 0 && t->language_version &&
         osc_version_compare(t->language_version, t->doc, &cmp) && cmp >= 0;
}

/* A wrong behaviour or value, a signature whose introspection differs (a
 * note, OBSERVED), or a documented name absent or present against its claim
 * (in its existence case: in the others, absence is that case's business);
 * or any of them listed as expected (XFAIL: runner/expectations). */
static bool is_failure(const struct osc_case *c)
{
  bool existence = c && strcmp(c->kind, "existence") == 0;
  bool signature = c && strcmp(c->kind, "signature") == 0;
  return c && c->reason &&
         (c->verdict == OSC_FAIL || c->verdict == OSC_XFAIL || (signature && c->verdict == OSC_OBSERVED) ||
          (existence && (c->verdict == OSC_MISSING || c->verdict == OSC_UNEXPECTED)));
}

/* The reason with each number that the expected and the observed value
 * share at the same place written N: a value the case bound (a child's
 * pid, {"ref": "pid"} in the expectation) differs from run to run, the
 * difference does not. "expected value {"tuple":[92,256]}, got value
 * {"tuple":[92,768]}" reads "expected value {"tuple":[N,256]}, got value
 * {"tuple":[N,768]}". Into out (len bytes). */
static void mask_bound_numbers(const char *reason, char *out, size_t len)
{
  enum { MAX_SPANS = 32 };
  const char *exp = strstr(reason, "expected "), *got = exp ? strstr(exp, ", got ") : NULL;
  const char *e = exp, *g = got, *shared[MAX_SPANS], *in_got[MAX_SPANS];
  size_t widths[MAX_SPANS], nspans = 0;
  while (e && g && nspans < MAX_SPANS) {
    e += strcspn(e, "0123456789");
    g += strcspn(g, "0123456789");
    if (e >= got || !*g)
      break;
    size_t ne = strspn(e, "0123456789"), ng = strspn(g, "0123456789");
    if (ne == ng && strncmp(e, g, ne) == 0)
      shared[nspans] = e, in_got[nspans] = g, widths[nspans++] = ne;
    e += ne, g += ng;
  }
  /* Copy, writing N for each span: the expected ones first, then the got ones. */
  size_t n = 0;
  const char *from = reason;
  for (size_t pass = 0; pass < 2; pass++)
    for (size_t k = 0; k < nspans && n < len; k++) {
      const char *at = pass ? in_got[k] : shared[k];
      n += (size_t)snprintf(out + n, len - n, "%.*sN", (int)(at - from), from);
      from = at + widths[k];
    }
  if (n < len)
    snprintf(out + n, len - n, "%s", from);
}

/* An expected failure is the failure it lists: the same when the
 * difference (the reason) is the same. */
static bool same_way(const struct osc_case *a, const struct osc_case *b)
{
  if (!is_failure(a) || !is_failure(b) ||
      !(a->verdict == b->verdict || a->verdict == OSC_XFAIL || b->verdict == OSC_XFAIL))
    return false;
  char ma[1024], mb[1024];
  mask_bound_numbers(a->reason, ma, sizeof ma);
  mask_bound_numbers(b->reason, mb, sizeof mb);
  return strcmp(ma, mb) == 0;
}

static const struct osc_target *reference_of(const struct osc_model *m, const struct osc_target *w)
{
  const struct osc_target *ref = NULL;
  for (size_t i = 0; i < m->ntargets; i++) {
    const struct osc_target *t = &m->targets[i];
    if (strcmp(t->implementation, "osref") == 0 && strcmp(t->doc, w->doc) == 0 &&
        (!t->host || !w->host || strcmp(t->host, w->host) == 0))
      ref = t;
  }
  return ref;
}

/* The sentence the case checks; for a signature case, the signature as
 * the doc writes it; for an existence case, the availability claim. */
static const char *sentence_of(const struct osc_model *m, const struct osc_case *c, const char *doc)
{
  for (size_t i = 0; c->claim && i < m->nclaims; i++)
    if (strcmp(m->claims[i].id, c->claim) == 0)
      return m->claims[i].text;
  for (size_t i = 0; strcmp(c->kind, "existence") == 0 && i < m->navails; i++)
    if (strcmp(m->avails[i].object, c->object) == 0 && strcmp(m->avails[i].doc, doc) == 0)
      return m->avails[i].raw;
  int row = rpt_model_row(m, c->object);
  return strcmp(c->kind, "signature") == 0 && row >= 0 ? m->objects[row].signature : NULL;
}

static const char *issue_kind(const char *case_kind)
{
  return strcmp(case_kind, "existence") == 0   ? "availability"
         : strcmp(case_kind, "signature") == 0 ? "signature"
                                               : "behaviour";
}

/* Whether the doc promises the object on the witness's platform: it has no
 * availability claim (then it is everywhere), or a claim names the platform
 * itself ("Linux"), not only a group ("Unix": commonly found, promised
 * nowhere in particular). Only then does its absence contradict the doc. */
static bool promised_here(const struct osc_model *m, const struct osc_case *c, const struct osc_target *w)
{
  json_t *facts = json_loads(w->platform ? w->platform : "", 0, NULL);
  const char *sys_platform = json_string_value(json_object_get(facts, "sys_platform"));
  bool named = false, claimed = false;
  for (size_t i = 0; sys_platform && !named && i < m->navails; i++) {
    const struct osc_avail *a = &m->avails[i];
    if (strcmp(a->object, c->object) != 0 || strcmp(a->doc, w->doc) != 0)
      continue;
    claimed = true;
    json_t *expr = json_loads(a->expr ? a->expr : "", 0, NULL), *clause;
    size_t j;
    json_array_foreach(json_object_get(expr, "include"), j, clause) {
      const char *p = json_string_value(json_object_get(clause, "platform"));
      named |= p && strncasecmp(sys_platform, p, strlen(p)) == 0;
    }
    json_decref(expr);
  }
  json_decref(facts);
  return named || !claimed;  /* no claim at all: documented as everywhere */
}

/* Every witness lacks the object as c says. */
static bool absent_everywhere(const struct osc_model *m, const struct osc_case *c)
{
  for (size_t i = 0; i < m->ntargets; i++)
    if (rpt_witnesses_the_doc(&m->targets[i]) && !same_way(c, rpt_target_find(&m->targets[i], c->id)))
      return false;
  return true;
}

/* "Unix" promises a name for no Unix in particular (AVAILABILITY.md): one
 * that CPython at the doc's version lacks here is this platform's absence,
 * in every target and every case of the object. */
static void mark_platform_note(struct osc_model *m, const struct osc_case *c)
{
  for (size_t i = 0; i < m->ntargets; i++) {
    struct osc_target *t = &m->targets[i];
    for (size_t k = 0; k < t->ncases; k++)
      if (t->cases[k].verdict == OSC_MISSING && strcmp(t->cases[k].object, c->object) == 0)
        t->cases[k].platform_note = true;
  }
}

/* c (of the first witness) fails in every witness, and in the reference
 * where it must: the witnesses' labels, or NULL. */
static const char *witnessed(const struct osc_model *m, const struct osc_case *c, const struct osc_target *first)
{
  if (c->verdict == OSC_MISSING && !promised_here(m, c, first))
    return NULL;
  /* The reference is built to the doc: it witnesses what the platform
   * lacks, not a name CPython has that the doc says is not there. */
  if (strcmp(c->kind, "signature") != 0 && c->verdict != OSC_UNEXPECTED) {
    const struct osc_target *ref = reference_of(m, first);
    if (!ref || !same_way(c, rpt_target_find(ref, c->id)))
      return NULL;
  }
  size_t len = 0;
  for (size_t i = 0; i < m->ntargets; i++)
    if (rpt_witnesses_the_doc(&m->targets[i])) {
      if (!same_way(c, rpt_target_find(&m->targets[i], c->id)))
        return NULL;
      len += strlen(m->targets[i].label) + 1;
    }
  char *labels = rpt_alloc(m->arena, len + 1);
  for (size_t i = 0; i < m->ntargets; i++)
    if (rpt_witnesses_the_doc(&m->targets[i]))
      strcat(strcat(labels, *labels ? " " : ""), m->targets[i].label);
  return labels;
}

/* Marks, in every target, the case that fails the way the witnesses do. */
static void mark(struct osc_model *m, const struct osc_case *c)
{
  for (size_t i = 0; i < m->ntargets; i++) {
    struct osc_case *o = (struct osc_case *)rpt_target_find(&m->targets[i], c->id);
    if (o && same_way(c, o))
      o->doc_issue = true;
  }
}

void rpt_model_find_doc_issues(struct osc_model *m)
{
  const struct osc_target *first = NULL;
  for (size_t i = 0; i < m->ntargets && !first; i++)
    if (rpt_witnesses_the_doc(&m->targets[i]))
      first = &m->targets[i];
  if (!first)
    return;
  size_t cap = 0;
  for (size_t i = 0; i < first->ncases; i++) {
    const struct osc_case *c = &first->cases[i];
    if (is_failure(c) && c->verdict == OSC_MISSING && !promised_here(m, c, first) && absent_everywhere(m, c)) {
      mark_platform_note(m, c);
      continue;
    }
    const char *labels = is_failure(c) ? witnessed(m, c, first) : NULL;
    if (!labels)
      continue;
    m->doc_issues = rpt_grow(m->arena, m->doc_issues, &cap, m->ndoc_issues, sizeof *m->doc_issues);
    m->doc_issues[m->ndoc_issues++] = (struct osc_doc_issue){
      c, c->object, first->doc, c->claim, sentence_of(m, c, first->doc), issue_kind(c->kind), labels};
    mark(m, c);
  }
}

bool rpt_case_applicable(const struct osc_case *c)
{
  return rpt_verdict_applicable(c->verdict) && !c->doc_issue && !c->platform_note;
}
