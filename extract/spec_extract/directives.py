"""Docutils handlers for the Sphinx directives os.rst uses.

Plain docutils knows none of them. Each handler turns what it sees into a
node that records it (kind, arguments, raw text, line); collect.py walks the
resulting tree. Body content is parsed as nested reStructuredText so nested
members and notes keep their owner.
"""

from docutils import nodes
from docutils.parsers.rst import Directive, directives


class spec_object(nodes.Element):
    """An object directive: attributes kind, signatures [(text, line)], noindex, line."""


class spec_note(nodes.Element):
    """versionadded / versionchanged / deprecated: kind, version, text, line."""


class spec_availability(nodes.Element):
    """An availability directive: raw, line."""


class spec_audit(nodes.Element):
    """An audit-event directive: event, args, line."""


class spec_admonition(nodes.Element):
    """note, warning, seealso...: kind; children are the parsed content."""


class _AnyOptions(dict):
    """Accepts every option (':noindex:', ':synopsis:', ...) as a flag or text."""

    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return directives.unchanged


class _Base(Directive):
    # Non-empty: docutils only looks for option lines when option_spec is truthy.
    option_spec = _AnyOptions(noindex=directives.flag)
    final_argument_whitespace = True
    has_content = True

    def nested(self, node):
        if self.content:
            self.state.nested_parse(self.content, self.content_offset, node)
        return node


def _signatures(argument, first_line):
    """One (text, line) per signature line; a trailing backslash continues it."""
    found, pending, pending_line = [], "", first_line
    for offset, part in enumerate(argument.split("\n")):
        part = part.strip()
        if not pending:
            pending_line = first_line + offset
        if part.endswith("\\"):
            pending += part[:-1].rstrip() + " "
            continue
        pending += part
        if pending.count("(") > pending.count(")"):
            pending += " "
            continue
        if pending.strip():
            found.append((" ".join(pending.split()), pending_line))
        pending = ""
    if pending.strip():
        found.append((" ".join(pending.split()), pending_line))
    return found


class ObjectDirective(_Base):
    required_arguments = 1

    def run(self):
        node = spec_object(kind=self.name, line=self.lineno, noindex="noindex" in self.options,
                           signatures=_signatures(self.arguments[0], self.lineno))
        return [self.nested(node)]


class VersionDirective(_Base):
    required_arguments = 1
    optional_arguments = 1

    def run(self):
        words = self.arguments[0].split(None, 1) if self.name == "deprecated-removed" else [self.arguments[0]]
        text = " ".join(self.arguments[1:] + list(self.content))
        node = spec_note(kind=self.name, version=words[0], text=" ".join(text.split()),
                         line=self.lineno)
        return [self.nested(node)]


class AvailabilityDirective(_Base):
    optional_arguments = 1

    def run(self):
        listed = " ".join(" ".join(self.arguments).split())
        notes = " ".join(" ".join(self.content).split())
        raw = (listed + " " + notes).strip()
        return [spec_availability(raw=raw, listed=listed, notes=notes, line=self.lineno)]


class AuditEventDirective(_Base):
    required_arguments = 1
    optional_arguments = 2
    final_argument_whitespace = False

    def run(self):
        args = self.arguments[1] if len(self.arguments) > 1 else ""
        return [spec_audit(event=self.arguments[0], args=args, line=self.lineno)]


class AdmonitionDirective(_Base):
    optional_arguments = 1

    def run(self):
        node = spec_admonition(kind=self.name, line=self.lineno)
        if self.arguments:
            para = nodes.paragraph(self.arguments[0], self.arguments[0])
            para.line = self.lineno
            node += para
        return [self.nested(node)]


class IgnoredDirective(_Base):
    """index, module, highlight...: nothing the spec needs."""
    optional_arguments = 1

    def run(self):
        return []


OBJECT_KINDS = {"function": "function", "data": "data", "exception": "exception",
                "class": "class", "method": "method", "abstractmethod": "method",
                "classmethod": "method", "staticmethod": "method", "attribute": "attribute",
                "property": "attribute", "decorator": "function"}

_HANDLERS = {ObjectDirective: tuple(OBJECT_KINDS),
             VersionDirective: ("versionadded", "versionchanged", "deprecated", "deprecated-removed"),
             AvailabilityDirective: ("availability",),
             AuditEventDirective: ("audit-event",),
             AdmonitionDirective: ("note", "warning", "seealso", "impl-detail", "important",
                                   "tip", "caution", "hint", "attention", "danger", "todo"),
             IgnoredDirective: ("index", "module", "currentmodule", "highlight", "sectionauthor",
                                "moduleauthor", "code-block", "testsetup", "testcleanup")}


def register():
    """Make every handler known to docutils (idempotent)."""
    for handler, names in _HANDLERS.items():
        for name in names:
            directives.register_directive(name, handler)
