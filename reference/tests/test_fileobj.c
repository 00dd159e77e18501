/* File Object Creation: fdopen(fd, *args, **kwargs) returns a file object
 * as the built-in open() would, and its first argument must be an int. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "osref/fd.h"
#include "test_fd.h"

TestSuite(fileobj, .init = fd_sandbox_enter, .fini = fd_sandbox_leave);

static osref_value *I(int64_t i) { return osref_int(i); }
static osref_value *S(const char *s) { return osref_str(s); }

/* os.fdopen(fd, mode, **kwargs) must succeed. */
static osref_value *fdopen_ok(int fd, const char *mode, osref_value *kwargs)
{
  osref_error err;
  osref_value *f = fd_call("fdopen", fd_tuple(2, I(fd), S(mode)), kwargs, &err);
  cr_assert_not_null(f, "fdopen(%d, %s): %s: %s", fd, mode, err.type, err.message);
  return f;
}

/* f.name(*args) through the call layer; args stolen. */
static osref_value *method(osref_value *f, const char *name, osref_value *args, osref_error *err)
{
  memset(err, 0, sizeof *err);
  osref_value *r = osref_method(f, name, args, NULL, err);
  osref_decref(args);
  return r;
}

static osref_value *method_ok(osref_value *f, const char *name, osref_value *args)
{
  osref_error err;
  osref_value *r = method(f, name, args, &err);
  cr_assert_not_null(r, "%s(): %s: %s", name, err.type, err.message);
  return r;
}

static void method_raises(osref_value *f, const char *name, osref_value *args, const char *type)
{
  osref_error err;
  osref_value *r = method(f, name, args, &err);
  cr_assert_null(r, "%s() did not raise %s", name, type);
  cr_assert_str_eq(err.type, type, "%s(): %s (%s)", name, err.type, err.message);
}

/* The method returns a str or bytes equal to want. */
static void method_gives(osref_value *f, const char *name, osref_value *args, const char *want)
{
  osref_value *r = method_ok(f, name, args);
  cr_assert(r->type == OSREF_STR || r->type == OSREF_BYTES);
  cr_assert_eq(r->u.s.len, strlen(want), "%s() gave %zu bytes '%.*s', not '%s'", name, r->u.s.len,
               (int)r->u.s.len, r->u.s.data, want);
  cr_assert_eq(memcmp(r->u.s.data, want, r->u.s.len), 0);
  osref_decref(r);
}

static void attr_is(osref_value *f, const char *attr, const char *want)
{
  osref_error err = {0};
  osref_value *v = osref_attr(f, attr, &err);
  cr_assert_not_null(v, "%s: %s", attr, err.message);
  cr_assert_str_eq(v->u.s.data, want, "%s", attr);
  osref_decref(v);
}

static bool fd_is_open(int fd) { return fcntl(fd, F_GETFD) >= 0; }

Test(fileobj, binary_file_reads_and_writes_bytes)
{
  int fd = fd_file_with("f", "hello");
  osref_value *f = fdopen_ok(fd, "rb+", NULL);
  cr_assert_str_eq(osref_type_name(f), "BufferedRandom");
  attr_is(f, "mode", "rb+");
  method_gives(f, "read", fd_tuple(1, I(2)), "he");
  method_gives(f, "read", fd_tuple(0), "llo");
  method_gives(f, "read", fd_tuple(0), "");
  osref_value *n = method_ok(f, "write", fd_tuple(1, osref_bytes("!", 1)));
  cr_assert_eq(n->u.i, 1);
  osref_decref(n);
  method_raises(f, "write", fd_tuple(1, S("x")), "TypeError");
  osref_error err;
  osref_value *name = osref_attr(f, "name", &err);
  cr_assert_eq(name->u.i, fd, "the name of an fdopen'd file is its fd");
  osref_decref(name);
  osref_decref(method_ok(f, "close", fd_tuple(0)));
  cr_assert(!fd_is_open(fd), "closing the file object closes the fd");
  osref_value *closed = osref_attr(f, "closed", &err);
  cr_assert(closed->u.b);
  osref_decref(closed);
  osref_decref(method_ok(f, "close", fd_tuple(0)));
  method_raises(f, "read", fd_tuple(0), "ValueError");
  method_raises(f, "fileno", fd_tuple(0), "ValueError");
  osref_decref(f);
}

