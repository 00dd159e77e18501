/* The text layer of fdopen's file object: decoding with the file's codec
 * and error handler, universal newlines, and encoding for write(). The
 * value model's str is UTF-8; a byte that surrogateescape carries is kept
 * as that raw byte (osref.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal/fd.h"

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* Length of the UTF-8 sequence that lead starts; 0 if it cannot start one. */
static int utf8_length(unsigned char lead)
{
  return lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
}

/* Whether b may follow at index i of a sequence led by lead (no overlongs,
 * no surrogates, nothing past U+10FFFF). */
static bool utf8_continues(unsigned char lead, int i, unsigned char b)
{
  if (i == 1 && lead == 0xE0) return b >= 0xA0 && b <= 0xBF;
  if (i == 1 && lead == 0xED) return b >= 0x80 && b <= 0x9F;
  if (i == 1 && lead == 0xF0) return b >= 0x90 && b <= 0xBF;
  if (i == 1 && lead == 0xF4) return b >= 0x80 && b <= 0x8F;
  return b >= 0x80 && b <= 0xBF;
}

/* What the error handler makes of k undecodable bytes at f->pos: a
 * character in out (its length), 0 for nothing (ignore), -1 on strict. */
static int undecodable(osref_fileobj *f, size_t k, char out[4], osref_error *err)
{
  unsigned char b = (unsigned char)f->buf[f->pos];
  switch (f->errors) {
  case OSREF_ERRORS_IGNORE:
    f->pos += k;
    return 0;
  case OSREF_ERRORS_REPLACE:
    f->pos += k;
    memcpy(out, "\xEF\xBF\xBD", 3);
    return 3;
  case OSREF_ERRORS_SURROGATEESCAPE:
    f->pos++;
    out[0] = (char)b;
    return 1;
  case OSREF_ERRORS_UNKNOWN:
    osref_set_error(err, "LookupError", "unknown error handler name '%s'", f->errors_name);
    return -1;
  default:
    osref_set_error(err, "UnicodeDecodeError", "'%s' codec can't decode byte 0x%02x: %s",
                    codec_names[f->codec], b, f->codec == OSREF_CODEC_ASCII ? "ordinal not in range(128)"
                    : utf8_length(b) ? "invalid continuation byte" : "invalid start byte");
    return -1;
  }
}

static int decode_utf8(osref_fileobj *f, char out[4], osref_error *err)
{
  unsigned char lead = (unsigned char)f->buf[f->pos];
  int need = utf8_length(lead);
  if (need == 0)
    return undecodable(f, 1, out, err);
  int r = osref_fileobj_fill(f, (size_t)need);
  if (r < 0)
    return osref_set_errno(err, r), -1;
  int k = 1;
  while (k < need && f->pos + (size_t)k < f->len
         && utf8_continues(lead, k, (unsigned char)f->buf[f->pos + (size_t)k]))
    k++;
  if (k < need)
    return undecodable(f, (size_t)k, out, err);
  memcpy(out, f->buf + f->pos, (size_t)need);
  f->pos += (size_t)need;
  return need;
}

static int decode_one(osref_fileobj *f, char out[4], osref_error *err)
{
  unsigned char b = (unsigned char)f->buf[f->pos];
  if (b < 0x80) {
    f->pos++;
    out[0] = (char)b;
    return 1;
  }
  if (f->codec == OSREF_CODEC_UTF8)
    return decode_utf8(f, out, err);
  if (f->codec == OSREF_CODEC_ASCII)
    return undecodable(f, 1, out, err);
  f->pos++;  /* latin-1: the byte is the code point */
  out[0] = (char)(0xC0 | b >> 6);
  out[1] = (char)(0x80 | (b & 0x3F));
  return 2;
}

