/* os.pathconf_names: the _PC_* names this libc defines, by their Python
 * name (without the underscore). */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

#define NAME(n) { #n, _##n }
static const struct { const char *name; int value; } names[] = {
#ifdef _PC_ABI_AIO_XFER_MAX
  NAME(PC_ABI_AIO_XFER_MAX),
#endif
#ifdef _PC_ALLOC_SIZE_MIN
  NAME(PC_ALLOC_SIZE_MIN),
#endif
#ifdef _PC_ASYNC_IO
  NAME(PC_ASYNC_IO),
#endif
#ifdef _PC_CHOWN_RESTRICTED
  NAME(PC_CHOWN_RESTRICTED),
#endif
#ifdef _PC_FILESIZEBITS
  NAME(PC_FILESIZEBITS),
#endif
#ifdef _PC_LINK_MAX
  NAME(PC_LINK_MAX),
#endif
#ifdef _PC_MAX_CANON
  NAME(PC_MAX_CANON),
#endif
#ifdef _PC_MAX_INPUT
  NAME(PC_MAX_INPUT),
#endif
#ifdef _PC_MIN_HOLE_SIZE
  NAME(PC_MIN_HOLE_SIZE),
#endif
#ifdef _PC_NAME_MAX
  NAME(PC_NAME_MAX),
#endif
#ifdef _PC_NO_TRUNC
  NAME(PC_NO_TRUNC),
#endif
#ifdef _PC_PATH_MAX
  NAME(PC_PATH_MAX),
#endif
#ifdef _PC_PIPE_BUF
  NAME(PC_PIPE_BUF),
#endif
#ifdef _PC_PRIO_IO
  NAME(PC_PRIO_IO),
#endif
#ifdef _PC_REC_INCR_XFER_SIZE
  NAME(PC_REC_INCR_XFER_SIZE),
#endif
#ifdef _PC_REC_MAX_XFER_SIZE
  NAME(PC_REC_MAX_XFER_SIZE),
#endif
#ifdef _PC_REC_MIN_XFER_SIZE
  NAME(PC_REC_MIN_XFER_SIZE),
#endif
#ifdef _PC_REC_XFER_ALIGN
  NAME(PC_REC_XFER_ALIGN),
#endif
#ifdef _PC_SOCK_MAXBUF
  NAME(PC_SOCK_MAXBUF),
#endif
#ifdef _PC_SYMLINK_MAX
  NAME(PC_SYMLINK_MAX),
#endif
#ifdef _PC_SYNC_IO
  NAME(PC_SYNC_IO),
#endif
#ifdef _PC_VDISABLE
  NAME(PC_VDISABLE),
#endif
};

osref_value *osref_pathconf_names(void)
{
  osref_value *d = osref_dict();
  for (size_t i = 0; d && i < OSREF_PARAMS_LEN(names); i++)
    osref_dict_set(d, osref_str(names[i].name), osref_int(names[i].value));
  return d;
}

bool osref_files_confname(const char *fn, const osref_value *v, int *out, osref_error *err)
{
  if (v && v->type == OSREF_STR) {
    for (size_t i = 0; i < OSREF_PARAMS_LEN(names); i++)
      if (strcmp(names[i].name, v->u.s.data) == 0) return *out = names[i].value, true;
    osref_set_error(err, "ValueError", "unrecognized configuration name");
    return false;
  }
  if (!v || (v->type != OSREF_INT && v->type != OSREF_BOOL)) {
    osref_set_error(err, "TypeError", "%s: configuration names must be strings or integers", fn);
    return false;
  }
  int64_t n;
  if (!osref_arg_int_range(fn, "name", v, INT32_MIN, INT32_MAX, &n, err)) return false;
  *out = (int)n;
  return true;
}

static osref_value *get_pathconf_names(osref_error *err)
{
  osref_value *d = osref_pathconf_names();
  return d ? d : osref_set_errno(err, ENOMEM);
}

OSREF_DATA(pathconf_names, OSREF_SECTION_FILES, get_pathconf_names)
