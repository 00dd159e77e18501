/* os.splice(src, dst, count, offset_src=None, offset_dst=None, flags=0) */
#include <errno.h>
#include <fcntl.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_SPLICE
int64_t osref_splice(int src, int dst, size_t count, const int64_t *offset_src,
                     const int64_t *offset_dst, unsigned flags, osref_error *err)
{
  loff_t in = offset_src ? *offset_src : 0, out = offset_dst ? *offset_dst : 0;
  long r = OSREF_RETRY(splice(src, offset_src ? &in : NULL, dst, offset_dst ? &out : NULL,
                              count, flags));
  return r < 0 ? osref_fail(r, err) : r;
}

static osref_value *call_splice(osref_value *const *argv, osref_error *err)
{
  int src, dst;
  int64_t count, off_src, off_dst, flags = 0;
  bool has_src, has_dst;
  if (!osref_arg_fd("splice", "src", argv[0], &src, err)
      || !osref_arg_fd("splice", "dst", argv[1], &dst, err)
      || !osref_fd_arg_ssize("splice", "count", argv[2], &count, err)
      || !osref_fd_arg_offset("splice", "offset_src", argv[3], &off_src, &has_src, err)
      || !osref_fd_arg_offset("splice", "offset_dst", argv[4], &off_dst, &has_dst, err)
      || (argv[5] && !osref_arg_int_range("splice", "flags", argv[5], 0, UINT32_MAX, &flags, err)))
    return NULL;
  if (count < 0)
    return osref_set_error(err, "ValueError", "negative value for 'count' not allowed");
  return osref_int_result(osref_splice(src, dst, (size_t)count, has_src ? &off_src : NULL,
                                          has_dst ? &off_dst : NULL, (unsigned)flags, err));
}

static const osref_param splice_params[] = {
  {"src", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dst", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"count", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"offset_src", "None", OSREF_POSITIONAL_OR_KEYWORD},
  {"offset_dst", "None", OSREF_POSITIONAL_OR_KEYWORD},
  {"flags", "0", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(splice, "File Descriptor Operations", splice_params, call_splice)
#else
OSREF_ABSENT(splice, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_SPLICE unset)")
#endif
