"""The three real sources, extracted completely: every trap of
../shared/seeds/README.md, counted twice, every claim parsed."""

import collections
import os
import re
import unittest

import support


def by_name(doc):
    found = collections.defaultdict(list)
    for obj in doc.objects:
        found[obj.name].append(obj)
    return found


def raw_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


class Counts(unittest.TestCase):
    def test_objects_counted_a_second_independent_way(self):
        for path in support.ALL:
            with self.subTest(source=path):
                extracted = collections.Counter(o.kind for o in support.doc(path).objects)
                self.assertEqual(dict(extracted), support.count_objects(path))

    def test_totals(self):
        # Pinned so that a change in extraction shows up here first.
        self.assertEqual([len(support.doc(p).objects) for p in support.ALL], [454, 364, 205])

    def test_versions(self):
        self.assertEqual([support.doc(p).version for p in support.ALL], ["3.14", "3.8", "3.1"])


class Traps(unittest.TestCase):
    def test_multi_signature_function(self):
        for path in support.ALL:
            names = by_name(support.doc(path))
            for name in ("execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe"):
                with self.subTest(source=path, name=name):
                    self.assertEqual(len(names[name]), 1)
            self.assertEqual(names["execle"][0].signature, "execle(path, arg0, arg1, ..., env)")

    def test_one_name_per_line_data(self):
        for path in support.ALL:
            names = by_name(support.doc(path))
            for name in ("O_RDONLY", "O_WRONLY", "O_RDWR", "O_APPEND", "O_CREAT", "O_EXCL", "O_TRUNC"):
                with self.subTest(source=path, name=name):
                    self.assertEqual([o.kind for o in names[name]], ["data"])

    def test_noindex_repeat_is_not_a_second_object(self):
        for path in support.ALL:
            names = by_name(support.doc(path))
            for name in ("chdir", "fchdir", "getcwd"):
                with self.subTest(source=path, name=name):
                    self.assertEqual(len(names[name]), 1)
                    self.assertNotEqual(names[name][0].section.title, "Process Parameters")

    def test_class_members_in_every_shape_that_has_them(self):
        for path in (support.V314, support.V38):
            names = by_name(support.doc(path))
            for member, parent in (("DirEntry.is_dir", "DirEntry"), ("stat_result.st_mode", "stat_result"),
                                   ("terminal_size.columns", "terminal_size"),
                                   ("PathLike.__fspath__", "PathLike")):
                with self.subTest(source=path, member=member):
                    self.assertEqual(names[member][0].parent.name, parent)

    def test_stripped_source_notes_have_their_owner(self):
        names = by_name(support.doc(support.V38))
        self.assertEqual([n.version for n in names["DirEntry"][0].notes if n.kind == "versionadded"], ["3.5"])
        self.assertEqual([c.raw for c in names["posix_spawn"][0].availability], ["Unix."])
        self.assertEqual(names["POSIX_SPAWN_DUP2"][0].availability, [])
        self.assertEqual([n.version for n in names["fwalk"][0].notes if n.kind == "versionadded"], ["3.3"])

    def test_above_constants_prose_claim(self):
        names = by_name(support.doc(support.V314))
        claims = names["O_NONBLOCK"][0].availability
        self.assertEqual([(c.origin, c.raw) for c in claims],
                         [("prose", "The above constants are only available on Unix.")])
        self.assertEqual(claims[0].expr["include"][0]["platform"], "Unix")

    def test_section_prose_claim(self):
        names = by_name(support.doc(support.V314))
        origins = [c.origin for c in names["timerfd_create"][0].availability]
        self.assertEqual(sorted(origins), ["directive", "section"])

    def test_named_prose_claims(self):
        names = by_name(support.doc(support.V314))
        spawnlp = [c for c in names["spawnlp"][0].availability if c.origin == "prose"]
        self.assertEqual(spawnlp[0].expr["exclude"][0]["platform"], "Windows")
        self.assertFalse([c for c in names["spawnl"][0].availability if c.origin == "prose"])
        huge = [c for c in names["MFD_HUGE_1GB"][0].availability if c.origin == "prose"]
        self.assertEqual(huge[0].expr["include"][0]["min_version"], "4.14")
        tmpfile = [c for c in names["O_TMPFILE"][0].availability if c.origin == "prose"]
        self.assertEqual(tmpfile[0].expr["include"][0]["min_version"], "3.11")

    def test_named_prose_claims_in_every_shape(self):
        for path in support.ALL:
            names = by_name(support.doc(path))
            for name in ("spawnlp", "spawnlpe", "spawnvp", "spawnvpe"):
                with self.subTest(source=path, name=name):
                    prose = [c for c in names[name][0].availability if c.origin == "prose"]
                    self.assertEqual([c.expr["exclude"][0]["platform"] for c in prose], ["Windows"])

    def test_glibc_and_android_claims(self):
        names = by_name(support.doc(support.V314))
        memfd = names["memfd_create"][0].availability[0].expr["include"][0]
        self.assertEqual((memfd["min_version"], memfd["libc"], memfd["libc_min_version"]), ("3.17", "glibc", "2.27"))
        android = names["pidfd_open"][0].availability[0].expr["include"][1]
        self.assertEqual((android["platform"], android["api_level"]), ("Android", "build-time"))

    def test_availability_lines_inside_paragraphs(self):
        names = by_name(support.doc(support.V31))
        chroot = names["chroot"][0].availability
        self.assertEqual([(c.origin, c.line) for c in chroot], [("availability-line", 2979)])

    def test_every_availability_directive_is_a_claim(self):
        for path in (support.V314, support.V38):
            lines = [i + 1 for i, line in enumerate(raw_lines(path)) if ".. availability::" in line]
            doc = support.doc(path)
            claimed = {c.line for o in doc.objects for c in o.availability if c.origin == "directive"}
            claimed |= {c.line for s in doc.sections for c in s.availability}
            with self.subTest(source=path):
                self.assertEqual(sorted(claimed), lines)

    def test_every_availability_line_is_a_claim(self):
        lines = raw_lines(support.V31)
        expected = [i + 1 for i, line in enumerate(lines)
                    if re.search(r"Availability:(?!.*\")", line) and not line.startswith("..")]
        doc = support.doc(support.V31)
        got = sorted({c.line for o in doc.objects for c in o.availability
                      if c.origin == "availability-line"})
        self.assertEqual(got, expected)
        self.assertEqual(len(got), 131)

    def test_scraped_line_numbers(self):
        names = by_name(support.doc(support.V31))
        self.assertEqual(names["chroot"][0].src_line, names["chroot"][0].line - 2118)
        self.assertIsNone(by_name(support.doc(support.V38))["chroot"][0].src_line)
        lines = raw_lines(support.V38)
        for obj in support.doc(support.V38).objects:
            with self.subTest(object=obj.name):
                self.assertIn(obj.name.rpartition(".")[2].split("(")[0], lines[obj.line - 1])

    def test_audit_events(self):
        names = by_name(support.doc(support.V314))
        self.assertEqual(names["mkdir"][0].audits[0][:2], ("os.mkdir", "path,mode,dir_fd"))


class HostileSources(unittest.TestCase):
    """A FIFO is refused at once; nesting too deep for docutils is one line."""

    def test_a_fifo_is_refused(self):
        support.assert_fifo_refused(self, "os.rst", support.shapes.load)

    def test_deep_nesting_is_an_input_error(self):
        import tempfile
        rst = ".. versionadded:: 3.3\n\n" + "\n".join("  " * i + "* a" for i in range(400)) + "\n"
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "os.rst")
            with open(path, "w", encoding="utf-8") as f:
                f.write(rst)
            with self.assertRaises(support.ExtractError) as caught:
                support.pipeline.extract(path, support.VOCAB)
            self.assertIn("nested too deeply", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
