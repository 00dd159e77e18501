"""The evaluation rules of spec/AVAILABILITY.md on example targets."""

import unittest

import support
from spec_extract.availability import parse_claim
from spec_extract.evaluate import evaluate, evaluate_all, target_platform
from spec_extract.versions import version_key

LINUX = {"sys_platform": "linux", "os_name": "posix", "uname_sysname": "Linux",
         "uname_release": "6.1.0-18-amd64", "machine": "x86_64", "libc": "glibc", "libc_version": "2.36"}
OLD_LINUX = dict(LINUX, uname_release="3.10.0", libc_version="2.17")
MUSL = dict(LINUX, libc="musl", libc_version="1.2.4")
MACOS = {"sys_platform": "darwin", "os_name": "posix", "uname_sysname": "Darwin"}
WINDOWS = {"sys_platform": "win32", "os_name": "nt"}
WASI = {"sys_platform": "wasi", "os_name": "posix"}
FREEBSD = {"sys_platform": "freebsd14", "uname_release": "14.0-RELEASE"}
ANDROID = {"sys_platform": "android", "android_api_level": 33}
HAIKU = {"sys_platform": "haiku1"}


def verdict(claim, facts):
    return evaluate(parse_claim(claim, support.VOCAB, "t", 1), facts, support.VOCAB)


class Evaluate(unittest.TestCase):
    def test_versions(self):
        self.assertEqual(version_key("6.1.0-18-amd64"), (6, 1, 0))
        self.assertLess(version_key("3.17"), version_key("6.1.0-18-amd64"))
        self.assertEqual(version_key("14.0-RELEASE"), (14, 0))

    def test_platform_of_a_target(self):
        self.assertEqual(target_platform(FREEBSD, support.VOCAB), "FreeBSD")
        self.assertEqual(target_platform(dict(LINUX, android_api_level=30), support.VOCAB), "Android")
        self.assertIsNone(target_platform({}, support.VOCAB))

    def test_unix_not_wasi(self):
        claim = "Unix, not WASI."
        self.assertEqual([verdict(claim, f) for f in (LINUX, MACOS, WINDOWS, WASI, ANDROID)],
                         ["available", "available", "absent", "absent", "available"])

    def test_kernel_and_libc(self):
        claim = "Linux >= 3.17 with glibc >= 2.27"
        self.assertEqual([verdict(claim, f) for f in (LINUX, OLD_LINUX, MUSL, MACOS)],
                         ["available", "absent", "absent", "absent"])
        self.assertEqual(verdict(claim, dict(LINUX, libc=None)), "unknown")
        self.assertEqual(verdict(claim, {"sys_platform": "linux"}), "unknown")

    def test_android_api_level(self):
        claim = "Linux >= 5.3, Android >= :func:`build-time <sys.getandroidapilevel>` API level 31"
        self.assertEqual(verdict(claim, ANDROID), "available")
        self.assertEqual(verdict(claim, dict(ANDROID, android_api_level=30)), "absent")

    def test_versions_without_an_observable_fact_are_unknown(self):
        self.assertEqual(verdict("AIX >= 7.1", {"sys_platform": "aix7"}), "unknown")
        self.assertEqual(verdict("FreeBSD >= 6.0", FREEBSD), "available")

    def test_unrecognised_platform(self):
        self.assertEqual(verdict("Linux.", HAIKU), "absent")
        self.assertEqual(verdict("Unix.", HAIKU), "unknown")
        self.assertEqual(verdict("not WASI.", HAIKU), "available")

    def test_conjunction_of_claims(self):
        exprs = [parse_claim(c, support.VOCAB, "t", 1) for c in ("Unix.", "not macOS.")]
        self.assertEqual(evaluate_all(exprs, LINUX, support.VOCAB), "available")
        self.assertEqual(evaluate_all(exprs, MACOS, support.VOCAB), "absent")
        self.assertEqual(evaluate_all([], WINDOWS, support.VOCAB), "available")

    def test_every_real_claim_evaluates_on_linux(self):
        for path in support.ALL:
            for obj in support.doc(path).objects:
                result = evaluate_all([c.expr for c in obj.availability], LINUX, support.VOCAB)
                self.assertIn(result, ("available", "absent", "unknown"))
        fdatasync = [o for o in support.doc(support.V314).objects if o.name == "fdatasync"][0]
        self.assertEqual(evaluate_all([c.expr for c in fdatasync.availability], MACOS, support.VOCAB), "absent")


if __name__ == "__main__":
    unittest.main()
