#include <stdlib.h>
#include <string.h>
#include "quote.h"

/* Skips a reST role name such as ':func:' or ':c:func:' at p; returns p when
 * there is none. */
static const char *skip_role(const char *p)
{
  if (*p != ':')
    return p;
  for (const char *q = p + 1; (*q >= 'a' && *q <= 'z') || *q == '-' || *q == '.' || *q == ':'; q++)
    if (*q == ':' && q[1] == '`' && q > p + 1)
      return q + 1;
  return p;
}

/* Copies a role's content `text <target>` (or `~a.b`, `!x`) as the reader sees it. */
static const char *copy_role_content(const char *p, char **out)
{
  const char *end = strchr(p, '`');
  if (!end)
    end = p + strlen(p);
  const char *angle = NULL;
  for (const char *r = p; r < end; r++)
    if (*r == '<')
      angle = r;
  const char *stop = angle && angle > p ? angle : end;
  if (*p == '!')
    p++;
  else if (*p == '~') {  /* shows only the last component: ~os.path.join is 'join' */
    const char *dot = p;
    for (const char *r = p; r < stop; r++)
      if (*r == '.')
        dot = r;
    p = dot + 1;
  }
  while (stop > p && stop[-1] == ' ')
    stop--;
  memcpy(*out, p, (size_t)(stop - p));
  *out += stop - p;
  return *end ? end + 1 : end;
}

char *quote_normalise(const char *text)
{
  char *buf = malloc(strlen(text) + 1), *o = buf;
  int space = 1;  /* drops leading whitespace */
  for (const char *p = text; *p;) {
    const char *r = skip_role(p);
    if (*r == '`' && r != p) {
      p = copy_role_content(r + 1, &o);
      space = 0;
      continue;
    }
    unsigned char c = (unsigned char)*p++;
    if (c == '`' || c == '*')
      continue;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!space)
        *o++ = ' ';
      space = 1;
      continue;
    }
    *o++ = (char)c;
    space = 0;
  }
  while (o > buf && (o[-1] == ' ' || o[-1] == '.'))
    o--;
  *o = '\0';
  /* Role contents keep reST escapes and emphasis ('exec\\*p\\*'): drop them too. */
  char *w = buf;
  for (o = buf; *o; o++)
    if (*o != '\\' && *o != '*')
      *w++ = (char)(*o >= 'A' && *o <= 'Z' ? *o + 32 : *o);
  *w = '\0';
  return buf;
}

static int in_other_docs(const spec *s, const char *norm)
{
  for (size_t i = 0; i < s->nother; i++)
    if (strstr(s->other_norms[i], norm))
      return 1;
  return 0;
}

quote_result quote_resolve(const spec *s, const spec_object *o, const char *quote,
                           const spec_claim **found)
{
  char *norm = quote_normalise(quote);
  size_t hits = 0;
  *found = NULL;
  for (size_t i = 0; i < o->nclaims; i++)
    if (strstr(o->claims[i].norm, norm)) {
      /* The same sentence stated twice is one claim, not an ambiguity. */
      if (!*found || strcmp((*found)->id, o->claims[i].id) != 0)
        hits++;
      if (!*found)
        *found = &o->claims[i];
    }
  /* A quote that is a whole claim names that claim, even where a longer
   * claim contains it (times: "user - user time" and "children_user - user
   * time of all child processes"). */
  for (size_t i = 0; hits > 1 && i < o->nclaims; i++)
    if (strcmp(o->claims[i].norm, norm) == 0) {
      *found = &o->claims[i];
      hits = 1;
    }
  quote_result r = hits == 1 ? QUOTE_FOUND : hits > 1 ? QUOTE_AMBIGUOUS
                 : in_other_docs(s, norm) ? QUOTE_OTHER_DOC : QUOTE_NONE;
  free(norm);
  return r;
}
