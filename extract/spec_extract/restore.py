"""Rebuild indentation and blank lines of a stripped os.rst.

The scraped 3.8 source lost every leading space and every blank line. The
nesting it encoded is recovered from the directives themselves: an object
directive (function, data, class) starts at the top; a member (method,
attribute) goes inside the innermost open class; a note-like directive
(versionadded, availability, note...) goes inside the innermost open object;
signature and name continuation lines, option lines (':noindex:'), list
items, literal blocks and section titles are recognised by their form. Plain
text joins the innermost open block. restore() returns the rst lines, for
each the line of the stripped file it came from, and the guesses it made
where the text alone was ambiguous (doc-lint.md lists them).
"""

import re

OBJECTS = frozenset({"function", "data", "exception", "class", "decorator"})
MEMBERS = frozenset({"method", "attribute", "abstractmethod", "classmethod",
                     "staticmethod", "property"})
# Directives whose following text is their own content.
NOTE_LIKE = frozenset({"note", "warning", "seealso", "versionadded", "versionchanged",
                       "deprecated", "deprecated-removed", "availability", "impl-detail",
                       "important", "tip", "caution", "hint", "attention", "danger",
                       "admonition", "todo"})
_CLASS_NOTES = frozenset({"versionadded", "versionchanged", "deprecated", "deprecated-removed"})
_SIGNATURE_DIRECTIVES = frozenset({"function", "method", "class", "exception",
                                   "abstractmethod", "classmethod", "staticmethod", "decorator"})

_DIRECTIVE = re.compile(r"^\.\. ([\w:-]+)::(?:\s+(.*))?$")
_OPTION = re.compile(r"^:[\w-]+:(?:\s.*)?$")
_SIGNATURE = re.compile(r"^[A-Za-z_][\w.]*\(.*\)(?:\s*->.*)?$")
_CONSTANT = re.compile(r"^[A-Z_][A-Z0-9_]*$")
_INDEX_ENTRY = re.compile(r"^!?(?:single|pair|triple|see|seealso|module|keyword|statement|"
                          r"builtin|object|exception|operator):")
_BULLET = re.compile(r"^(?:[*+-]|\d+\.|#\.) ")
_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+<>:_.])\1+$")
_PROSE = re.compile(r"^[A-Z][a-z]*,? [a-z*:`(]")
_SECTION_PARAGRAPH = ("The following constants", "The following functions",
                      "The following data", "These functions", "These constants")


class _Block:
    def __init__(self, kind, indent, directive=None, nested=False):
        self.kind = kind          # root, object, class, note, index, list, literal
        self.indent = indent      # indentation of its content
        self.directive = directive
        self.nested = nested      # a constant documented inside a function