Test(fileobj, type_follows_mode_and_buffering)
{
  static const struct { const char *mode; int64_t buffering; const char *type, *attr; } kinds[] = {
    {"rb", -1, "BufferedReader", "rb"}, {"wb", -1, "BufferedWriter", "wb"},
    {"ab", -1, "BufferedWriter", "ab"}, {"r+b", -1, "BufferedRandom", "rb+"},
    {"rb", 0, "FileIO", "rb"}, {"a+b", 0, "FileIO", "ab+"}, {"xb", 0, "FileIO", "xb"},
    {"r", -1, "TextIOWrapper", "r"}, {"w+", 1, "TextIOWrapper", "w+"},
  };
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
    int fd = fd_file_with("f", "");
    osref_value *f = fdopen_ok(fd, kinds[i].mode, fd_kwargs("buffering", I(kinds[i].buffering), NULL));
    cr_assert_str_eq(osref_type_name(f), kinds[i].type, "mode %s", kinds[i].mode);
    attr_is(f, "mode", kinds[i].attr);
    osref_decref(f);
    cr_assert(!fd_is_open(fd), "a collected file object closes its fd");
  }
}

Test(fileobj, fd_must_be_an_open_int)
{
  fd_call_raises("fdopen", fd_tuple(1, S("3")), NULL, "TypeError", 0);
  fd_call_raises("fdopen", fd_tuple(1, osref_float(3.0)), NULL, "TypeError", 0);
  fd_call_raises("fdopen", fd_tuple(1, I(-1)), NULL, "ValueError", 0);
  fd_call_raises("fdopen", fd_tuple(1, I(fd_closed())), NULL, "OSError", EBADF);
  cr_assert_eq(mkdir("d", 0755), 0);
  int dir = open("d", O_RDONLY | O_DIRECTORY);
  fd_call_raises("fdopen", fd_tuple(1, I(dir)), NULL, "IsADirectoryError", EISDIR);
  cr_assert(fd_is_open(dir));
  close(dir);
}

Test(fileobj, mode_and_options_are_checked_as_open_does)
{
  int fd = fd_file_with("f", "");
  static const char *const bad_modes[] = {"", "rw", "rr", "z", "rbt", "U", "+"};
  for (size_t i = 0; i < sizeof bad_modes / sizeof bad_modes[0]; i++)
    fd_call_raises("fdopen", fd_tuple(2, I(fd), S(bad_modes[i])), NULL, "ValueError", 0);
  fd_call_raises("fdopen", fd_tuple(2, I(fd), S("rb")), fd_kwargs("encoding", S("utf-8"), NULL),
                 "ValueError", 0);
  fd_call_raises("fdopen", fd_tuple(2, I(fd), S("rb")), fd_kwargs("errors", S("strict"), NULL),
                 "ValueError", 0);
  fd_call_raises("fdopen", fd_tuple(2, I(fd), S("rb")), fd_kwargs("newline", S(""), NULL),
                 "ValueError", 0);
  fd_call_raises("fdopen", fd_tuple(2, I(fd), I(0)), NULL, "TypeError", 0);
  fd_call_raises("fdopen", fd_tuple(2, I(fd), S("r")), fd_kwargs("bogus", I(1), NULL), "TypeError", 0);
  fd_call_raises("fdopen", fd_tuple(9, I(fd), S("r"), I(-1), osref_none(), osref_none(), osref_none(),
                                    osref_bool(true), osref_none(), I(0)), NULL, "TypeError", 0);
  cr_assert(fd_is_open(fd), "a refused mode leaves the fd open");
  close(fd);
}

/* open() checks these after it has made the raw file, which it then closes. */
Test(fileobj, later_checks_close_the_fd)
{
  int fd = fd_file_with("f", "");
  fd_call_raises("fdopen", fd_tuple(3, I(fd), S("r"), I(0)), NULL, "ValueError", 0);
  cr_assert(!fd_is_open(fd), "unbuffered text");
  fd = fd_file_with("f", "");
  fd_call_raises("fdopen", fd_tuple(2, I(fd), S("r")), fd_kwargs("newline", S("x"), NULL),
                 "ValueError", 0);
  cr_assert(!fd_is_open(fd), "illegal newline");
  fd = fd_file_with("f", "");
  fd_call_raises("fdopen", fd_tuple(2, I(fd), S("r")), fd_kwargs("encoding", S("klingon"), NULL),
                 "LookupError", 0);
  cr_assert(!fd_is_open(fd), "unknown encoding");
  fd = fd_file_with("f", "");
  fd_call_raises("fdopen", fd_tuple(2, I(fd), S("r")),
                 fd_kwargs("encoding", S("klingon"), "closefd", osref_bool(false), NULL),
                 "LookupError", 0);
  cr_assert(fd_is_open(fd), "closefd=False keeps it");
  close(fd);
  fd_call_raises("fdopen", fd_tuple(3, I(fd_closed()), S("r"), I(0)), NULL, "OSError", EBADF);
}

