/* The built-in open()'s checks of mode, buffering, encoding, errors and
 * newline, which fdopen applies since it "accepts the same arguments". */
#include <string.h>
#include <strings.h>
#include "internal/fd.h"

static bool invalid_mode(const char *mode, osref_error *err)
{
  osref_set_error(err, "ValueError", "invalid mode: '%s'", mode);
  return false;
}

/* Sets the read/write/append/create/binary flags from the mode letters. */
static bool parse_mode(osref_fileobj *f, const char *mode, osref_error *err)
{
  bool text = false, plus = false;
  int kinds = 0;
  for (const char *c = mode; *c; c++) {
    if (!strchr("rwaxbt+", *c) || strchr(c + 1, *c))
      return invalid_mode(mode, err);
    kinds += *c == 'r' || *c == 'w' || *c == 'a' || *c == 'x';
    f->readable |= *c == 'r';
    f->writable |= *c == 'w' || *c == 'a' || *c == 'x';
    f->appending |= *c == 'a';
    f->created |= *c == 'x';
    f->binary |= *c == 'b';
    text |= *c == 't';
    plus |= *c == '+';
  }
  if (text && f->binary) {
    osref_set_error(err, "ValueError", "can't have text and binary mode at once");
    return false;
  }
  if (kinds != 1) {
    osref_set_error(err, "ValueError", "must have exactly one of create/read/write/append mode");
    return false;
  }
  if (plus)
    f->readable = f->writable = true;
  return true;
}

/* FileIO's mode attribute, which the buffered binary objects report. */
static const char *binary_mode(const osref_fileobj *f)
{
  if (f->created)
    return f->readable ? "xb+" : "xb";
  if (f->appending)
    return f->readable ? "ab+" : "ab";
  if (f->readable)
    return f->writable ? "rb+" : "rb";
  return "wb";
}

static bool parse_codec(osref_fileobj *f, const char *encoding, osref_error *err)
{
  static const struct { const char *name; osref_codec codec; } names[] = {
    {"utf-8", OSREF_CODEC_UTF8}, {"utf8", OSREF_CODEC_UTF8}, {"utf_8", OSREF_CODEC_UTF8},
    {"locale", OSREF_CODEC_UTF8}, {"ascii", OSREF_CODEC_ASCII}, {"us-ascii", OSREF_CODEC_ASCII},
    {"latin-1", OSREF_CODEC_LATIN1}, {"latin1", OSREF_CODEC_LATIN1},
    {"iso-8859-1", OSREF_CODEC_LATIN1}, {"iso8859-1", OSREF_CODEC_LATIN1},
  };
  /* The locale encoding of the reference is UTF-8 (what Python reports in
   * the C locale and in UTF-8 Mode). The attribute keeps the name as given. */
  f->encoding_name = strdup(encoding ? encoding : "UTF-8");
  if (!f->encoding_name) {
    osref_set_error(err, "MemoryError", "out of memory");
    return false;
  }
  f->codec = OSREF_CODEC_UTF8;
  if (!encoding)
    return true;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (!strcasecmp(encoding, names[i].name)) {
      f->codec = names[i].codec;
      return true;
    }
  osref_set_error(err, "LookupError", "unknown encoding: %s", encoding);
  return false;
}

static bool parse_errors(osref_fileobj *f, const char *errors, osref_error *err)
{
  static const char *const names[] = {"strict", "ignore", "replace", "surrogateescape"};
  f->errors_name = strdup(errors ? errors : "strict");
  if (!f->errors_name) {
    osref_set_error(err, "MemoryError", "out of memory");
    return false;
  }
  f->errors = OSREF_ERRORS_UNKNOWN;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (!strcmp(f->errors_name, names[i]))
      f->errors = (osref_errors)i;
  return true;
}

static bool parse_newline(osref_fileobj *f, const osref_open_options *opts, osref_error *err)
{
  static const char *const values[] = {"", "\n", "\r", "\r\n"};
  if (!opts->newline) {
    f->newline = OSREF_NEWLINE_UNIVERSAL;
    return true;
  }
  for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
    if (!strcmp(opts->newline, values[i])) {
      f->newline = (osref_newline)(OSREF_NEWLINE_UNTRANSLATED + i);
      return true;
    }
  osref_set_error(err, "ValueError", "illegal newline value: %s", opts->newline);
  return false;
}

int osref_fileobj_configure(osref_fileobj *f, const osref_open_options *opts, osref_error *err)
{
  const char *mode = opts->mode ? opts->mode : "r";
  if (!parse_mode(f, mode, err))
    return -1;
  f->closefd = opts->closefd;
  f->unbuffered = opts->buffering == 0;
  f->line_buffering = opts->buffering == 1 && !f->binary;
  if (f->binary) {
    const char *extra = opts->encoding ? "an encoding" : opts->errors ? "an errors"
                      : opts->newline_given && opts->newline ? "a newline" : NULL;
    if (extra) {
      osref_set_error(err, "ValueError", "binary mode doesn't take %s argument", extra);
      return -1;
    }
    strcpy(f->mode, binary_mode(f));
    return 0;
  }
  strcpy(f->mode, mode);  /* fits: a valid mode has at most 3 letters */
  if (f->unbuffered) {
    osref_set_error(err, "ValueError", "can't have unbuffered text I/O");
    return 1;
  }
  return parse_codec(f, opts->encoding, err) && parse_newline(f, opts, err)
         && parse_errors(f, opts->errors, err) ? 0 : 1;
}
