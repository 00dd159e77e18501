#include <stdio.h>
#include <string.h>
#include "callbuild.h"
#include "sysgen.h"
#include "systables.h"

/* ---- file descriptors ------------------------------------------------- */

int is_fd_param(const spec_object *o, const char *param)
{
  if (strcmp(param, "fd") == 0 || strcmp(param, "out_fd") == 0 || strcmp(param, "in_fd") == 0)
    return 1;
  int fd_pair = strcmp(o->name, "copy_file_range") == 0 || strcmp(o->name, "splice") == 0;
  return fd_pair && (strcmp(param, "src") == 0 || strcmp(param, "dst") == 0);
}

static json_t *closed_fd_expect(const char *function, const char **compare)
{
  static const char *const terminal[] = { "grantpt", "unlockpt", "ptsname", "ttyname",
                                          "tcgetpgrp", "tcsetpgrp", NULL };
  *compare = "doc";
  if (strcmp(function, "isatty") == 0)
    return json_pack("{sb}", "returns", 0);
  if (strcmp(function, "device_encoding") == 0)
    return json_pack("{sn}", "returns");
  for (const char *const *t = terminal; *t; t++)
    if (strcmp(function, *t) == 0) {
      /* The C library may check the terminal before the descriptor. */
      *compare = "both";
      return sys_raises("OSError", NULL);
    }
  return sys_raises("OSError", "EBADF");
}

void fd_rules(const sysgen *g, const spec_object *o, size_t i)
{
  const char *compare;
  json_t *closed = closed_fd_expect(o->name, &compare);
  sys_simple(g, o, i, "closed", "a file descriptor that is not open raises OSError (EBADF)",
             json_pack("{sb}", "closed_fd", 1), closed, compare);
  sys_by_keyword(g, o, i, json_pack("{sb}", "closed_fd", 1), closed_fd_expect(o->name, &compare));
  /* CPython gives EBADF from the system for most functions, ValueError from
   * its fileno() converter for others: the doc says only that it fails. */
  json_t *negative = closed_fd_expect(o->name, &compare);
  if (json_object_get(negative, "raises")) {
    json_decref(negative);
    negative = sys_raises("Exception", NULL);
  }
  sys_simple(g, o, i, "negative", "a negative file descriptor is never open: an error",
             json_integer(-1), negative, "doc");
  sys_simple(g, o, i, "wrong-type", "a file descriptor must be an int: anything else raises TypeError",
             json_string("x"), sys_raises("TypeError", NULL), "doc");
  /* Beyond a C int: OverflowError from the converter, or EBADF. */
  sys_simple(g, o, i, "huge", "a descriptor number beyond any file table is an error",
             json_integer(4294967296LL), sys_raises("Exception", NULL), "doc");
}
