/* Matching a template's quoted sentence to a claim of spec.db. Both sides are
 * normalised the same way (reST markup dropped, whitespace collapsed, case
 * folded), so a template can quote the sentence as a reader sees it. */
#ifndef OSC_GEN_QUOTE_H
#define OSC_GEN_QUOTE_H

#include "spec.h"

/* A new string: roles as shown (:func:`x <y>` -> x, :func:`~a.b` -> b),
 * backquotes and emphasis removed, whitespace runs collapsed, ASCII letters lowercased,
 * a trailing period dropped. */
char *quote_normalise(const char *text);

typedef enum quote_result { QUOTE_FOUND, QUOTE_AMBIGUOUS, QUOTE_OTHER_DOC, QUOTE_NONE } quote_result;

/* Resolves a quote among the object's claims: the unique claim whose
 * normalised text contains the normalised quote. QUOTE_OTHER_DOC: it is a
 * claim of another document of spec.db only. */
quote_result quote_resolve(const spec *s, const spec_object *o, const char *quote,
                           const spec_claim **found);

#endif
