/* libFuzzer: a target's answer line, judged against cases of every kind
 * (runner/verdict.c, expect.c): whatever a target writes, the runner gives
 * a verdict and nothing else happens. */
#include <stdint.h>
#include <stdlib.h>
#include <jansson.h>
#include "../../runner/verdict.h"

static const char *const cases[] = {
  "{\"id\": \"mkdir/existing\", \"object\": \"mkdir\", \"kind\": \"behaviour\", \"steps\": [{\"call\": \"mkdir\","
  " \"args\": [\"d\"], \"bind\": \"r\"}, {\"call\": \"stat\", \"args\": [\"d\"]}], \"expect\": [{\"raises\": \"FileExistsError\","
  " \"errno\": \"EEXIST\"}, {\"returns\": {\"ref\": \"r\"}, \"type\": \"stat_result\", \"len\": 10, \"contains\": 1,"
  " \"truthy\": true}], \"check\": [{\"op\": \"isdir\", \"path\": \"d\"}], \"compare\": \"both\"}",
  "{\"id\": \"exists/mkdir\", \"object\": \"mkdir\", \"kind\": \"existence\", \"steps\": [{\"hasattr\": \"mkdir\"}],"
  " \"expect\": [{\"present\": true}]}",
  "{\"id\": \"sig/mkdir\", \"object\": \"mkdir\", \"kind\": \"signature\", \"steps\": [{\"signature\": \"mkdir\"}],"
  " \"expect\": [{\"params\": [{\"name\": \"path\", \"kind\": \"positional-or-keyword\", \"default\": null},"
  " {\"name\": \"mode\", \"kind\": \"positional-or-keyword\", \"default\": \"0o777\"}, {\"name\": \"args\","
  " \"kind\": \"var-positional\", \"default\": null}, {\"name\": \"dir_fd\", \"kind\": \"keyword-only\", \"optional\": true}]}]}",
  "{\"id\": \"value/O_RDONLY\", \"object\": \"O_RDONLY\", \"kind\": \"value\", \"steps\": [{\"getattr\": \"O_RDONLY\"}],"
  " \"expect\": [{\"returns\": {\"dict\": [[\"a\", {\"tuple\": [1, {\"bytes\": \"00\"}]}]]}}], \"compare\": \"reference\"}",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  json_t *outcome = json_loadb((const char *)data, size, JSON_ALLOW_NUL, NULL);
  if (!outcome)
    return 0;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    json_t *kase = json_loads(cases[i], 0, NULL);
    for (int a = OSC_ABSENT; a <= OSC_UNKNOWN; a++) {
      osc_judge_in in = {.kase = kase, .outcome = outcome, .avail = (osc_avail)a, .avail_why = "fuzz",
                         .reference_known = true, .reference = outcome, .language_version = "3.11",
                         .sys_platform = "linux", .reference_platform = "linux", .witness = outcome};
      osc_judgement out = {0};
      osc_judge(&in, &out);
      free(out.expected);
    }
    json_decref(kase);
  }
  json_decref(outcome);
  return 0;
}