int osref_fileobj_next_char(osref_fileobj *f, char out[4], osref_error *err)
{
  for (;;) {
    int r = osref_fileobj_fill(f, 1);
    if (r < 0)
      return osref_set_errno(err, r), -1;
    if (f->pos == f->len)
      return 0;
    if (f->buf[f->pos] == '\r' && f->newline == OSREF_NEWLINE_UNIVERSAL) {
      f->pos++;
      if ((r = osref_fileobj_fill(f, 1)) < 0)
        return osref_set_errno(err, r), -1;
      if (f->pos < f->len && f->buf[f->pos] == '\n')
        f->pos++;
      out[0] = '\n';
      return 1;
    }
    int n = decode_one(f, out, err);
    if (n != 0)
      return n;
  }
}

/* The code point at s (a UTF-8 sequence of *len bytes), or -1 for a raw
 * byte (a surrogateescape'd one, *len = 1). */
static long code_point(const unsigned char *s, size_t avail, size_t *len)
{
  int n = utf8_length(s[0]);
  if (n == 0 || (size_t)n > avail) {
    *len = 1;
    return -1;
  }
  for (int i = 1; i < n; i++)
    if (!utf8_continues(s[0], i, s[i])) {
      *len = 1;
      return -1;
    }
  *len = (size_t)n;
  if (n == 1)
    return s[0];
  long cp = s[0] & (0x7F >> n);
  for (int i = 1; i < n; i++)
    cp = cp << 6 | (s[i] & 0x3F);
  return cp;
}

/* Appends one encoded character; false with err set when it cannot be. */
static bool encode_one(const osref_fileobj *f, const unsigned char *s, size_t n, long cp,
                       char *out, size_t *o, osref_error *err)
{
  long limit = f->codec == OSREF_CODEC_ASCII ? 0x7F : f->codec == OSREF_CODEC_LATIN1 ? 0xFF : -1;
  if (cp >= 0 && (limit < 0 || cp <= limit)) {
    if (limit < 0 || cp < 0x80)
      memcpy(out + *o, s, n), *o += n;
    else
      out[(*o)++] = (char)cp;
    return true;
  }
  if (cp < 0 && f->errors == OSREF_ERRORS_SURROGATEESCAPE) {
    out[(*o)++] = (char)s[0];
    return true;
  }
  if (f->errors == OSREF_ERRORS_IGNORE)
    return true;
  if (f->errors == OSREF_ERRORS_REPLACE) {
    out[(*o)++] = '?';
    return true;
  }
  if (f->errors == OSREF_ERRORS_UNKNOWN) {
    osref_set_error(err, "LookupError", "unknown error handler name '%s'", f->errors_name);
    return false;
  }
  osref_set_error(err, "UnicodeEncodeError", "'%s' codec can't encode character '\\x%lx': %s",
                  codec_names[f->codec], cp < 0 ? (long)s[0] : cp,
                  cp < 0 ? "surrogates not allowed" : "ordinal not in range");
  return false;
}

bool osref_fileobj_encode(const osref_fileobj *f, const char *s, size_t len, char **out,
                          size_t *out_len, size_t *chars, osref_error *err)
{
  /* At most 2 bytes out per byte in (\n -> \r\n). */
  char *buf = malloc(2 * len + 1);
  if (!buf) {
    osref_set_error(err, "MemoryError", "out of memory");
    return false;
  }
  size_t o = 0, n;
  *chars = 0;
  for (size_t i = 0; i < len; i += n, ++*chars) {
    const unsigned char *p = (const unsigned char *)s + i;
    long cp = code_point(p, len - i, &n);
    if (cp == '\n' && (f->newline == OSREF_NEWLINE_CR || f->newline == OSREF_NEWLINE_CRLF)) {
      buf[o++] = '\r';
      if (f->newline == OSREF_NEWLINE_CRLF)
        buf[o++] = '\n';
    } else if (!encode_one(f, p, n, cp, buf, &o, err)) {
      free(buf);
      return false;
    }
  }
  *out = buf;
  *out_len = o;
  return true;
}
