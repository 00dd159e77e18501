/* libFuzzer: a results database from another machine, as report and gate
 * read it (reports/results_check.c, model_results.c). */
#include <stdint.h>
#include <unistd.h>
#include "../../reports/model.h"
#include "memfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char path[64];
  int fd = fuzz_memfile(data, size, path, sizeof path);
  if (fd < 0)
    return 0;
  const char *paths[] = {path};
  struct osc_model *m = rpt_model_new();
  rpt_model_load_results(m, paths, 1);
  rpt_model_free(m);
  close(fd);
  return 0;
}
