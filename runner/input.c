#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "diag.h"
#include "input.h"

FILE *osc_open_regular(const char *path, char *why, size_t len)
{
  /* O_NONBLOCK: opening a FIFO with no writer must not wait for one. */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  struct stat st;
  const char *problem = fd < 0 || fstat(fd, &st) != 0 ? strerror(errno)
                        : !S_ISREG(st.st_mode)        ? "not a regular file"
                        : fcntl(fd, F_SETFL, 0) != 0  ? strerror(errno)
                                                      : NULL;
  FILE *f = problem ? NULL : fdopen(fd, "r");
  if (!f) {
    snprintf(why, len, "%s", problem ? problem : strerror(errno));
    if (fd >= 0)
      close(fd);
  }
  return f;
}

FILE *osc_open_input(const char *path, const char *what)
{
  char why[200];
  FILE *f = osc_open_regular(path, why, sizeof why);
  if (!f)
    osc_error("%s: cannot read %s: %s", path, what, why);
  return f;
}

bool osc_is_regular(const char *path, char *why, size_t len)
{
  FILE *f = osc_open_regular(path, why, len);
  if (f)
    fclose(f);
  return f != NULL;
}
