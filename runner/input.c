#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "diag.h"
#include "input.h"

FILE *osc_open_input(const char *path, const char *what)
{
  /* O_NONBLOCK: opening a FIFO with no writer must not wait for one. */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  struct stat st;
  const char *why = fd < 0 || fstat(fd, &st) != 0 ? strerror(errno)
                    : !S_ISREG(st.st_mode)        ? "not a regular file"
                    : fcntl(fd, F_SETFL, 0) != 0  ? strerror(errno)
                                                  : NULL;
  FILE *f = why ? NULL : fdopen(fd, "r");
  if (!f) {
    osc_error("%s: cannot read %s: %s", path, what, why ? why : strerror(errno));
    if (fd >= 0)
      close(fd);
  }
  return f;
}
