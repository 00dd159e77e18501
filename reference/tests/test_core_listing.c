/* The listing program (OSREF_LIST, build/bin/osref-list): one line per
 * declared object, name, kind, section, provided|absent and the reason. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include "osref.h"

static FILE *run(const char *args)
{
  const char *list = getenv("OSREF_LIST");
  cr_assert(list && *list, "osconform: error: OSREF_LIST is not set (make check-reference sets it)");
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "%s %s 2>&1", list, args);
  FILE *f = popen(cmd, "r");
  cr_assert_not_null(f);
  return f;
}

/* Reads what is left (so the program never meets a closed pipe), then waits. */
static int finish(FILE *f)
{
  char rest[256];
  while (fgets(rest, sizeof rest, f)) continue;
  int status = pclose(f);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

Test(core_listing, one_line_per_declared_object_with_the_reason)
{
  size_t n, lines = 0;
  const osref_entry *e = osref_entries(&n);
  FILE *f = run("");
  char line[1024];
  while (fgets(line, sizeof line, f)) {
    cr_assert_lt(lines, n, "more lines than declarations");
    line[strcspn(line, "\n")] = '\0';
    char *fields[5], *save = NULL, *p = line;
    for (int i = 0; i < 5; i++) {
      fields[i] = strtok_r(p, "\t", &save);
      p = NULL;
    }
    cr_assert_str_eq(fields[0], e[lines].name);
    cr_assert_str_eq(fields[2], e[lines].section);
    cr_assert_str_eq(fields[3], e[lines].absent ? "absent" : "provided", "%s", e[lines].name);
    if (e[lines].absent) cr_assert_str_eq(fields[4], e[lines].absent);
    lines++;
  }
  cr_assert_eq(finish(f), 0);
  cr_assert_eq(lines, n);
}

Test(core_listing, summary_help_and_misuse)
{
  size_t n, absent = 0;
  const osref_entry *e = osref_entries(&n);
  for (size_t i = 0; i < n; i++) absent += e[i].absent != NULL;
  char want[128], line[256] = "";
  snprintf(want, sizeof want, "%zu objects: %zu provided, %zu absent\n", n, n - absent, absent);
  FILE *f = run("--summary");
  cr_assert_not_null(fgets(line, sizeof line, f));
  cr_assert_eq(finish(f), 0);
  cr_assert_str_eq(line, want);
  f = run("--absent");
  size_t lines = 0;
  while (fgets(line, sizeof line, f)) {
    cr_assert(strstr(line, "\tabsent\t"), "%s", line);
    lines++;
  }
  cr_assert_eq(finish(f), 0);
  cr_assert_eq(lines, absent);
  f = run("--help");
  cr_assert_not_null(fgets(line, sizeof line, f));
  cr_assert(strncmp(line, "usage: osref-list", 17) == 0);
  cr_assert_eq(finish(f), 0);
  f = run("--bogus");
  cr_assert_not_null(fgets(line, sizeof line, f));
  cr_assert_str_eq(line, "osconform: error: osref-list: unknown option '--bogus'\n");
  cr_assert_eq(finish(f), 2);
}
