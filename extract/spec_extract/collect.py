"""Walk a parsed doctree and build the Document model.

Each signature line of an object directive is its own object, and so is
each name of a multi-name data directive; they share the directive's body.
Members of a class are named Class.member. A ':noindex:' repeat creates
nothing. Notes, availability and audit events attach to the innermost
enclosing directive's objects; outside any object they belong to the section.
"""

from docutils import nodes

from . import directives as d
from . import signature
from .model import Availability, Document, Note, Obj, Section

_TEXT_NODES = (nodes.paragraph,)
_SKIP = (nodes.literal_block, nodes.doctest_block, nodes.comment, nodes.target,
         nodes.system_message, nodes.title)


class _Walker:
    def __init__(self, text):
        self.doc = Document(text)
        self.text = text

    def line(self, rst_line):
        return self.text.file_line(rst_line or 1)

    def walk(self, node, section, owners, depth):
        for child in node.children:
            self.visit(child, section, owners, depth)

    def visit(self, node, section, owners, depth):
        if isinstance(node, nodes.section):
            self.section(node, section, depth)
        elif isinstance(node, d.spec_object):
            self.object(node, section, owners, depth)
        elif isinstance(node, d.spec_note):
            self.note(node, section, owners, depth)
        elif isinstance(node, d.spec_availability):
            claim = Availability(node["raw"], "directive", None, self.line(node["line"]),
                                 node["listed"], node["notes"])
            for holder in owners or [section]:  # outside any object: the section's
                holder.availability.append(claim)
        elif isinstance(node, d.spec_audit):
            for o in owners:
                o.audits.append((node["event"], node["args"], self.line(node["line"])))
        elif isinstance(node, d.spec_admonition):
            if node["kind"] != "seealso":
                self.walk(node, section, owners, depth)
        elif isinstance(node, _TEXT_NODES):
            entry = (node.astext(), self.line(node.line))
            for target in owners or [section]:
                if target is not None:
                    target.texts.append(entry)
        elif not isinstance(node, _SKIP):
            self.walk(node, section, owners, depth)

    def section(self, node, parent, depth):
        title = node.next_node(nodes.title)
        sec = Section(title.astext(), depth + 1, self.line(self.title_line(title)), parent)
        self.doc.sections.append(sec)
        self.walk(node, sec, [], depth + 1)

    def title_line(self, title):
        """docutils reports a title at its underline; we want the text."""
        underline = title.line or 1
        above = self.text.lines[underline - 2].strip() if underline >= 2 else None
        return underline - 1 if above == title.astext().strip() else underline

    def object(self, node, section, owners, depth):
        if node["noindex"]:
            self.walk(node, section, [], depth)
            return
        kind = d.OBJECT_KINDS[node["kind"]]
        klass = next((o for o in owners if o.kind == "class"), None)
        group = []
        for sig, rst_line in node["signatures"]:
            line = self.line(rst_line)
            name, params = signature.parse(sig, self.text.path, line)
            if klass is not None and kind in ("method", "attribute") and not name.startswith(klass.name + "."):
                name = klass.name + "." + name
            obj = Obj(name, kind, sig if kind not in ("data", "attribute") else None,
                      line, self.text.src_line(rst_line), section)
            obj.params = params
            if kind in ("method", "attribute"):
                obj.parent = klass or self._dotted_parent(name)
            group.append(obj)
        for obj in group:
            obj.group = group
        self.doc.objects.extend(group)
        for sec in section.ancestors() if section else ():
            sec.objects.extend(group)
        self.walk(node, section, group, depth)

    def _dotted_parent(self, name):
        prefix = name.rpartition(".")[0]
        found = self.doc.by_name(prefix) if prefix else []
        return found[-1] if found else None

    def note(self, node, section, owners, depth):
        note = Note(node["kind"], node["version"], node["text"], self.line(node["line"]))
        for o in owners:
            o.notes.append(note)
        if not owners and section is not None:
            section.notes.append(note)
        self.walk(node, section, owners, depth)


def collect(text, doctree):
    """shapes.Text + doctree -> model.Document."""
    walker = _Walker(text)
    root = Section("(document)", 0, 1, None)
    walker.walk(doctree, root, [], 0)
    walker.doc.lint.extend(text.decisions)
    return walker.doc
