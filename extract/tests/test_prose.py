"""Availability stated in sentences."""

import unittest

import support
from spec_extract import prose


def read(text):
    found, skipped = prose.find(text)
    return [(f.subject, f.origin, f.negated, prose.expression(f, support.VOCAB, "f", 1)) for f in found], skipped


def platforms(expr, key="include"):
    return [c["platform"] for c in expr[key]]


class Prose(unittest.TestCase):
    def test_above_constants(self):
        (subject, origin, negated, expr), = read("The above constants are only available on Unix.")[0]
        self.assertEqual((subject, origin, negated, platforms(expr)), ("owner", "prose", False, ["Unix"]))

    def test_unix_and_windows(self):
        (_, _, _, expr), = read("The above constants are available on Unix and Windows.")[0]
        self.assertEqual(platforms(expr), ["Unix", "Windows"])

    def test_section_subjects(self):
        for text in ("Naturally, they are all only available on Linux.",
                     "These functions are all available on Linux only."):
            (subject, _, _, expr), = read(text)[0]
            self.assertEqual((subject, platforms(expr)), ("section", ["Linux"]))
        (subject, _, _, expr), = read("They are only available on some Unix platforms.")[0]
        self.assertEqual((subject, expr["qualifiers"]), ("section", ["some"]))

    def test_negation_excludes(self):
        (subject, _, negated, expr), = read("This function is not available on MacOS.")[0]
        self.assertEqual((subject, negated, platforms(expr), platforms(expr, "exclude")),
                         ("owner", True, ["Any"], ["macOS"]))

    def test_named_subjects(self):
        found, _ = read(":func:`spawnlp`, :func:`spawnlpe`, :func:`spawnvp`\nand :func:`spawnvpe` "
                        "are not available on Windows.  :func:`spawnle` and :func:`spawnve` are not "
                        "thread-safe on Windows.")
        self.assertEqual(found[0][0], ["spawnlp", "spawnlpe", "spawnvp", "spawnvpe"])
        self.assertEqual(len(found), 1)
        (subject, _, _, expr), = read("The ``MFD_HUGE*`` flags are only available since Linux 4.14.")[0]
        self.assertEqual((subject, expr["include"][0]["min_version"]), (["MFD_HUGE*"], "4.14"))
        (subject, _, _, expr), = read(":data:`!P_PIDFD` is only available on Linux >= 5.4.")[0]
        self.assertEqual(subject, ["P_PIDFD"])

    def test_apposition(self):
        (subject, _, _, expr), = read("Add :data:`O_TMPFILE`, only available on Linux Kernel 3.11\n  or newer.")[0]
        self.assertEqual((subject, platforms(expr), expr["include"][0]["min_version"]),
                         (["O_TMPFILE"], ["Linux"], "3.11"))

    def test_availability_line_inside_a_paragraph(self):
        (subject, origin, _, expr), = read("Change the root directory to *path*. Availability:\nUnix.")[0]
        self.assertEqual((subject, origin, platforms(expr)), ("owner", "availability-line", ["Unix"]))

    def test_reading_rule_is_not_a_claim(self):
        found, _ = read('If not separately noted, all functions that claim "Availability: Unix" are '
                        'supported on Mac OS X, which builds on a Unix core.')
        self.assertEqual(found, [])

    def test_conditions_are_set_aside_not_dropped(self):
        for text in (":data:`environb` is only available if :const:`supports_bytes_environ` is True.",
                     "Some of them are not available on all platforms."):
            found, skipped = read(text)
            self.assertEqual([f for f in found if f[3] is not None], [])
            self.assertTrue(skipped or found)

    def test_line_offset(self):
        self.assertEqual(prose.line_offset("One.\nTwo three\n  four. Five.", "Five."), 2)


if __name__ == "__main__":
    unittest.main()


class FieldNotes(unittest.TestCase):
    """stat_result's per-platform field notes and optional attributes."""

    def test_each_shape_of_the_3_14_notes(self):
        cases = {
            "On some Unix systems (such as Linux), the following attributes may also be\navailable:": ("some Unix", True),
            "On other Unix systems (such as FreeBSD), the following attributes may be\n"
            "available (but may be only filled out if root tries to use them):": ("Unix", True),
            "On Solaris and derivatives, the following attributes may also be\navailable:": ("Solaris", True),
            "On macOS systems, the following attributes may also be available:": ("macOS", True),
            "On Windows systems, the following attributes are also available:": ("Windows", False),
        }
        for text, expected in cases.items():
            self.assertEqual(prose.field_note(text)[1:], expected, text)

    def test_a_note_joined_to_the_paragraph_before(self):
        text = "User defined flags for file.\nOn Solaris and derivatives, the following attributes may also be\navailable:"
        self.assertEqual(prose.field_note(text),
                         ("On Solaris and derivatives, the following attributes may also be available:", "Solaris", True))

    def test_other_paragraphs_are_no_field_note(self):
        self.assertIsNone(prose.field_note("On Windows, this function is a stub."))
        self.assertIsNone(prose.field_note("The following attributes are available on Linux."))

    def test_optional_attribute(self):
        text = "Time of file creation expressed in seconds. This attribute is not\nalways available, and may raise :exc:`AttributeError`."
        self.assertEqual(prose.says_optional(text),
                         "This attribute is not always available, and may raise :exc:`AttributeError`.")
        self.assertIsNone(prose.says_optional("Size of the file in bytes."))
