#include <stddef.h>
#include <string.h>
#include "errnos.h"

/* WASI's errno values (wasi_snapshot_preview1, `errno`), which Emscripten
 * has used since 2019: MicroPython built with Emscripten raises OSError(44)
 * for ENOENT, a number its errno module (Linux's numbering) cannot name. */
static const char *const wasi[] = {
  "ESUCCESS", "E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EAGAIN", "EALREADY",
  "EBADF", "EBADMSG", "EBUSY", "ECANCELED", "ECHILD", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET",
  "EDEADLK", "EDESTADDRREQ", "EDOM", "EDQUOT", "EEXIST", "EFAULT", "EFBIG", "EHOSTUNREACH", "EIDRM",
  "EILSEQ", "EINPROGRESS", "EINTR", "EINVAL", "EIO", "EISCONN", "EISDIR", "ELOOP", "EMFILE", "EMLINK",
  "EMSGSIZE", "EMULTIHOP", "ENAMETOOLONG", "ENETDOWN", "ENETRESET", "ENETUNREACH", "ENFILE", "ENOBUFS",
  "ENODEV", "ENOENT", "ENOEXEC", "ENOLCK", "ENOLINK", "ENOMEM", "ENOMSG", "ENOPROTOOPT", "ENOSPC", "ENOSYS",
  "ENOTCONN", "ENOTDIR", "ENOTEMPTY", "ENOTRECOVERABLE", "ENOTSOCK", "ENOTSUP", "ENOTTY", "ENXIO",
  "EOVERFLOW", "EOWNERDEAD", "EPERM", "EPIPE", "EPROTO", "EPROTONOSUPPORT", "EPROTOTYPE", "ERANGE", "EROFS",
  "ESPIPE", "ESRCH", "ESTALE", "ETIMEDOUT", "ETXTBSY", "EXDEV", "ENOTCAPABLE",
};

osc_errnos osc_errnos_of(const char *sys_platform, int on_this_platform)
{
  if (on_this_platform)
    return OSC_ERRNOS_NATIVE;
  if (sys_platform && (strcmp(sys_platform, "emscripten") == 0 || strcmp(sys_platform, "wasi") == 0 ||
                       strcmp(sys_platform, "webassembly") == 0))
    return OSC_ERRNOS_WASI;
  return OSC_ERRNOS_UNKNOWN;
}

const char *osc_errno_name(osc_errnos numbering, long long n)
{
  if (n <= 0 || n >= 4096)
    return NULL;
  if (numbering == OSC_ERRNOS_NATIVE)
    return strerrorname_np((int)n);
  if (numbering == OSC_ERRNOS_WASI && (size_t)n < sizeof wasi / sizeof *wasi)
    return wasi[n];
  return NULL;
}
