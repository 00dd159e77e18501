"""spec/platforms.json: a consistent vocabulary a runner can evaluate."""

import json
import unittest

import support


class Vocabulary(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(support.platforms.DEFAULT_PATH, encoding="utf-8") as f:
            cls.data = json.load(f)

    def test_every_platform_maps_to_facts(self):
        facts = {"uname_release", "android_api_level", "emscripten_version", "windows_version", None}
        for name, p in self.data["platforms"].items():
            if p["kind"] == "group":
                continue
            with self.subTest(platform=name):
                self.assertEqual(p["kind"], "platform")
                self.assertTrue(p["sys_platform"])
                self.assertIn(p["version_fact"], facts)
                self.assertIn("Any", p["member_of"])

    def test_memberships_name_groups(self):
        groups = {n for n, p in self.data["platforms"].items() if p["kind"] == "group"}
        self.assertEqual(groups, {"Unix", "POSIX", "Any"})
        for name, p in self.data["platforms"].items():
            for group in p.get("member_of", ()):
                self.assertIn(group, groups, name)

    def test_unix_covers_the_documented_members(self):
        for name in ("Linux", "macOS", "iOS", "Android", "FreeBSD", "WASI", "Emscripten", "AIX"):
            self.assertTrue(support.VOCAB.covers("Unix", name), name)
        self.assertFalse(support.VOCAB.covers("Unix", "Windows"))

    def test_aliases_name_platforms(self):
        for alias, target in self.data["aliases"].items():
            self.assertIn(target, self.data["platforms"], alias)
        self.assertEqual(support.VOCAB.canonical("Mac OS X"), "macOS")

    def test_sys_platform_values_are_distinct(self):
        seen = {}
        for name, p in self.data["platforms"].items():
            for value in p.get("sys_platform", ()):
                self.assertNotIn(value, seen, "%s and %s" % (name, seen.get(value)))
                seen[value] = name

    def test_every_platform_the_sources_use_is_known(self):
        used = {c["platform"] for path in support.ALL for o in support.doc(path).objects
                for claim in o.availability for c in claim.expr["include"] + claim.expr["exclude"]}
        self.assertLessEqual(used, set(self.data["platforms"]))
        self.assertLessEqual({"Unix", "Linux", "Windows", "WASI", "Android", "iOS", "macOS"}, used)


if __name__ == "__main__":
    unittest.main()


class Malformed(unittest.TestCase):
    """A vocabulary that is not one is refused naming the file and the field;
    never a traceback, never a vocabulary that evaluates nothing."""

    def load(self, data):
        import os
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "platforms.json")
            with open(path, "wb") as f:
                f.write(data if isinstance(data, bytes) else
                        (data if isinstance(data, str) else json.dumps(data)).encode())
            with self.assertRaises(support.ExtractError) as caught:
                support.platforms.load(path)
            return str(caught.exception)

    def valid(self):
        with open(support.platforms.DEFAULT_PATH, encoding="utf-8") as f:
            return json.load(f)

    def test_the_real_vocabulary_passes_its_schema(self):
        support.platforms.check("spec/platforms.json", self.valid())

    def test_each_fault_names_its_field(self):
        empty = self.valid()
        empty["platforms"] = {}
        cyclic = self.valid()
        cyclic["platforms"]["Linux"]["member_of"] = ["Linux"]
        alias = self.valid()
        alias["aliases"]["OS X"] = "Darwin"
        typed = self.valid()
        typed["platforms"]["Linux"]["sys_platform"] = "linux"
        for data, message in ((empty, "field platforms"), (cyclic, "field platforms.Linux.member_of[0]"),
                              (alias, "field aliases.OS X"), (typed, "field platforms.Linux.sys_platform"),
                              ({}, "'version' is a required property"), ("", "not JSON"),
                              ("[" * 100000, "not JSON"), (b"\xff{}", "not UTF-8")):
            with self.subTest(message=message):
                self.assertIn(message, self.load(data))

    def test_a_fifo_is_refused_without_waiting(self):
        support.assert_fifo_refused(self, "platforms.json", support.platforms.load)
