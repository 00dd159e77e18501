/* Setup done by the runner for a target that cannot (prepare.c): the part
 * up to the last operation the target lacks, in the case's directory, and
 * never outside it, whatever the case's paths and symlinks say. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <criterion/criterion.h>
#include "helpers.h"
#include "../prepare.h"

TestSuite(prepare, .init = th_dir_setup, .fini = th_dir_teardown);

/* MicroPython's Unix port: no symlink, chmod, mkfifo or open. */
#define POOR "{\"setup_ops\": [\"write\", \"mkdir\"]}"
/* A target that does no setup itself: the runner does it all. */
#define NOTHING "{\"setup_ops\": []}"

static char case_dir[600];

static osc_prepared prepare_in(const char *hello, const char *setup, char **raw, char *err)
{
  snprintf(case_dir, sizeof case_dir, "%s/c1", th_dir);
  mkdir(case_dir, 0700);
  char text[2000];
  snprintf(text, sizeof text, "{\"id\": \"x\", \"setup\": %s, \"steps\": []}", setup);
  json_t *h = json_loads(hello, 0, NULL), *k = json_loads(text, 0, NULL);
  cr_assert(h && k, "bad test JSON");
  osc_prepared p = osc_prepare_setup(h, k, case_dir, raw, err, 300);
  json_decref(h);
  json_decref(k);
  return p;
}

static bool is_link(const char *rel)
{
  char path[700];
  struct stat st;
  snprintf(path, sizeof path, "%s/%s", case_dir, rel);
  return lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
}

Test(prepare, what_the_target_lacks_is_done_here_and_the_rest_is_sent)
{
  char *raw, err[300];
  cr_assert_eq(prepare_in(POOR, "[{\"op\": \"write\", \"path\": \"f\", \"data\": \"x\"},"
                                " {\"op\": \"symlink\", \"target\": \"f\", \"path\": \"l\"},"
                                " {\"op\": \"mkdir\", \"path\": \"d\"}]", &raw, err), OSC_PREPARED_DONE, "%s", err);
  cr_expect(is_link("l"));
  json_t *sent = json_loads(raw, 0, NULL);
  json_t *rest = json_object_get(sent, "setup");
  cr_assert_eq(json_array_size(rest), 1, "the mkdir after the symlink is the target's");
  cr_expect_str_eq(json_string_value(json_object_get(json_array_get(rest, 0), "op")), "mkdir");
  json_decref(sent);
  free(raw);
}

Test(prepare, a_target_that_does_it_all_gets_the_case_as_it_is)
{
  char *raw, err[300];
  cr_expect_eq(prepare_in("{}", "[{\"op\": \"symlink\", \"target\": \"f\", \"path\": \"l\"}]", &raw, err),
               OSC_PREPARED_NOTHING);
  cr_expect_null(raw);
  cr_expect_not(is_link("l"));
  cr_expect_eq(prepare_in(POOR, "[{\"op\": \"open\", \"path\": \"f\", \"as\": \"fd\"},"
                                " {\"op\": \"symlink\", \"target\": \"f\", \"path\": \"l\"}]", &raw, err),
               OSC_PREPARED_NOTHING, "an fd is the target's own: the case is left to it (setup_missing)");
}

/* As root, the runner must never act outside the case's directory. */
Test(prepare, no_path_leads_outside)
{
  char *raw, err[300], outside[700], planted[800];
  snprintf(outside, sizeof outside, "%s/outside", th_dir);
  mkdir(outside, 0755);
  char setup[1500];
  snprintf(setup, sizeof setup, "[{\"op\": \"symlink\", \"target\": \"%s\", \"path\": \"l\"},"
                                " {\"op\": \"write\", \"path\": \"l/planted\", \"data\": \"x\"}]", outside);
  cr_expect_eq(prepare_in(NOTHING, setup, &raw, err), OSC_PREPARED_FAILED);
  snprintf(planted, sizeof planted, "%s/planted", outside);
  cr_expect(access(planted, F_OK) != 0, "nothing written through a symlink");
  snprintf(setup, sizeof setup, "[{\"op\": \"symlink\", \"target\": \"%s\", \"path\": \"m\"},"
                                " {\"op\": \"chmod\", \"path\": \"m\", \"mode\": 511}]", outside);
  cr_expect_eq(prepare_in(NOTHING, setup, &raw, err), OSC_PREPARED_FAILED);
  struct stat st;
  cr_expect(stat(outside, &st) == 0 && (st.st_mode & 07777) == 0755, "no chmod through a symlink");
  const char *bad[] = {"../escaped", "/tmp/escaped", "d/../../escaped", ""};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    snprintf(setup, sizeof setup, "[{\"op\": \"mkfifo\", \"path\": \"%s\"}]", bad[i]);
    cr_expect_eq(prepare_in(NOTHING, setup, &raw, err), OSC_PREPARED_FAILED, "%s", bad[i]);
  }
  char escaped[800];
  snprintf(escaped, sizeof escaped, "%s/escaped", th_dir);
  cr_expect(access(escaped, F_OK) != 0);
}