Test(fileobj, an_unknown_error_handler_fails_only_when_needed)
{
  int fd = fd_file_with("f", "ok\xff");
  osref_value *f = fdopen_ok(fd, "r+", fd_kwargs("errors", S("nope"), "encoding", S("ascii"), NULL));
  attr_is(f, "errors", "nope");
  method_gives(f, "read", fd_tuple(1, I(2)), "ok");
  method_raises(f, "read", fd_tuple(0), "LookupError");
  osref_decref(method_ok(f, "write", fd_tuple(1, S("fine"))));
  method_raises(f, "write", fd_tuple(1, S("\xc3\xa9")), "LookupError");
  osref_decref(f);
}

Test(fileobj, closefd_false_leaves_the_fd_open)
{
  int fd = fd_file_with("f", "x");
  osref_value *f = fdopen_ok(fd, "rb", fd_kwargs("closefd", osref_bool(false), "buffering", I(0), NULL));
  osref_error err;
  osref_value *v = osref_attr(f, "closefd", &err);
  cr_assert(!v->u.b);
  osref_decref(v);
  osref_decref(method_ok(f, "close", fd_tuple(0)));
  cr_assert(fd_is_open(fd));
  osref_decref(f);
  cr_assert(fd_is_open(fd));
  close(fd);
}

Test(fileobj, text_mode_translates_universal_newlines)
{
  int fd = fd_file_with("f", "a\r\nb\rc\nd");
  osref_value *f = fdopen_ok(fd, "r", NULL);
  attr_is(f, "encoding", "UTF-8");
  attr_is(f, "errors", "strict");
  method_gives(f, "readline", fd_tuple(0), "a\n");
  method_gives(f, "readline", fd_tuple(0), "b\n");
  method_gives(f, "read", fd_tuple(0), "c\nd");
  method_gives(f, "readline", fd_tuple(0), "");
  osref_decref(f);
}

Test(fileobj, newline_empty_keeps_endings_and_splits_on_each)
{
  int fd = fd_file_with("f", "a\r\nb\rc\nd");
  osref_value *f = fdopen_ok(fd, "r", fd_kwargs("newline", S(""), NULL));
  method_gives(f, "readline", fd_tuple(0), "a\r\n");
  method_gives(f, "readline", fd_tuple(0), "b\r");
  method_gives(f, "readline", fd_tuple(0), "c\n");
  method_gives(f, "readline", fd_tuple(0), "d");
  osref_decref(f);
  fd = fd_file_with("g", "a\rb\r\nc");
  f = fdopen_ok(fd, "r", fd_kwargs("newline", S("\r"), NULL));
  method_gives(f, "readline", fd_tuple(0), "a\r");
  method_gives(f, "readline", fd_tuple(0), "b\r");
  osref_decref(f);
}

Test(fileobj, newline_crlf_translates_on_write)
{
  int fd = fd_file_with("f", "");
  osref_value *f = fdopen_ok(fd, "w+", fd_kwargs("newline", S("\r\n"), NULL));
  osref_value *n = method_ok(f, "write", fd_tuple(1, S("a\nb\n")));
  cr_assert_eq(n->u.i, 4, "text write returns the number of characters");
  osref_decref(n);
  osref_decref(method_ok(f, "seek", fd_tuple(1, I(0))));
  method_gives(f, "readline", fd_tuple(0), "a\r\n");
  method_raises(f, "write", fd_tuple(1, osref_bytes("x", 1)), "TypeError");
  osref_decref(f);
  char buf[16] = {0};
  int check = open("f", O_RDONLY);
  cr_assert_eq(read(check, buf, sizeof buf), 6);
  cr_assert_str_eq(buf, "a\r\nb\r\n");
  close(check);
}

Test(fileobj, text_read_counts_characters_not_bytes)
{
  int fd = fd_file_with("f", "\xc3\xa9t\xc3\xa9\xe2\x82\xac");  /* "été€" */
  osref_value *f = fdopen_ok(fd, "r", NULL);
  method_gives(f, "read", fd_tuple(1, I(2)), "\xc3\xa9t");
  method_gives(f, "read", fd_tuple(1, osref_none()), "\xc3\xa9\xe2\x82\xac");
  osref_decref(f);
}

