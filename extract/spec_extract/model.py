"""What the extractor knows about one document, before it is stored."""


class Section:
    def __init__(self, title, level, line, parent):
        self.title = title
        self.level = level
        self.line = line            # file line
        self.parent = parent
        self.texts = []             # [(text, file line)] of its own paragraphs
        self.availability = []      # [Availability] stated for the whole section
        self.objects = []           # objects directly or transitively inside
        self.notes = []             # [Note] outside any object

    def ancestors(self):
        s = self
        while s is not None:
            yield s
            s = s.parent


class Obj:
    def __init__(self, name, kind, signature, line, src_line, section):
        self.name = name
        self.kind = kind
        self.signature = signature
        self.line = line
        self.src_line = src_line
        self.section = section
        self.parent = None
        self.params = None          # [signature.Param] or None (no parentheses)
        self.texts = []             # [(text, file line)]: body paragraphs, notes
        self.notes = []             # [Note]
        self.availability = []      # [Availability]
        self.audits = []            # [(event, args, file line)]
        self.claims = []            # [claims.Claim]
        self.group = [self]         # every object of the same directive


class Note:
    def __init__(self, kind, version, text, line):
        self.kind = kind
        self.version = version
        self.text = text
        self.line = line


class Availability:
    def __init__(self, raw, origin, expr, line, listed=None, notes=""):
        self.raw = raw
        self.listed = raw if listed is None else listed   # the platform list part
        self.notes = notes                                # text after it
        self.origin = origin        # directive | availability-line | prose | section
        self.expr = expr
        self.line = line


class Document:
    def __init__(self, text):
        self.text = text            # shapes.Text
        self.path = text.path
        self.version = None
        self.sections = []
        self.objects = []
        self.lint = []              # [(file line, message)] for doc-lint.md
        self.prose_skipped = []     # [(file line, sentence)] availability-like, not a claim

    def by_name(self, name):
        return [o for o in self.objects if o.name == name]
