/* os.urandom(size, /): size random bytes for cryptographic use. As CPython
 * on Linux: getrandom() in blocking mode until size bytes have come, and
 * /dev/urandom where the kernel lacks it (ENOSYS); NotImplementedError if
 * that device cannot be read either. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include "config.h"
#include "internal/args.h"
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/sysinfo.h"
#ifdef HAVE_GETRANDOM
#include <sys/random.h>
#endif

/* 0 when buf is full, -errno on failure, -ENOSYS without getrandom. */
static int fill_getrandom(char *buf, size_t size)
{
#ifdef HAVE_GETRANDOM
  for (size_t done = 0; done < size;) {
    long n = OSREF_RETRY(getrandom(buf + done, size - done, 0));
    if (n < 0) return (int)n;
    done += (size_t)n;
  }
  return 0;
#else
  (void)buf, (void)size;
  return -ENOSYS;
#endif
}

int osref_read_random_device(const char *path, char *buf, size_t size, osref_error *err)
{
  int fd = (int)OSREF_RETRY(open(path, O_RDONLY | O_CLOEXEC));
  if (fd < 0) {
    osref_set_error(err, "NotImplementedError", "%s (or equivalent) not found", path);
    return -1;
  }
  for (size_t done = 0; done < size;) {
    long n = OSREF_RETRY(read(fd, buf + done, size - done));
    if (n <= 0) {
      close(fd);
      osref_set_errno(err, n < 0 ? (int)-n : EIO);   /* a device that ends is broken */
      return -1;
    }
    done += (size_t)n;
  }
  close(fd);
  return 0;
}

osref_value *osref_urandom(int64_t size, osref_error *err)
{
  if (size < 0) return osref_set_error(err, "ValueError", "negative argument not allowed");
  char *buf = malloc(size ? (size_t)size : 1);
  if (!buf) return osref_set_error(err, "MemoryError", "out of memory");
  int r = fill_getrandom(buf, (size_t)size);
  if (r == -ENOSYS) r = osref_read_random_device("/dev/urandom", buf, (size_t)size, err);
  else if (r < 0) osref_set_errno(err, r);
  osref_value *v = r < 0 ? NULL : osref_bytes(buf, (size_t)size);
  free(buf);
  return v;
}

static osref_value *call_urandom(osref_value *const *argv, osref_error *err)
{
  int64_t size;
  if (!osref_arg_int_range("urandom", "size", argv[0], INT64_MIN, INT64_MAX, &size, err)) return NULL;
  return osref_urandom(size, err);
}

static const osref_param urandom_params[] = {{"size", NULL, OSREF_POSITIONAL_ONLY}};
OSREF_FUNCTION(urandom, OSREF_SECT_RANDOM, urandom_params, call_urandom)
