/* os.copy_file_range(src, dst, count, offset_src=None, offset_dst=None) */
#include <errno.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_COPY_FILE_RANGE
int64_t osref_copy_file_range(int src, int dst, size_t count, const int64_t *offset_src,
                              const int64_t *offset_dst, osref_error *err)
{
  /* The kernel advances the offsets it is given; the caller's stay as passed. */
  off_t in = offset_src ? *offset_src : 0, out = offset_dst ? *offset_dst : 0;
  long r = OSREF_RETRY(copy_file_range(src, offset_src ? &in : NULL, dst,
                                       offset_dst ? &out : NULL, count, 0));
  return r < 0 ? osref_fail(r, err) : r;
}

static osref_value *call_copy_file_range(osref_value *const *argv, osref_error *err)
{
  static const char fn[] = "copy_file_range";
  int src, dst;
  int64_t count, off_src, off_dst;
  bool has_src, has_dst;
  if (!osref_arg_fd(fn, "src", argv[0], &src, err)
      || !osref_arg_fd(fn, "dst", argv[1], &dst, err)
      || !osref_fd_arg_ssize(fn, "count", argv[2], &count, err)
      || !osref_fd_arg_offset(fn, "offset_src", argv[3], &off_src, &has_src, err)
      || !osref_fd_arg_offset(fn, "offset_dst", argv[4], &off_dst, &has_dst, err))
    return NULL;
  if (count < 0)
    return osref_set_error(err, "ValueError", "negative value for 'count' not allowed");
  return osref_int_result(osref_copy_file_range(src, dst, (size_t)count,
                                                   has_src ? &off_src : NULL,
                                                   has_dst ? &off_dst : NULL, err));
}

static const osref_param copy_file_range_params[] = {
  {"src", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"dst", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"count", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"offset_src", "None", OSREF_POSITIONAL_OR_KEYWORD},
  {"offset_dst", "None", OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(copy_file_range, "File Descriptor Operations", copy_file_range_params, call_copy_file_range)
#else
OSREF_ABSENT(copy_file_range, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_COPY_FILE_RANGE unset)")
#endif
