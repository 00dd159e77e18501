"""build/reports/doc-lint.md: what a careful reader of each source would flag."""

from .atomic import write_text
from .versions import version_key


def _overlaps(vocab, a, b):
    return vocab.covers(a, b) or vocab.covers(b, a) or "Any" in (a, b)


def _twice(doc):
    by_name = {}
    for obj in doc.objects:
        by_name.setdefault(obj.name, []).append(obj)
    for name, objs in sorted(by_name.items()):
        sigs = {o.signature for o in objs}
        if len(objs) > 1 and len(sigs) > 1 and not any(o.group is objs[0].group for o in objs[1:]):
            yield objs[0].line, "`%s` documented %d times with different signatures: %s (lines %s)" % (
                name, len(objs), " | ".join(sorted(s or "-" for s in sigs)),
                ", ".join(str(o.line) for o in objs))


def _version_notes(doc):
    limit = version_key(doc.version)
    for obj in doc.objects:
        added = [version_key(n.version) for n in obj.notes if n.kind == "versionadded"]
        for note in obj.notes:
            if version_key(note.version) > limit:
                yield note.line, "`%s`: %s %s is newer than the document (%s)" % (
                    obj.name, note.kind, note.version, doc.version)
            elif note.kind != "versionadded" and added and version_key(note.version) < min(added):
                yield note.line, "`%s`: %s %s is older than its versionadded %s " \
                    "(does the versionadded describe a parameter rather than the object?)" % (
                        obj.name, note.kind, note.version, ".".join(map(str, min(added))))
        yield from _added_twice(doc, obj)


def _added_twice(doc, obj):
    """An object is added once: a second versionadded that does not say what
    it added probably belongs to a name documented just before it (at the
    object's indentation, reST gives it to the object instead)."""
    bare = [n for n in obj.notes if n.kind == "versionadded" and not n.text.strip()]
    for earlier, later in zip(bare, bare[1:]):
        between = [o.name for o in doc.objects if earlier.line < o.line < later.line]
        yield later.line, "`%s`: versionadded %s after versionadded %s, saying nothing of what it added%s" % (
            obj.name, later.version, earlier.version,
            " (does it belong to %s, documented between them?)" % ", ".join("`%s`" % n for n in between)
            if between else "")


def _contradictions(doc, vocab):
    for obj in doc.objects:
        claims = obj.availability
        for i, first in enumerate(claims):
            for second in claims[i + 1:]:
                inc_a = [c["platform"] for c in first.expr["include"]]
                inc_b = [c["platform"] for c in second.expr["include"]]
                if not any(_overlaps(vocab, x, y) for x in inc_a for y in inc_b):
                    yield second.line, "`%s`: claims exclude each other, so it is never available: " \
                        "%r (line %d) and %r (line %d)" % (obj.name, first.raw, first.line,
                                                           second.raw, second.line)
        for claim in claims:
            for inc in claim.expr["include"]:
                for exc in claim.expr["exclude"]:
                    if vocab.covers(exc["platform"], inc["platform"]):
                        yield claim.line, "`%s`: %r includes %s and excludes it" % (
                            obj.name, claim.raw, inc["platform"])


def _ambiguous(doc, vocab):
    seen = set()
    for obj in doc.objects:
        for claim in obj.availability:
            if claim.origin == "section" and id(claim) not in seen:
                seen.add(id(claim))
                count = sum(1 for o in doc.objects if claim in o.availability)
                yield claim.line, "section-wide claim %r applies to all %d objects of section '%s'" % (
                    claim.raw, count, obj.section.title if obj.section else "?")
        directive = [c for c in obj.availability if c.origin == "directive"]
        if len(directive) > 1:
            yield obj.line, "`%s` has %d availability directives: %s" % (
                obj.name, len(directive), "; ".join(repr(c.raw) for c in directive))
        for claim in directive:
            for c, group in _subsumed(vocab, claim.expr["include"]):
                yield claim.line, "`%s`: in %r, %s is already covered by %s" % (
                    obj.name, claim.raw, _name(c), group)


def _subsumed(vocab, clauses):
    """(clause, group) where another clause's group already includes it."""
    for c in clauses:
        for g in clauses:
            if g["platform"] != c["platform"] and vocab.covers(g["platform"], c["platform"]):
                yield c, g["platform"]


def _name(clause):
    return clause["platform"] + (" >= " + clause["min_version"] if clause["min_version"] else "")


def render(docs, vocab):
    out = ["# Doc lint", "",
           "Findings a careful reader of each os.rst source would flag. Lines are lines of",
           "the file in spec/sources.", ""]
    checks = [("Same name, different signatures", _twice),
              ("Version notes newer than the document or older than the object", _version_notes),
              ("Contradicting availability claims", lambda d: _contradictions(d, vocab)),
              ("Availability attached ambiguously", lambda d: _ambiguous(d, vocab)),
              ("Extraction notes", lambda d: iter(d.lint))]
    for doc in sorted(docs, key=lambda d: version_key(d.version), reverse=True):
        out += ["## %s (%s, %s)" % (doc.version, doc.text.name, doc.text.shape), ""]
        for title, check in checks:
            found = sorted(set(check(doc)))
            out += ["### %s (%d)" % (title, len(found)), ""]
            out += ["- line %d: %s" % (line, text) for line, text in found] or ["None."]
            out.append("")
        skipped = sorted(set(doc.prose_skipped))
        out += ["### Sentences about availability that state no platform claim (%d)" % len(skipped), "",
                "Read and set aside: no platform list, or a condition rather than a platform.", ""]
        out += ["- line %d: %s" % (line, text) for line, text in skipped] or ["None."]
        out.append("")
    return "\n".join(out) + "\n"


def write(path, docs, vocab):
    write_text(path, render(docs, vocab))
