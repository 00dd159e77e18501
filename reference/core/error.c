/* Errors as Python raises them: the OSError subclass for an errno comes from
 * the table of OSError subclasses in the exceptions documentation
 * (library/exceptions.rst, "OS exceptions"); any other errno is plain OSError. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "osref.h"

static const struct { int errnum; const char *type; } errno_classes[] = {
  {EAGAIN, "BlockingIOError"}, {EALREADY, "BlockingIOError"},
  {EWOULDBLOCK, "BlockingIOError"}, {EINPROGRESS, "BlockingIOError"},
  {ECHILD, "ChildProcessError"},
  {EPIPE, "BrokenPipeError"}, {ESHUTDOWN, "BrokenPipeError"},
  {ECONNABORTED, "ConnectionAbortedError"},
  {ECONNREFUSED, "ConnectionRefusedError"},
  {ECONNRESET, "ConnectionResetError"},
  {EEXIST, "FileExistsError"},
  {ENOENT, "FileNotFoundError"},
  {EINTR, "InterruptedError"},
  {EISDIR, "IsADirectoryError"},
  {ENOTDIR, "NotADirectoryError"},
  {EACCES, "PermissionError"}, {EPERM, "PermissionError"},
#ifdef ENOTCAPABLE
  {ENOTCAPABLE, "PermissionError"},
#endif
  {ESRCH, "ProcessLookupError"},
  {ETIMEDOUT, "TimeoutError"},
};

const char *osref_exception_for_errno(int errnum)
{
  errnum = abs(errnum);
  for (size_t i = 0; i < sizeof errno_classes / sizeof errno_classes[0]; i++)
    if (errno_classes[i].errnum == errnum) return errno_classes[i].type;
  return "OSError";
}

/* The message is str(OSError(errno, strerror(errno))): "[Errno 2] No such file or directory". */
osref_value *osref_set_errno(osref_error *err, int errnum)
{
  errnum = abs(errnum);
  err->type = osref_exception_for_errno(errnum);
  err->errnum = errnum;
  snprintf(err->message, sizeof err->message, "[Errno %d] %s", errnum, strerror(errnum));
  return NULL;
}

osref_value *osref_set_error(osref_error *err, const char *type, const char *fmt, ...)
{
  va_list ap;
  err->type = type;
  err->errnum = 0;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  return NULL;
}

int osref_fail(long r, osref_error *err)
{
  osref_set_errno(err, (int)-r);
  return -1;
}
