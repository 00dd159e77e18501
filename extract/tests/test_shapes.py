"""Recognising the three source shapes, their line maps, and bad input."""

import unittest

import support
from spec_extract import shapes
from spec_extract.errors import ExtractError


def numbered(n):
    return "".join("%d\n" % i for i in range(1, n + 1))


class Shapes(unittest.TestCase):
    def test_real_sources(self):
        self.assertEqual(shapes.load(support.V314).shape, "rst")
        self.assertEqual(shapes.load(support.V38).shape, "scraped-stripped")
        self.assertEqual(shapes.load(support.V31).shape, "scraped-indented")

    def test_indented_scrape_keeps_original_lines(self):
        text = shapes.load(support.V31)
        self.assertEqual(text.file_lines[0], 2119)
        self.assertEqual(text.src_lines[0], 1)
        self.assertTrue(text.lines[0].startswith(":mod:`os`"))
        # Line 2118 + k of the file is line k of the original.
        self.assertTrue(all(f - s == 2118 for f, s in zip(text.file_lines, text.src_lines)))

    def test_stripped_scrape_maps_back_to_file_lines(self):
        text = shapes.load(support.V38)
        with open(support.V38, encoding="utf-8") as f:
            raw = f.read().split("\n")
        for rst, where in zip(text.lines, text.file_lines):
            if rst.strip():
                self.assertEqual(" ".join(raw[where - 1].split()), rst.strip())
        self.assertEqual(set(text.src_lines), {None})

    def test_small_indented_scrape(self):
        raw = ("summaryrefslogtreecommitdiffstats\npath: root/Doc/library/os.rst\nblob: 1\n"
               + numbered(3) + "T\n=\n\n").encode()
        text = shapes.from_bytes("s.txt", raw)
        self.assertEqual((text.shape, text.file_lines, text.src_lines), ("scraped-indented", [7, 8, 9], [1, 2, 3]))

    def test_small_stripped_scrape(self):
        raw = (numbered(5) + "|\n.. data:: A\nB\nText.\n|\n").encode()
        text = shapes.from_bytes("s.txt", raw)
        self.assertEqual(text.shape, "scraped-stripped")
        self.assertEqual(text.lines, [".. data:: A", "          B", "", "   Text."])


class BadInput(unittest.TestCase):
    def check(self, raw, line, words):
        with self.assertRaises(ExtractError) as cm:
            shapes.from_bytes("bad.txt", raw)
        self.assertEqual(cm.exception.line, line)
        self.assertIn(words, str(cm.exception))
        self.assertTrue(str(cm.exception).startswith("bad.txt:%d: " % line))

    def test_empty(self):
        self.check(b"", 1, "empty file")
        self.check(b"\n \n", 1, "empty file")

    def test_binary_garbage(self):
        self.check(b"ok\n\xff\xfe garbage", 2, "not UTF-8")
        self.check(b"ok\nno\x00nul", 2, "NUL")

    def test_stripped_scrape_without_bars(self):
        self.check((numbered(4) + "text\n").encode(), 5, "expected '|'")
        self.check((numbered(4) + "|\ntext\nmore\n").encode(), 7, "truncated")

    def test_indented_scrape_without_text(self):
        self.check(("summaryrefslogtreecommitdiffstats\npath: x\nblob: y\n" + numbered(3)).encode(),
                   7, "no text")


if __name__ == "__main__":
    unittest.main()
