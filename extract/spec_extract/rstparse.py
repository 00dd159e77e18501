"""Parse recovered reStructuredText with docutils and our directive handlers.

Inline markup is left as written (the spec keeps ':func:`open`' verbatim and
the claim parsers read it), which also halves the parse time.
"""

import docutils.frontend
import docutils.utils
from docutils import nodes
from docutils.parsers.rst import Parser, states

from . import directives
from .errors import ExtractError

_parser = None
_settings = None


def _verbatim_inline(text, lineno, memo, parent):
    return [nodes.Text(text)], []


def _setup():
    global _parser, _settings
    if _parser is None:
        directives.register()
        _parser = Parser()
        inliner = states.Inliner()
        inliner.parse = _verbatim_inline
        _parser.inliner = inliner
        _settings = docutils.frontend.get_default_settings(Parser)
        _settings.report_level = 5
        _settings.halt_level = 5
        _settings.file_insertion_enabled = False
        _settings.raw_enabled = False
    return _parser, _settings


def parse(text):
    """Parse a shapes.Text; a directive error becomes an ExtractError."""
    parser, settings = _setup()
    for i, line in enumerate(text.lines, 1):
        # docutils drops a whole document with a longer line, quietly at our report level.
        if len(line) > settings.line_length_limit:
            raise ExtractError(text.path, text.file_line(i), "a line longer than %d characters"
                               % settings.line_length_limit)
    document = docutils.utils.new_document(text.path, settings)
    problems = []
    document.reporter.attach_observer(problems.append)
    parser.parse("\n".join(text.lines) + "\n", document)
    for msg in problems:
        if msg["level"] >= 3 and _is_directive_error(msg):
            line = msg.get("line") or 1
            raise ExtractError(text.path, text.file_line(line), _first_line(msg))
    return document


def _is_directive_error(msg):
    return "directive" in msg.astext().split("\n", 1)[0]


def _first_line(msg):
    """The message of a system_message, without the quoted source block."""
    text = msg.children[0].astext() if msg.children else msg.astext()
    return " ".join(text.split())
