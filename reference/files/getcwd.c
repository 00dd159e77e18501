/* os.getcwd and os.getcwdb: the working directory as str or bytes. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

osref_value *osref_getcwd(bool as_bytes, osref_error *err)
{
  /* A path may be longer than PATH_MAX: grow until it fits. */
  for (size_t size = 1024;; size *= 2) {
    char *buf = malloc(size);
    if (!buf) return osref_set_errno(err, ENOMEM);
    if (getcwd(buf, size)) {
      osref_value *r = as_bytes ? osref_bytes(buf, strlen(buf)) : osref_str(buf);
      free(buf);
      return r;
    }
    int e = errno;
    free(buf);
    if (e != ERANGE) return osref_set_errno(err, e);
  }
}

static osref_value *call_getcwd(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_getcwd(false, err);
}

static osref_value *call_getcwdb(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_getcwd(true, err);
}

OSREF_FUNCTION0(getcwd, OSREF_SECTION_FILES, call_getcwd)
OSREF_FUNCTION0(getcwdb, OSREF_SECTION_FILES, call_getcwdb)
