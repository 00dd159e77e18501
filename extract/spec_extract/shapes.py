"""Recognise a source's shape and recover its reStructuredText.

Three shapes (spec/sources/README.md):
  rst               plain os.rst;
  scraped-indented  a 3-line web header, the line numbers 1..N one per line,
                    then the text with indentation and blank lines kept;
  scraped-stripped  the line numbers 1..N, a '|' line, the text with
                    indentation and blank lines removed, a last '|' line.
The result is a Text: rst lines plus, for each, its line in the file and in
the original os.rst (None where that cannot be known).
"""

import hashlib
import os

from . import inputs, restore
from .errors import ExtractError

_SCRAPE_HEADER = "summaryrefslogtreecommitdiffstats"


class Text:
    """reStructuredText lines with their origin."""

    def __init__(self, path, shape, lines, file_lines, src_lines, sha256):
        self.path = path
        self.name = os.path.basename(path)
        self.shape = shape
        self.lines = lines
        self.file_lines = file_lines
        self.src_lines = src_lines
        self.sha256 = sha256
        self.decisions = []         # [(file line, why)]: guesses made restoring structure

    def file_line(self, rst_line):
        """The file line of a 1-based rst line (clamped to the text)."""
        i = min(max(rst_line, 1), len(self.file_lines)) - 1
        return self.file_lines[i]

    def src_line(self, rst_line):
        i = min(max(rst_line, 1), len(self.src_lines)) - 1
        return self.src_lines[i]


def load(path):
    """Read `path` and recover its rst; bad input raises ExtractError."""
    return from_bytes(path, inputs.read_bytes(path))


def from_bytes(path, raw):
    digest = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        raise ExtractError(path, 1, "empty file: expected os.rst text")
    lines = _decode(path, raw).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines[0] == _SCRAPE_HEADER:
        return _scraped_indented(path, lines, digest)
    if lines[0].strip() == "1":
        return _scraped_stripped(path, lines, digest)
    return Text(path, "rst", lines, list(range(1, len(lines) + 1)),
                list(range(1, len(lines) + 1)), digest)


def _decode(path, raw):
    nul = raw.find(b"\0")
    if nul >= 0:
        raise ExtractError(path, raw.count(b"\n", 0, nul) + 1, "binary data (NUL byte), not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise ExtractError(path, line, "not UTF-8 text (byte 0x%02x)" % raw[e.start]) from None


def _count_numbers(lines, start):
    """How many lines from `start` hold 1, 2, 3, ... in order."""
    n = 0
    while start + n < len(lines) and lines[start + n].strip() == str(n + 1):
        n += 1
    return n


def _scraped_indented(path, lines, digest):
    if len(lines) < 3 or not lines[1].startswith("path:") or not lines[2].startswith("blob:"):
        raise ExtractError(path, 2, "scraped header: expected 'path:' and 'blob:' lines")
    count = _count_numbers(lines, 3)
    first = 3 + count
    if count == 0 or first >= len(lines):
        raise ExtractError(path, first + 1, "scraped source: line numbers but no text after them")
    body = lines[first:]
    if len(body) > count:
        raise ExtractError(path, first + count + 1,
                           "scraped source: %d text lines but only %d line numbers" % (len(body), count))
    file_lines = list(range(first + 1, first + len(body) + 1))
    return Text(path, "scraped-indented", body, file_lines,
                list(range(1, len(body) + 1)), digest)


def _scraped_stripped(path, lines, digest):
    count = _count_numbers(lines, 0)
    bar = count
    if bar >= len(lines) or lines[bar].strip() != "|":
        raise ExtractError(path, bar + 1, "scraped source: expected '|' after the line numbers")
    end = len(lines)
    if end - 1 > bar and lines[end - 1].startswith("|"):
        end -= 1
    else:
        raise ExtractError(path, end, "scraped source: truncated (no closing '|' line)")
    stripped = [(bar + 2 + i, line) for i, line in enumerate(lines[bar + 1:end])]
    if not stripped:
        raise ExtractError(path, bar + 2, "scraped source: no text between the '|' lines")
    rst_lines, file_lines, decisions = restore.restore(stripped)
    text = Text(path, "scraped-stripped", rst_lines, file_lines, [None] * len(rst_lines), digest)
    text.decisions = decisions
    return text
