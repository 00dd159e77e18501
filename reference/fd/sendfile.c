/* os.sendfile(out_fd, in_fd, offset, count): the first notation, the one
 * every platform with sendfile supports; headers/trailers/flags are macOS
 * and FreeBSD only. */
#include <errno.h>
#include "config.h"
#ifdef HAVE_SENDFILE
#include <sys/sendfile.h>
#endif
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/fd.h"

#ifdef HAVE_SENDFILE
int64_t osref_sendfile(int out_fd, int in_fd, const int64_t *offset, size_t count,
                       osref_error *err)
{
  /* With offset None, Linux reads from (and advances) in_fd's position. */
  off_t off = offset ? *offset : 0;
  long r = OSREF_RETRY(sendfile(out_fd, in_fd, offset ? &off : NULL, count));
  return r < 0 ? osref_fail(r, err) : r;
}

static osref_value *call_sendfile(osref_value *const *argv, osref_error *err)
{
  int out_fd, in_fd;
  int64_t offset, count;
  bool has_offset;
  if (!osref_arg_fd("sendfile", "out_fd", argv[0], &out_fd, err)
      || !osref_arg_fd("sendfile", "in_fd", argv[1], &in_fd, err)
      || !osref_fd_arg_offset("sendfile", "offset", argv[2], &offset, &has_offset, err)
      || !osref_fd_arg_ssize("sendfile", "count", argv[3], &count, err))
    return NULL;
  if (count < 0)  /* as CPython: the kernel would read it as a huge size_t */
    return osref_set_errno(err, EINVAL);
  return osref_int_result(osref_sendfile(out_fd, in_fd, has_offset ? &offset : NULL,
                                            (size_t)count, err));
}

static const osref_param sendfile_params[] = {
  {"out_fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"in_fd", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"offset", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"count", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(sendfile, "File Descriptor Operations", sendfile_params, call_sendfile)
#else
OSREF_ABSENT(sendfile, "File Descriptor Operations", OSREF_FUNCTION, "not in this libc (HAVE_SENDFILE unset)")
#endif
