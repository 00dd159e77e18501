/* Opens the directory of listdir and scandir: a path (NULL: ".") or a
 * duplicate of the caller's fd, rewound, so that closing the stream leaves
 * the caller's fd open (as CPython does). */
#include "config.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "internal/files.h"

DIR *osref_files_opendir(const osref_at *f, int *errnum)
{
  DIR *d = NULL;
  if (f->path || f->fd < 0) {
    d = opendir(f->path ? f->path : ".");
  } else {
#ifdef HAVE_FDOPENDIR
    int fd = fcntl(f->fd, F_DUPFD_CLOEXEC, 0);
    if (fd >= 0 && !(d = fdopendir(fd))) {
      int e = errno;
      close(fd);
      errno = e;
    }
    if (d) rewinddir(d);
#else
    errno = ENOSYS;
#endif
  }
  if (!d) *errnum = errno;
  return d;
}

/* readdir without '.' and '..'; NULL at the end (*errnum 0) or on error. */
struct dirent *osref_files_readdir(DIR *d, int *errnum)
{
  for (;;) {
    errno = 0;
    struct dirent *e = readdir(d);
    if (!e) {
      *errnum = errno;
      return NULL;
    }
    const char *n = e->d_name;
    if (!(n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0')))) return e;
  }
}
