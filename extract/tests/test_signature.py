"""Signatures as written -> parameters."""

import unittest

import support  # noqa: F401  (sets the import path)
from spec_extract.errors import ExtractError
from spec_extract.signature import parse


def params(sig):
    return [(p.name, p.default, p.kind, p.optional) for p in parse(sig, "os.rst", 3)[1]]


class Signatures(unittest.TestCase):
    def test_keyword_only_after_star(self):
        self.assertEqual(params("mkdir(path, mode=0o777, *, dir_fd=None)"), [
            ("path", None, "positional-or-keyword", False),
            ("mode", "0o777", "positional-or-keyword", True),
            ("dir_fd", "None", "keyword-only", True)])

    def test_positional_only_before_slash(self):
        self.assertEqual([p[2] for p in params("timerfd_create(clockid, /, *, flags=0)")],
                         ["positional-only", "keyword-only"])

    def test_legacy_brackets_are_optional(self):
        self.assertEqual([(p[0], p[3]) for p in params("fdopen(fd[, mode[, bufsize]])")],
                         [("fd", False), ("mode", True), ("bufsize", True)])
        self.assertEqual([p[3] for p in params("startfile(path, [operation], [arguments])")],
                         [False, True, True])

    def test_defaults_keep_commas_quotes_and_brackets(self):
        got = params("posix_spawn(path, *, setsigmask=(), mode='r,w', x=[1, 2])")
        self.assertEqual([p[1] for p in got], [None, "()", "'r,w'", "[1, 2]"])

    def test_variadic(self):
        self.assertEqual([(p[0], p[2]) for p in params("execle(path, arg0, arg1, ..., env)")][3:],
                         [("...", "var-positional"), ("env", "positional-or-keyword")])
        self.assertEqual([p[2] for p in params("f(*args, **kwargs)")], ["var-positional", "var-keyword"])

    def test_a_numbered_series_that_ellipsis_continues_is_a_list(self):
        # "arg0, arg1, ..." starts a list: arg1 is its second item, which a
        # call may leave out; arg0 stays required, env after it too.
        self.assertEqual([(p[0], p[3]) for p in params("execle(path, arg0, arg1, ..., env)")],
                         [("path", False), ("arg0", False), ("arg1", True), ("...", True), ("env", False)])
        self.assertEqual([p[3] for p in params("f(a1, b2, ...)")], [False, False, True])

    def test_escaped_star_of_older_sources(self):
        self.assertEqual(params(r"lstat(path, \*, dir_fd=None)")[1][2], "keyword-only")

    def test_no_parentheses_no_parameters(self):
        self.assertEqual(parse("stat_result", "f", 1), ("stat_result", None))

    def test_dotted_method_name(self):
        self.assertEqual(parse("scandir.close()", "f", 1), ("scandir.close", []))

    def test_bad_signatures_name_file_and_line(self):
        for bad in ("mkdir(path mode)", "open(file[, mode)", "3d()", "f(a))"):
            with self.subTest(bad=bad), self.assertRaises(ExtractError) as cm:
                parse(bad, "os.rst", 12)
            self.assertTrue(str(cm.exception).startswith("os.rst:12: signature does not parse"))


if __name__ == "__main__":
    unittest.main()