class _Restorer:
    def __init__(self, stripped):
        self.src = stripped       # [(file line, text)]
        self.out = []             # rst lines
        self.where = []           # file line of each rst line
        self.stack = [_Block("root", 0)]
        self.i = 0
        self.nesting = False      # the directive being opened is a nested constant
        self.decisions = []       # [(file line, why)] where the text alone was ambiguous

    # -- output -----------------------------------------------------------
    def emit(self, indent, text, line):
        self.out.append(" " * indent + text)
        self.where.append(line)

    def blank(self, line):
        if self.out and self.out[-1] != "":
            self.out.append("")
            self.where.append(line)

    # -- the block stack --------------------------------------------------
    @property
    def top(self):
        return self.stack[-1]

    def pop_to_root(self):
        del self.stack[1:]

    def pop_leaves(self):
        """Close note-like blocks, lists, literal blocks and index entries."""
        while self.top.kind in ("note", "index", "list", "literal"):
            self.stack.pop()

    def pop_to_class(self):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].kind == "class":
                del self.stack[depth + 1:]
                return True
        return False

    # -- the walk ---------------------------------------------------------
    def peek(self, k=0):
        j = self.i + k
        return self.src[j][1] if j < len(self.src) else None

    def run(self):
        while self.i < len(self.src):
            line, text = self.src[self.i]
            if self.is_title(text):
                self.title(line, text)
            elif text.startswith(".. ") or text == "..":
                self.markup(line, text)
            else:
                self.text(line, text)
        return self.out, self.where, self.decisions

    def is_title(self, text, at=None):
        """Is `text` (at index `at`, default the current line) underlined?"""
        at = self.i if at is None else at
        under = self.src[at + 1][1] if at + 1 < len(self.src) else None
        return (under is not None and not text.startswith("..") and text.strip() != ""
                and _ADORNMENT.match(under) is not None and len(under) >= len(text)
                and not _ADORNMENT.match(text))

    def title(self, line, text):
        self.pop_to_root()
        self.blank(line)
        self.emit(0, text, line)
        self.emit(0, self.src[self.i + 1][1], self.src[self.i + 1][0])
        self.blank(line)
        self.i += 2

    def markup(self, line, text):
        m = _DIRECTIVE.match(text)
        if not m:  # a target (.. _label:) or a comment: one line
            self.pop_leaves()
            self.blank(line)
            self.emit(self.top.indent, text, line)
            self.blank(line)
            self.i += 1
            return
        name, arg = m.group(1), m.group(2) or ""
        indent = self.host_for(name)
        self.blank(line)
        self.emit(indent, text, line)
        self.i += 1
        self.continuation(name, arg, indent + len(".. %s:: " % name))
        while self.peek() is not None and _OPTION.match(self.peek()):
            self.emit(indent + 3, self.peek(), self.src[self.i][0])
            self.i += 1
        self.open_block(name, arg, indent + 3)

    def host_for(self, name):
        """Pop to the block a directive belongs in; return its indentation."""
        if (name == "data" or (name in MEMBERS and not self.has_class())) and self.nests_constant():
            self.nesting = True
            return self.top.indent
        self.nesting = False
        if name in OBJECTS or name in ("module", "currentmodule"):
            self.pop_to_root()
        elif name in MEMBERS:
            if not self.pop_to_class():
                self.pop_to_root()
        else:
            self.pop_leaves()
            if name in _CLASS_NOTES and self.closes_class():
                self.pop_to_class()
                self.decide("%s after the class's last member: read as the class's" % name)
        return self.top.indent

    def closes_class(self):
        """Notes after a class's last member are the class's own: true if the
        innermost object is a member and no member follows these notes."""
        if self.top.kind != "object" or self.top.directive not in MEMBERS or not self.has_class():
            return False
        for j in range(self.i + 1, len(self.src)):
            m = _DIRECTIVE.match(self.src[j][1])
            if m and (m.group(1) in OBJECTS or m.group(1) in MEMBERS):
                return m.group(1) not in MEMBERS
            if self.is_title(self.src[j][1], j):
                return True
        return True

    def has_class(self):
        return any(b.kind == "class" for b in self.stack)

    def nests_constant(self):
        """Constants or methods introduced inside a function body by a
        paragraph ending in ':' (posix_spawn's POSIX_SPAWN_OPEN, scandir's
        scandir.close) stay inside it."""
        depth = len(self.stack) - 1
        while self.stack[depth].kind in ("note", "index", "list", "literal") or \
                self.stack[depth].nested:
            depth -= 1
        block = self.stack[depth]
        if block.directive != "function":
            return False
        if not self.stack[-1].nested:
            last = self.out[-1] if self.out[-1] else self.out[-2]
            if len(last) - len(last.lstrip()) != block.indent or not last.endswith(":"):
                return False
        del self.stack[depth + 1:]
        self.decide("directive inside a function body (after a paragraph ending in ':'): "
                    "read as nested in the function")
        return True

    def decide(self, why):
        self.decisions.append((self.src[self.i][0], "stripped source: " + why))

    def continuation(self, name, arg, indent):
        """Further signatures or names of the same directive."""
        last = arg
        while self.peek() is not None:
            nxt = self.peek()
            unfinished = last.endswith("\\") or last.count("(") > last.count(")")
            if name in _SIGNATURE_DIRECTIVES and (unfinished or _SIGNATURE.match(nxt)):
                pass
            elif name in ("data", "attribute") and _CONSTANT.match(nxt):
                pass
            else:
                return
            self.emit(indent, nxt, self.src[self.i][0])
            self.i += 1
            last = nxt

    def open_block(self, name, arg, indent):
        line = self.src[self.i - 1][0]
        if name in OBJECTS or name in MEMBERS:
            kind = "class" if name == "class" else "object"
            self.stack.append(_Block(kind, indent, name, nested=self.nesting))
            self.blank(line)
        elif name in NOTE_LIKE:
            self.stack.append(_Block("note", indent))
            # A platform list continues on the next line only after a comma;
            # otherwise what follows is the directive's content.
            if not arg or (name == "availability" and not arg.endswith(",")):
                self.blank(line)
        elif name == "index":
            self.blank(line)
            while self.peek() is not None and _INDEX_ENTRY.match(self.peek()):
                self.emit(indent, self.peek(), self.src[self.i][0])
                self.i += 1
            self.blank(line)
        else:
            self.blank(line)

    def text(self, line, text):
        if self.top.kind == "literal" and not self.leaves_literal(line, text):
            self.emit(self.top.indent, text, line)
        elif _ADORNMENT.match(text) and len(text) >= 4:
            self.transition(line, text)
        else:
            self.paragraph_line(line, text)
        self.i += 1

    def leaves_literal(self, line, text):
        """Code has no sentence shape; the first prose line ends the block."""
        if not _PROSE.match(text):
            return False
        self.stack.pop()
        self.blank(line)
        return True

    def transition(self, line, text):
        self.pop_to_root()
        self.blank(line)
        self.emit(0, text, line)
        self.blank(line)

    def paragraph_line(self, line, text):
        prev = self.out[-1].strip() if self.out else ""
        if prev.endswith((".", ":")) or prev.startswith(".. "):
            self.reopen(line, text)
        bullet = _BULLET.match(text)
        if bullet:
            self.list_item(line, text, len(bullet.group(0)))
        elif text.startswith(">>>") and not prev.startswith(">>>"):
            self.blank(line)
            self.emit(self.top.indent, text, line)
            self.stack.append(_Block("literal", self.top.indent))
        else:
            self.emit(self.top.indent, text, line)
        if text.endswith("::"):
            self.blank(line)
            self.stack.append(_Block("literal", self.top.indent + 3))

    def reopen(self, line, text):
        """A new sentence that speaks of the enclosing function again ('These
        tuples...') or of the whole section ('The following constants...')."""
        if text.startswith(("These ", "The ")) and self.in_nested():
            while not self.top.nested:
                self.stack.pop()
            self.stack.pop()  # back to the function that holds the constants
            self.decide("paragraph after nested constants: read as the function's again")
            self.blank(line)
        elif text.startswith(_SECTION_PARAGRAPH):
            self.pop_to_root()
            self.blank(line)

    def in_nested(self):
        return any(b.nested for b in self.stack)

    def list_item(self, line, text, width):
        if self.top.kind == "list":
            self.stack.pop()
        else:
            self.blank(line)
        self.emit(self.top.indent, text, line)
        self.stack.append(_Block("list", self.top.indent + width))


def restore(stripped):
    """[(file line, stripped text)] -> (rst lines, file line of each,
    [(file line, why)] for each guess the text alone could not settle)."""
    return _Restorer(stripped).run()
