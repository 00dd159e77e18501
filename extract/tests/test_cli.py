"""The command line: bad input gives one line naming file and line, a
non-zero exit, and no half-written output."""

import os
import subprocess
import sys
import tempfile
import unittest

import support

EXTRACT = os.path.join(support.ROOT, "extract", "extract.py")
HEADER = "Title\n=====\n\n"


def run(*args):
    return subprocess.run([sys.executable, EXTRACT] + list(args), capture_output=True, text=True)


class BadInput(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = os.path.join(self.tmp.name, "spec.db")
        with open(self.db, "wb") as f:
            f.write(b"previous")

    def tearDown(self):
        self.tmp.cleanup()

    def check(self, content, line, words):
        path = os.path.join(self.tmp.name, "bad.txt")
        with open(path, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode())
        done = run("--db", self.db, "--json", self.db + ".json", path)
        self.assertEqual(done.returncode, 3, done.stderr)
        self.assertEqual(done.stdout, "")
        self.assertEqual(done.stderr.count("\n"), 1, done.stderr)
        self.assertTrue(done.stderr.startswith("osconform: error: %s:%d: " % (path, line)), done.stderr)
        self.assertIn(words, done.stderr)
        with open(self.db, "rb") as f:
            self.assertEqual(f.read(), b"previous")
        self.assertEqual(sorted(os.listdir(self.tmp.name)), ["bad.txt", "spec.db"])

    def test_empty_file(self):
        self.check("", 1, "empty file")

    def test_binary_garbage(self):
        self.check(bytes(range(256)) * 4, 1, "binary data")

    def test_truncated_directive(self):
        self.check(HEADER + ".. function::\n", 4, "1 argument(s) required")
        self.check(HEADER + ".. function:: open(path,\n", 4, "signature does not parse")

    def test_unparseable_signature(self):
        self.check(HEADER + ".. function:: mkdir(path mode)\n\n   Make.\n", 4, "bad parameter")

    def test_unknown_platform(self):
        self.check(HEADER + ".. function:: f()\n\n   Do.\n\n   .. availability:: Unix, Plan9.\n", 8,
                   "unknown platform 'Plan9'")

    def test_unknown_platform_in_scraped_source(self):
        body = HEADER + ".. function:: f()\n\n   Do. Availability: Amiga.\n"
        text = "summaryrefslogtreecommitdiffstats\npath: x\nblob: y\n" + \
            "".join("%d\n" % i for i in range(1, body.count("\n") + 1)) + body
        self.check(text, 3 + body.count("\n") + 6, "unknown platform 'Amiga'")


class Sources(unittest.TestCase):
    def test_all_three(self):
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "spec.db")
            done = run("--db", db, "--reports", tmp, *support.ALL)
            self.assertEqual((done.returncode, done.stderr), (0, ""))
            self.assertEqual(done.stdout, "extract: 3 sources, 1023 objects\n")
            self.assertEqual(sorted(os.listdir(tmp)), ["doc-lint.md", "spec-diff.md", "spec.db"])

    def test_same_version_twice(self):
        done = run(support.V31, support.V31)
        self.assertEqual(done.returncode, 3)
        self.assertIn("Python 3.1 is also the version of 003_84e0da7e4771a5b6.txt", done.stderr)


class Usage(unittest.TestCase):
    def test_help(self):
        done = run("--help")
        self.assertEqual(done.returncode, 0)
        self.assertIn("--db", done.stdout)

    def test_misuse(self):
        done = run("--bogus")
        self.assertEqual(done.returncode, 2)
        self.assertTrue(done.stderr.startswith("osconform: error: "))

    def test_missing_file(self):
        done = run("/nonexistent/os.rst")
        self.assertEqual(done.returncode, 3)
        self.assertIn("/nonexistent/os.rst", done.stderr)


if __name__ == "__main__":
    unittest.main()
