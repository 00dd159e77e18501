/* The reports' one in-memory model: built once from results databases and
 * the spec database, then read (never changed) by every reporter, the gate
 * and the tests. Strings live in the model's arena and die with it. */
#ifndef OSC_REPORTS_MODEL_H
#define OSC_REPORTS_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum osc_verdict {
  OSC_PASS, OSC_FAIL, OSC_MISSING, OSC_UNEXPECTED, OSC_UNSUPPORTED, OSC_STUB,
  OSC_SKIP, OSC_ERROR, OSC_CRASH, OSC_TIMEOUT, OSC_OBSERVED, OSC_NOTYET, OSC_XFAIL, OSC_NVERDICTS
};

/* What one documented object looks like on one target (a matrix cell). */
enum osc_status {
  OSC_ST_PASS,        /* applicable cases exist and all passed */
  OSC_ST_PARTIAL,     /* some applicable cases passed, some did not */
  OSC_ST_FAIL,        /* applicable cases exist and none passed */
  OSC_ST_MISSING,     /* documented as available here, and absent */
  OSC_ST_NA,          /* cases exist, none applicable (skipped, unsupported) */
  OSC_ST_UNTESTED,    /* no case for this object in this run */
  OSC_NSTATUS
};

struct osc_case {          /* one outcome row of one run */
  const char *id, *object, *kind, *claim;
  const char *expected, *observed, *reason, *known, *replay;   /* may be NULL */
  enum osc_verdict verdict;
  long long us;            /* -1 when the target reported no time */
  int row;                 /* index in model.objects, -1 if undocumented */
  bool doc_issue;          /* fails as CPython at the doc's version does: about the doc */
  bool platform_note;      /* absent under a group claim ("Unix") where CPython at the
                              doc's version lacks it too: the platform's, not a failure */
};

struct osc_doc_issue {     /* a sentence CPython at the doc's version contradicts */
  const struct osc_case *c;          /* the first witness's case: expected, observed, reason */
  const char *object, *doc, *claim, *sentence;   /* claim and sentence may be NULL */
  const char *kind;                  /* availability | behaviour | signature */
  const char *witnesses;             /* target labels, space-separated */
};

struct osc_ratio { int passed, applicable; };

struct osc_scores {
  struct osc_ratio cases;    /* applicable cases that passed */
  struct osc_ratio claims;   /* claims whose applicable cases all passed */
  int objects;               /* objects with at least one applicable case */
  double object_mean;        /* mean over those objects of their case pass rate */
  int status[OSC_NSTATUS];   /* documented objects of the subset, by cell status */
};

struct osc_target {        /* one run: a column of the matrix */
  const char *label;       /* unique in the model: target[@host][ doc] */
  const char *target, *implementation, *version, *platform, *host, *doc;
  const char *started, *finished, *source;   /* finished NULL: interrupted */
  const char *not_run;     /* why the target could not start, or NULL */
  bool unconfined;         /* run with --unconfined: cases could reach the whole machine */
  const char *language_version;  /* the Python version it was judged against, or NULL */
  const char *sys_platform;      /* its facts' sys.platform, or NULL */
  const char *stale_expectations;  /* JSON array the run noted (runner/run.c report_stale), or NULL */
  size_t nstale;
  long long run_id;
  int total;
  struct osc_case *cases;  /* sorted by id */
  size_t ncases;
  int counts[OSC_NVERDICTS];
  struct osc_scores all;
  struct osc_scores *by_doc;        /* one per model.docs, same order */
  enum osc_status *cells;           /* one per model.objects */
  const struct osc_case **by_row;   /* cases ordered by row, then id */
  size_t *row_start;                /* row r's cases: by_row[row_start[r] .. row_start[r+1]) */
  const struct osc_case **existence;   /* per row: its existence case, or NULL */
};

struct osc_doc {
  const char *version, *source, *sha256;
  long long id;
  const char **names;      /* documented object names, sorted, unique */
  size_t nnames;
};

struct osc_object {        /* one matrix row: a documented name of a run doc */
  const char *name, *kind, *section;
  const char *signature;   /* as written, NULL if none */
  bool documented;         /* false: only seen in outcomes */
};

struct osc_claim { const char *id, *object, *doc, *text; };

struct osc_avail {
  const char *object, *doc, *raw, *origin, *expr;
  long long line;
};

struct osc_model {
  struct osc_arena *arena;
  struct osc_target *targets; size_t ntargets;
  struct osc_doc *docs; size_t ndocs;            /* every document of the spec */
  struct osc_object *objects; size_t nobjects;   /* sorted by name */
  struct osc_claim *claims; size_t nclaims;      /* claims of the run docs */
  struct osc_avail *avails; size_t navails;      /* availability of the run docs */
  const char *coverage_link;                     /* lcov HTML, relative to out, or NULL */
  struct osc_doc_issue *doc_issues; size_t ndoc_issues;
};

/* Verdicts. */
const char *rpt_verdict_name(enum osc_verdict v);
int rpt_verdict_parse(const char *name);   /* -1 if unknown */
bool rpt_verdict_applicable(enum osc_verdict v);
/* Counts in the scores: an applicable verdict, and not a documentation issue. */
bool rpt_case_applicable(const struct osc_case *c);
const char *rpt_status_name(enum osc_status s);

/* Arena: every string of the model. */
struct osc_arena *rpt_arena_new(void);
void *rpt_alloc(struct osc_arena *a, size_t size);   /* zeroed */
const char *rpt_strdup(struct osc_arena *a, const char *s);   /* NULL stays NULL */
void rpt_arena_free(struct osc_arena *a);
/* Room for item n of an array that grows geometrically inside the arena. */
void *rpt_grow(struct osc_arena *a, void *items, size_t *cap, size_t n, size_t size);

/* Building. Each returns 0, or prints one error line and returns an exit code
 * of runner/diag.h. */
struct osc_model *rpt_model_new(void);
int rpt_model_load_results(struct osc_model *m, const char *const *paths, size_t n);
int rpt_model_load_spec(struct osc_model *m, const char *path);
void rpt_model_finish(struct osc_model *m);   /* doc issues, rows, cells, scores */
void rpt_model_find_doc_issues(struct osc_model *m);   /* doc_issues.c */
/* CPython at the doc's own Python version or newer: the implementation the
 * doc describes, whose disagreement with it is a finding about the doc. */
bool rpt_witnesses_the_doc(const struct osc_target *t);
void rpt_model_free(struct osc_model *m);

/* Queries. */
const struct osc_case *rpt_target_find(const struct osc_target *t, const char *case_id);
int rpt_model_row(const struct osc_model *m, const char *name);   /* -1 if none */
bool rpt_doc_has(const struct osc_doc *d, const char *name);
double rpt_percent(struct osc_ratio r);    /* -1 when nothing is applicable */

#endif
