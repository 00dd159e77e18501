/* libFuzzer: a cases file, as the runner loads it (cases.c, the case schema). */
#include <stdint.h>
#include <unistd.h>
#include "../../runner/cases.h"
#include "memfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char path[64];
  int fd = fuzz_memfile(data, size, path, sizeof path);
  osc_cases cases;
  if (fd >= 0 && osc_cases_load(path, &cases))
    osc_cases_free(&cases);
  if (fd >= 0)
    close(fd);
  return 0;
}
