"""The availability grammar (spec/AVAILABILITY.md), one trap per test."""

import unittest

from support import VOCAB
from spec_extract.availability import parse_claim
from spec_extract.errors import ExtractError


def parse(text, notes=""):
    return parse_claim(text, VOCAB, "os.rst", 7, notes)


def platforms(clauses):
    return [c["platform"] for c in clauses]


class Grammar(unittest.TestCase):
    def test_negations(self):
        e = parse("Unix, not WASI, not Android, not iOS.")
        self.assertEqual(platforms(e["include"]), ["Unix"])
        self.assertEqual(platforms(e["exclude"]), ["WASI", "Android", "iOS"])

    def test_kernel_and_libc_minimums_form_one_clause(self):
        e = parse("Linux >= 3.17 with glibc >= 2.27.")
        self.assertEqual(e["include"], [{"platform": "Linux", "min_version": "3.17", "libc": "glibc",
                                         "libc_min_version": "2.27", "api_level": None}])

    def test_android_build_time_api_level(self):
        e = parse("Linux >= 5.3, Android >= :func:`build-time <sys.getandroidapilevel>` API level 31")
        linux, android = e["include"]
        self.assertEqual((linux["platform"], linux["min_version"]), ("Linux", "5.3"))
        self.assertEqual((android["platform"], android["min_version"], android["api_level"]),
                         ("Android", "31", "build-time"))

    def test_and_newer_is_a_minimum(self):
        e = parse("Linux 2.6.30 and newer, FreeBSD 6.0 and newer,\nOpenBSD 2.7 and newer. "
                  "Using flags requires Linux 4.7 or newer.")
        self.assertEqual([(c["platform"], c["min_version"]) for c in e["include"]],
                         [("Linux", "2.6.30"), ("FreeBSD", "6.0"), ("OpenBSD", "2.7")])
        self.assertEqual(e["notes"], ["Using flags requires Linux 4.7 or newer."])

    def test_qualifiers_are_kept(self):
        e = parse("most flavors of Unix, Windows.")
        self.assertEqual(platforms(e["include"]), ["Unix", "Windows"])
        self.assertEqual(e["qualifiers"], ["most flavors of"])
        self.assertEqual(parse("Some Unix systems.")["qualifiers"], ["some"])

    def test_only_negations_include_any(self):
        e = parse("not WASI.")
        self.assertEqual(platforms(e["include"]), ["Any"])
        self.assertEqual(platforms(e["exclude"]), ["WASI"])

    def test_aliases_and_stray_and(self):
        self.assertEqual(platforms(parse("Unix, and Windows.")["include"]), ["Unix", "Windows"])
        self.assertEqual(platforms(parse("Mac OS X")["include"]), ["macOS"])

    def test_content_after_the_list_is_notes(self):
        e = parse("Unix.", "The function is a stub on WASI, see :ref:`wasm-availability` for more "
                           "information.")
        self.assertEqual(platforms(e["include"]), ["Unix"])
        self.assertEqual(len(e["notes"]), 1)

    def test_sentence_wrapped_from_list_into_content(self):
        e = parse("Unix, Windows. :func:`spawnlp`, :func:`spawnvp`",
                  "and :func:`spawnvpe` are not available on Windows.")
        self.assertEqual(e["notes"], [":func:`spawnlp`, :func:`spawnvp` and :func:`spawnvpe` are not "
                                      "available on Windows."])

    def test_reference_to_another_object(self):
        e = parse("See :func:`posix_spawn` documentation.")
        self.assertEqual(e["see"], "posix_spawn")

    def test_unknown_platform_is_an_error_naming_file_and_line(self):
        with self.assertRaises(ExtractError) as cm:
            parse("Unix, Plan9.")
        self.assertEqual(str(cm.exception).split(":")[:2], ["os.rst", "7"])
        self.assertIn("Plan9", str(cm.exception))

    def test_unknown_libc_and_trailing_words_are_errors(self):
        for bad in ("Linux >= 3.17 with bionic >= 1", "Linux >= 3.17 mostly", "Linux >=", ""):
            with self.subTest(bad=bad), self.assertRaises(ExtractError):
                parse(bad)


class EveryRealClaim(unittest.TestCase):
    """Zero unparsed: every claim of the three sources has an expression."""

    def test_every_claim_parsed(self):
        import support
        for path in support.ALL:
            for obj in support.doc(path).objects:
                for claim in obj.availability:
                    with self.subTest(source=path, object=obj.name, raw=claim.raw):
                        self.assertTrue(claim.expr["include"])
                        known = VOCAB.platforms
                        for c in claim.expr["include"] + claim.expr["exclude"]:
                            self.assertIn(c["platform"], known)


if __name__ == "__main__":
    unittest.main()
