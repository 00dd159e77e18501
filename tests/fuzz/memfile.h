/* The fuzzer's bytes as a regular file with a path, for code that opens a
 * path (the case loader, SQLite): a memfd, named through /proc. */
#ifndef FUZZ_MEMFILE_H
#define FUZZ_MEMFILE_H

#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

/* The fd (close it after), or -1; path receives its name. */
static inline int fuzz_memfile(const uint8_t *data, size_t size, char *path, size_t len)
{
  int fd = memfd_create("fuzz", MFD_CLOEXEC);
  if (fd >= 0 && write(fd, data, size) != (ssize_t)size) {
    close(fd);
    fd = -1;
  }
  snprintf(path, len, "/proc/self/fd/%d", fd);
  return fd;
}

#endif
