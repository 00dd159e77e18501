"""Shared by the tests: the real sources, extracted once per test run, and a
second, independent way of counting their objects."""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "extract"))

from spec_extract import collect, pipeline, platforms, rstparse, shapes  # noqa: E402
from spec_extract.attach import attach  # noqa: E402
from spec_extract.errors import ExtractError  # noqa: E402

SOURCES = os.path.join(ROOT, "spec", "sources")
V314 = os.path.join(SOURCES, "000_9f8447d887d47d4e.txt")
V38 = os.path.join(SOURCES, "002_204be4bb76c15295.txt")
V31 = os.path.join(SOURCES, "003_84e0da7e4771a5b6.txt")
ALL = (V314, V38, V31)
VOCAB = platforms.load()

_docs = {}


def doc(path):
    """The extracted Document of a real source (cached)."""
    if path not in _docs:
        _docs[path] = pipeline.extract(path, VOCAB)
    return _docs[path]


def extract_text(rst, name="test.rst"):
    """Extract a snippet of plain rst (no version check)."""
    text = shapes.Text(name, "rst", rst.split("\n"), list(range(1, rst.count("\n") + 2)),
                       list(range(1, rst.count("\n") + 2)), "0" * 64)
    document = collect.collect(text, rstparse.parse(text))
    try:
        attach(document, VOCAB)
    except Exception as e:  # a snippet without version notes is fine here
        if "Python version" not in str(e):
            raise
    return document


def names(document, kind=None):
    return [o.name for o in document.objects if kind is None or o.kind == kind]


# -- the independent count ----------------------------------------------------

_MARKER = re.compile(r"^(\s*)\.\. (function|data|exception|class|method|attribute|"
                     r"abstractmethod|classmethod|staticmethod)::\s*(.*)$")
_STRIPPED_NAME = re.compile(r"^[A-Z_][A-Z0-9_]*$")
_STRIPPED_SIG = re.compile(r"^[A-Za-z_][\w.]*\(.*\)$")


def _text_lines(path):
    """The os.rst text of a source by its own reading of the three shapes."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0].startswith("summaryrefslog"):
        i = 3
        while lines[i].strip().isdigit():
            i += 1
        return lines[i:], False
    if lines[0].strip() == "1":
        bar = lines.index("|")
        return lines[bar + 1:-2] if lines[-1] == "" else lines[bar + 1:-1], True
    return lines, False


def count_objects(path):
    """{kind: count} by scanning lines: one per directive, one per further
    indented (or, when stripped, name/signature-shaped) line, none for a
    ':noindex:' repeat. Knows nothing of docutils or of the extractor."""
    lines, stripped = _text_lines(path)
    counts = {}
    for i, line in enumerate(lines):
        m = _MARKER.match(line)
        if not m:
            continue
        indent, kind, first = len(m.group(1)), m.group(2), m.group(3)
        entries, open_parens, j = 1, first.count("(") - first.count(")"), i + 1
        joined = first.endswith("\\") or open_parens > 0
        while j < len(lines):
            nxt = lines[j]
            body = nxt.strip()
            if not body or body.startswith(":"):
                break
            if stripped:
                if not (joined or _STRIPPED_SIG.match(body) or
                        (kind in ("data", "attribute") and _STRIPPED_NAME.match(body))):
                    break
            elif len(nxt) - len(nxt.lstrip()) <= indent:
                break
            if not joined:
                entries += 1
            open_parens += body.count("(") - body.count(")")
            joined = body.endswith("\\") or open_parens > 0
            j += 1
        if j < len(lines) and lines[j].strip() == ":noindex:":
            continue
        kind = {"abstractmethod": "method", "classmethod": "method",
                "staticmethod": "method"}.get(kind, kind)
        counts[kind] = counts.get(kind, 0) + entries
    return counts


def assert_fifo_refused(test, name, load):
    """load(path) of a FIFO raises ExtractError at once ("not a regular file")."""
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        fifo = os.path.join(d, name)
        os.mkfifo(fifo)
        with test.assertRaises(ExtractError) as caught:
            load(fifo)
        test.assertIn("not a regular file", str(caught.exception))
