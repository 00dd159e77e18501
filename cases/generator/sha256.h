/* SHA-256 (FIPS 180-4), to mark generated files with the inputs they came
 * from. Small and self-contained so the generator needs no crypto library. */
#ifndef OSC_SHA256_H
#define OSC_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct osc_sha256 {
  uint32_t h[8];
  uint64_t total;        /* bytes fed so far */
  unsigned char block[64];
  size_t used;           /* bytes waiting in block */
} osc_sha256;

void osc_sha256_init(osc_sha256 *s);
void osc_sha256_update(osc_sha256 *s, const void *data, size_t len);
/* Writes 64 lowercase hex digits and a NUL into hex. */
void osc_sha256_hex(osc_sha256 *s, char hex[65]);
/* The digest of a whole file as hex; false (errno set) if it cannot be read. */
int osc_sha256_file(const char *path, char hex[65]);

#endif
