/* osref-list: every documented object in libosref's scope, one per line:
 *   name <TAB> kind <TAB> section <TAB> provided|absent <TAB> why absent
 * Exit 0; --help to stdout; misuse to stderr with exit 2. */
#include <stdio.h>
#include <string.h>
#include "osref.h"

static const char *kind_name(osref_kind k)
{
  switch (k) {
  case OSREF_FUNCTION: return "function";
  case OSREF_DATA: return "data";
  case OSREF_CLASS: return "class";
  case OSREF_EXCEPTION: return "exception";
  case OSREF_METHOD: return "method";
  case OSREF_ATTRIBUTE: return "attribute";
  }
  return "?";
}

static void usage(FILE *out)
{
  fputs("usage: osref-list [--absent | --provided | --summary]\n"
        "Lists every documented os object in libosref's scope: name, kind, section,\n"
        "provided or absent, and why absent (tab-separated).\n", out);
}

int main(int argc, char **argv)
{
  const char *only = NULL;
  bool summary = false;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--help") == 0) { usage(stdout); return 0; }
    if (strcmp(argv[i], "--absent") == 0) only = "absent";
    else if (strcmp(argv[i], "--provided") == 0) only = "provided";
    else if (strcmp(argv[i], "--summary") == 0) summary = true;
    else {
      fprintf(stderr, "osconform: error: osref-list: unknown option '%s'\n", argv[i]);
      usage(stderr);
      return 2;
    }
  }
  size_t n, provided = 0;
  const osref_entry *e = osref_entries(&n);
  for (size_t i = 0; i < n; i++) {
    const char *state = e[i].absent ? "absent" : "provided";
    provided += !e[i].absent;
    if (summary || (only && strcmp(only, state) != 0)) continue;
    printf("%s\t%s\t%s\t%s\t%s\n", e[i].name, kind_name(e[i].kind), e[i].section, state,
           e[i].absent ? e[i].absent : "");
  }
  if (summary) printf("%zu objects: %zu provided, %zu absent\n", n, provided, n - provided);
  return 0;
}
