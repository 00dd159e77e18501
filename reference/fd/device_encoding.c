/* os.device_encoding(fd) */
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

/* Python's UTF-8 Mode (PEP 540): PYTHONUTF8=1 turns it on, =0 off; unset,
 * it is on in the C and POSIX locales. Read without touching the process
 * locale: the library must not change global state. */
static bool utf8_mode(const char **codeset, locale_t *loc)
{
  const char *env = getenv("PYTHONUTF8");
  *loc = newlocale(LC_CTYPE_MASK, "", (locale_t)0);
  *codeset = *loc ? nl_langinfo_l(CODESET, *loc) : "ANSI_X3.4-1968";
  if (env && *env)
    return strcmp(env, "0") != 0;
  const char *name = getenv("LC_ALL");
  if (!name || !*name)
    name = getenv("LC_CTYPE");
  if (!name || !*name)
    name = getenv("LANG");
  return !*loc || !name || !*name || !strcmp(name, "C") || !strcmp(name, "POSIX");
}

osref_value *osref_device_encoding(int fd, osref_error *err)
{
  (void)err;
  if (!isatty(fd))
    return osref_none();
  const char *codeset;
  locale_t loc;
  osref_value *v = osref_str(utf8_mode(&codeset, &loc) ? "UTF-8" : codeset);
  if (loc)
    freelocale(loc);
  return v;
}

static osref_value *call_device_encoding(osref_value *const *argv, osref_error *err)
{
  int fd;
  if (!osref_arg_fd("device_encoding", "fd", argv[0], &fd, err))
    return NULL;
  return osref_device_encoding(fd, err);
}

static const osref_param device_encoding_params[] = {
  {"fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(device_encoding, "File Descriptor Operations", device_encoding_params, call_device_encoding)