Test(fileobj, decoding_errors_follow_the_handler)
{
  static const struct { const char *encoding, *errors, *want; } cases[] = {
    {"utf-8", "replace", "a\xef\xbf\xbd" "b\xef\xbf\xbd"},
    {"utf-8", "ignore", "ab"},
    {"utf-8", "surrogateescape", "a\xff" "b\xe2\x82"},
    {"latin-1", "strict", "a\xc3\xbf" "b\xc3\xa2\xc2\x82"},
    {"ascii", "replace", "a\xef\xbf\xbd" "b\xef\xbf\xbd\xef\xbf\xbd"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int fd = fd_file_with("f", "a\xff" "b\xe2\x82");  /* a bad byte, then a truncated sequence */
    osref_value *f = fdopen_ok(fd, "r", fd_kwargs("encoding", S(cases[i].encoding), "errors",
                                                  S(cases[i].errors), NULL));
    attr_is(f, "encoding", cases[i].encoding);
    method_gives(f, "read", fd_tuple(0), cases[i].want);
    osref_decref(f);
  }
  int fd = fd_file_with("f", "ok\xff");
  osref_value *f = fdopen_ok(fd, "r", NULL);
  method_raises(f, "read", fd_tuple(0), "UnicodeDecodeError");
  osref_decref(f);
  fd = fd_file_with("f", "\xed\xa0\x80");  /* an encoded surrogate is not UTF-8 */
  f = fdopen_ok(fd, "r", fd_kwargs("encoding", S("UTF8"), NULL));
  method_raises(f, "read", fd_tuple(0), "UnicodeDecodeError");
  osref_decref(f);
}

Test(fileobj, encoding_errors_follow_the_handler)
{
  static const struct { const char *encoding, *errors, *want; } cases[] = {
    {"ascii", "replace", "a?\n"}, {"ascii", "ignore", "a\n"}, {"latin-1", "strict", "a\xe9\n"},
    {"utf-8", "strict", "a\xc3\xa9\n"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int fd = fd_file_with("f", "");
    osref_value *f = fdopen_ok(fd, "w", fd_kwargs("encoding", S(cases[i].encoding), "errors",
                                                  S(cases[i].errors), NULL));
    osref_decref(method_ok(f, "write", fd_tuple(1, S("a\xc3\xa9\n"))));
    osref_decref(f);
    char buf[16] = {0};
    int check = open("f", O_RDONLY);
    cr_assert_eq(read(check, buf, sizeof buf), (ssize_t)strlen(cases[i].want));
    cr_assert_str_eq(buf, cases[i].want, "%s/%s", cases[i].encoding, cases[i].errors);
    close(check);
  }
  int fd = fd_file_with("f", "");
  osref_value *f = fdopen_ok(fd, "w", fd_kwargs("encoding", S("ascii"), NULL));
  method_raises(f, "write", fd_tuple(1, S("\xe2\x82\xac")), "UnicodeEncodeError");
  osref_decref(f);
  fd = fd_file_with("f", "");
  f = fdopen_ok(fd, "w", fd_kwargs("encoding", S("latin-1"), "errors", S("surrogateescape"), NULL));
  osref_decref(method_ok(f, "write", fd_tuple(1, S("\xff"))));  /* an escaped raw byte */
  method_raises(f, "write", fd_tuple(1, S("\xe2\x82\xac")), "UnicodeEncodeError");
  osref_decref(f);
}

Test(fileobj, readable_writable_and_unsupported_operations)
{
  int fd = fd_file_with("f", "abc");
  osref_value *r = fdopen_ok(dup(fd), "r", NULL);
  osref_value *w = fdopen_ok(dup(fd), "wb", NULL);
  osref_value *v = method_ok(r, "readable", fd_tuple(0));
  cr_assert(v->u.b);
  osref_decref(v);
  v = method_ok(r, "writable", fd_tuple(0));
  cr_assert(!v->u.b);
  osref_decref(v);
  v = method_ok(r, "seekable", fd_tuple(0));
  cr_assert(v->u.b);
  osref_decref(v);
  v = method_ok(r, "isatty", fd_tuple(0));
  cr_assert(!v->u.b);
  osref_decref(v);
  osref_decref(method_ok(r, "flush", fd_tuple(0)));
  method_raises(r, "write", fd_tuple(1, S("x")), "UnsupportedOperation");
  method_raises(r, "truncate", fd_tuple(0), "UnsupportedOperation");
  method_raises(w, "read", fd_tuple(0), "UnsupportedOperation");
  method_raises(w, "readline", fd_tuple(0), "UnsupportedOperation");
  method_raises(r, "read", fd_tuple(1, S("1")), "TypeError");
  method_raises(r, "read", fd_tuple(2, I(1), I(2)), "TypeError");
  method_raises(r, "frobnicate", fd_tuple(0), "AttributeError");
  osref_error err;
  cr_assert_null(osref_attr(w, "encoding", &err), "binary files have no encoding");
  cr_assert_str_eq(err.type, "AttributeError");
  osref_decref(method_ok(r, "close", fd_tuple(0)));
  static const char *const after_close[] = {"readable", "writable", "seekable", "isatty", "flush",
                                            "tell", "truncate"};
  for (size_t i = 0; i < sizeof after_close / sizeof after_close[0]; i++)
    method_raises(r, after_close[i], fd_tuple(0), "ValueError");
  method_raises(r, "write", fd_tuple(1, S("x")), "ValueError");
  method_raises(r, "seek", fd_tuple(1, I(0)), "ValueError");
  osref_decref(r), osref_decref(w);
  close(fd);
}

Test(fileobj, seek_tell_and_truncate)
{
  int fd = fd_file_with("f", "0123456789");
  osref_value *f = fdopen_ok(fd, "rb+", NULL);
  method_gives(f, "read", fd_tuple(1, I(3)), "012");
  osref_value *pos = method_ok(f, "tell", fd_tuple(0));
  cr_assert_eq(pos->u.i, 3, "tell is the logical position, not the read-ahead one");
  osref_decref(pos);
  pos = method_ok(f, "seek", fd_tuple(2, I(2), I(1)));
  cr_assert_eq(pos->u.i, 5);
  osref_decref(pos);
  method_gives(f, "read", fd_tuple(1, I(1)), "5");
  pos = method_ok(f, "seek", fd_tuple(2, I(-2), I(2)));
  cr_assert_eq(pos->u.i, 8);
  osref_decref(pos);
  method_raises(f, "seek", fd_tuple(2, I(0), I(7)), "ValueError");
  osref_decref(method_ok(f, "seek", fd_tuple(1, I(0))));
  method_gives(f, "read", fd_tuple(1, I(1)), "0");
  osref_value *n = method_ok(f, "write", fd_tuple(1, osref_bytes("X", 1)));
  osref_decref(n);
  method_gives(f, "read", fd_tuple(1, I(1)), "2");
  pos = method_ok(f, "truncate", fd_tuple(0));
  cr_assert_eq(pos->u.i, 3, "truncate() defaults to the current position");
  osref_decref(pos);
  pos = method_ok(f, "truncate", fd_tuple(1, I(2)));
  cr_assert_eq(pos->u.i, 2);
  osref_decref(pos);
  osref_decref(method_ok(f, "seek", fd_tuple(1, I(0))));
  method_gives(f, "read", fd_tuple(0), "0X");
  osref_decref(f);
  fd = fd_file_with("t", "abc");
  f = fdopen_ok(fd, "r", NULL);
  method_raises(f, "seek", fd_tuple(2, I(1), I(1)), "UnsupportedOperation");
  method_raises(f, "seek", fd_tuple(2, I(-1), I(2)), "UnsupportedOperation");
  method_raises(f, "seek", fd_tuple(1, I(-1)), "ValueError");
  pos = method_ok(f, "seek", fd_tuple(2, I(0), I(2)));
  cr_assert_eq(pos->u.i, 3);
  osref_decref(pos);
  osref_decref(f);
}

Test(fileobj, append_mode_writes_at_the_end)
{
  int fd = fd_file_with("f", "abc");
  osref_value *f = fdopen_ok(fd, "a", NULL);
  osref_decref(method_ok(f, "writelines", fd_tuple(1, fd_tuple(2, S("d"), S("e")))));
  method_raises(f, "writelines", fd_tuple(1, I(1)), "TypeError");
  method_raises(f, "writelines", fd_tuple(1, fd_tuple(1, I(1))), "TypeError");
  osref_decref(f);
  fd = fd_file_with("g", "");
  close(fd);
  fd = open("f", O_RDONLY);
  f = fdopen_ok(fd, "r", NULL);
  method_gives(f, "read", fd_tuple(0), "abcde");
  osref_decref(f);
}

Test(fileobj, readlines_and_binary_readline)
{
  int fd = fd_file_with("f", "one\ntwo\nthree");
  osref_value *f = fdopen_ok(fd, "rb", NULL);
  method_gives(f, "readline", fd_tuple(1, I(2)), "on");
  method_gives(f, "readline", fd_tuple(0), "e\n");
  osref_value *lines = method_ok(f, "readlines", fd_tuple(0));
  cr_assert_eq(lines->u.seq.len, 2);
  cr_assert_eq(lines->u.seq.items[1]->u.s.len, 5);
  osref_decref(lines);
  osref_decref(f);
  fd = fd_file_with("f", "a\nb\nc\n");
  f = fdopen_ok(fd, "r", NULL);
  lines = method_ok(f, "readlines", fd_tuple(1, I(1)));
  cr_assert_eq(lines->u.seq.len, 1, "stops once hint is reached");
  osref_decref(lines);
  osref_decref(f);
}

Test(fileobj, unbuffered_read_on_a_pipe_returns_what_is_there)
{
  int p[2];
  cr_assert_eq(pipe(p), 0);
  cr_assert_eq(write(p[1], "abc", 3), 3);
  osref_value *f = fdopen_ok(p[0], "rb", fd_kwargs("buffering", I(0), NULL));
  method_gives(f, "read", fd_tuple(1, I(10)), "abc");
  osref_value *pos = NULL;
  osref_error err;
  pos = method(f, "tell", fd_tuple(0), &err);
  cr_assert_null(pos);
  cr_assert_eq(err.errnum, ESPIPE);
  osref_value *v = method_ok(f, "seekable", fd_tuple(0));
  cr_assert(!v->u.b);
  osref_decref(v);
  close(p[1]);
  method_gives(f, "read", fd_tuple(0), "");
  osref_decref(f);
}

static off_t size_of(int fd)
{
  struct stat st;
  cr_assert_eq(fstat(fd, &st), 0);
  return st.st_size;
}

/* Writes are held back as Python's buffered files hold them: until flush,
 * a newline of a line-buffered text file, a read, a seek, close or
 * collection; an unbuffered binary file writes at once. */
Test(fileobj, writes_are_buffered_until_flushed)
{
  int fd = fd_file_with("w", "");
  osref_value *f = fdopen_ok(dup(fd), "w", NULL);
  osref_decref(method_ok(f, "write", fd_tuple(1, S("held\n"))));
  cr_assert_eq(size_of(fd), 0, "nothing reaches the fd before a flush");
  osref_decref(method_ok(f, "flush", fd_tuple(0)));
  cr_assert_eq(size_of(fd), 5);
  osref_decref(method_ok(f, "write", fd_tuple(1, S("more"))));
  osref_decref(f);
  cr_assert_eq(size_of(fd), 9, "a collected file is flushed");

  osref_value *line = fdopen_ok(dup(fd), "a", fd_kwargs("buffering", I(1), NULL));
  osref_decref(method_ok(line, "write", fd_tuple(1, S("x"))));
  cr_assert_eq(size_of(fd), 9);
  osref_decref(method_ok(line, "write", fd_tuple(1, S("\n"))));
  cr_assert_eq(size_of(fd), 11, "a newline flushes a line-buffered text file");
  osref_decref(method_ok(line, "close", fd_tuple(0)));
  osref_decref(line);

  osref_value *raw = fdopen_ok(dup(fd), "ab", fd_kwargs("buffering", I(0), NULL));
  osref_decref(method_ok(raw, "write", fd_tuple(1, osref_bytes("z", 1))));
  cr_assert_eq(size_of(fd), 12, "an unbuffered binary file writes at once");
  osref_decref(raw);
  close(fd);
}

/* The child's file stays reachable (not a leak to valgrind) and unreleased:
 * releasing it would flush it, as collecting a Python file does. */
static osref_value *kept_unflushed;

Test(fileobj, a_process_ending_with_exit_leaves_its_buffer_unwritten)
{
  int fd = fd_file_with("w", "");
  pid_t pid = fork();
  if (pid == 0) {
    osref_error err;
    kept_unflushed = fd_call("fdopen", fd_tuple(2, I(fd), S("w")), NULL, &err);
    osref_value *args = fd_tuple(1, S("lost"));
    osref_value *r = kept_unflushed ? osref_method(kept_unflushed, "write", args, NULL, &err) : NULL;
    osref_decref(args);
    bool wrote = r != NULL;
    osref_decref(r);
    _exit(wrote ? 0 : 1);
  }
  int status;
  cr_assert_eq(waitpid(pid, &status, 0), pid);
  cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  cr_assert_eq(size_of(fd), 0);
  close(fd);
}
