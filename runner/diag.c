#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "diag.h"

static void vsay(const char *what, const char *fmt, va_list ap)
{
  fprintf(stderr, "osconform: %s: ", what);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

void osc_error(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsay("error", fmt, ap);
  va_end(ap);
}

void osc_warn(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsay("warning", fmt, ap);
  va_end(ap);
}

void osc_die(enum osc_exit code, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsay("error", fmt, ap);
  va_end(ap);
  exit(code);
}
