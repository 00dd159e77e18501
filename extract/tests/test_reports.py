"""spec-diff.md and doc-lint.md."""

import unittest

import support
from spec_extract import report_diff, report_lint

LINT_SNIPPET = """\
Files
=====

.. function:: open(path, flags)

   Open.

   .. versionadded:: 3.3

   .. versionchanged:: 3.2
      Changed before it was added.

   .. versionadded:: 9.9

.. function:: open(path, flags, mode=0o777)

   Open again.

   .. versionchanged:: 3.3
      Fine.

.. function:: f()

   Do.

   .. availability:: Linux.

   This function is only available on Windows.

.. function:: g()

   Do.

   .. availability:: Linux >= 3.1, macOS, Unix
"""


class Diff(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.text = report_diff.render([support.doc(p) for p in support.ALL])

    def test_versions_in_order(self):
        self.assertLess(self.text.index("## 3.1 → 3.8"), self.text.index("## 3.8 → 3.14"))

    def test_added_removed_changed(self):
        later = self.text[self.text.index("## 3.8 → 3.14"):]
        self.assertIn("- `timerfd_create`", later)
        self.assertIn("- `stat_float_times`", self.text[:self.text.index("## 3.8 → 3.14")])
        self.assertIn("- `dup`: dup(fd) → dup(fd, /)", later)
        self.assertIn("- `ctermid`: (Unix) → (Unix; not WASI)", later)

    def test_spelling_is_not_a_change(self):
        # 3.8 writes lstat(path, \\*, dir_fd=None), 3.14 lstat(path, *, dir_fd=None).
        self.assertNotIn("- `lstat`", self.text[self.text.index("## 3.8 → 3.14"):])


class Lint(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.doc = support.extract_text(LINT_SNIPPET)
        cls.text = report_lint.render([cls.doc], support.VOCAB)

    def test_document_version_ignores_a_single_outlier(self):
        self.assertEqual(self.doc.version, "3.3")

    def test_findings(self):
        self.assertIn("`open` documented 2 times with different signatures", self.text)
        self.assertIn("`open`: versionadded 9.9 is newer than the document (3.3)", self.text)
        self.assertIn("`open`: versionchanged 3.2 is older than its versionadded 3.3", self.text)
        self.assertIn("`open`: versionadded 9.9 after versionadded 3.3, saying nothing of what it added", self.text)
        self.assertIn("`f`: claims exclude each other", self.text)
        self.assertIn("`g`: in 'Linux >= 3.1, macOS, Unix', Linux >= 3.1 is already covered by Unix",
                      self.text)

    def test_real_sources(self):
        text = report_lint.render([support.doc(p) for p in support.ALL], support.VOCAB)
        self.assertIn("`pidfd_open` has 2 availability directives", text)
        self.assertIn("`pidfd_open`: versionadded 3.12 after versionadded 3.9, saying nothing of what it "
                      "added (does it belong to `PIDFD_NONBLOCK`, documented between them?)", text)
        self.assertNotIn("`P_PID`: versionadded", text)  # its 3.9 says what it added: P_PIDFD
        self.assertIn("Sentences about availability that state no platform claim", text)
        self.assertIn("stripped source: versionadded after the class's last member", text)


if __name__ == "__main__":
    unittest.main()
