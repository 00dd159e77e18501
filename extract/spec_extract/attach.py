"""Complete a collected Document: parse every availability claim (directive,
'Availability:' line, prose, section), resolve 'See f documentation.'
references, derive claims and the document's Python version."""

import fnmatch

from . import availability, claims, prose
from .errors import ExtractError
from .model import Availability
from .versions import version_key


def attach(doc, vocab):
    _directive_claims(doc, vocab)
    _prose_claims(doc, vocab)
    _field_notes(doc, vocab)
    _optional_objects(doc)
    _resolve_references(doc)
    for obj in doc.objects:
        obj.claims = claims.from_texts(obj.texts)
    doc.version = _version(doc)


def _directive_claims(doc, vocab):
    for holder in list(doc.objects) + doc.sections:
        for claim in holder.availability:
            if claim.expr is None:  # shared by a directive's objects: parse once
                claim.expr = availability.parse_claim(claim.listed, vocab, doc.path,
                                                     claim.line, claim.notes)


def _prose_claims(doc, vocab):
    seen = set()
    for obj in doc.objects:
        group_key = id(obj.group)
        if group_key in seen:
            continue
        seen.add(group_key)
        for text, line in _prose_texts(obj):
            _read_prose(doc, vocab, text, line, obj.group, obj.section)
    for section in doc.sections:
        for text, line in section.texts:
            _read_prose(doc, vocab, text, line, [], section)


def _prose_texts(obj):
    """Body paragraphs, version notes and the notes after a directive's platform list."""
    yield from obj.texts
    for note in obj.notes:
        yield note.text, note.line
    for claim in obj.availability:
        if claim.origin == "directive":
            for sentence in claim.expr["notes"]:
                yield sentence, claim.line


def _read_prose(doc, vocab, text, start, owners, section):
    found, skipped = prose.find(text)
    doc.prose_skipped.extend((start + prose.line_offset(text, s), s) for s in skipped)
    for statement in found:
        line = start + prose.line_offset(text, statement.sentence)
        expr = prose.expression(statement, vocab, doc.path, line)
        if expr is None:
            doc.prose_skipped.append((line, statement.sentence))
            continue
        targets, origin = _targets(doc, statement, owners, section)
        if not targets:
            doc.lint.append((line, "availability sentence names nothing this document "
                                   "describes: %r" % statement.sentence))
            continue
        claim = Availability(statement.sentence, origin, expr, line)
        for obj in targets:
            obj.availability.append(claim)


def _field_notes(doc, vocab):
    """A class's per-platform field notes ("On macOS systems, the following
    attributes may also be available:") claim the attributes after them. In
    a scraped shape a note may have landed in the member before it."""
    for cls in doc.objects:
        if cls.kind != "class":
            continue
        members = [o for o in doc.objects if o.parent is cls]
        texts = [t for o in [cls] + members for t in o.texts]
        notes = sorted((line + prose.line_offset(text, note[0]), note)
                       for text, line in texts for note in [prose.field_note(text)] if note)
        for k, (line, (sentence, where, hedged)) in enumerate(notes):
            end = notes[k + 1][0] if k + 1 < len(notes) else float("inf")
            expr = availability.parse_list(where, vocab, doc.path, line)
            if hedged:
                expr["qualifiers"].append("may")
            claim = Availability(sentence, "prose", expr, line)
            for obj in members:
                if obj.kind == "attribute" and line < obj.line < end:
                    obj.availability.append(claim)


def _optional_objects(doc):
    """"This attribute is not always available, and may raise
    AttributeError": the object is optional wherever it is documented."""
    for obj in doc.objects:
        for text, line in obj.texts:
            sentence = prose.says_optional(text)
            if sentence:
                expr = availability.new_expr()
                expr["include"].append(availability.clause("Any"))
                expr["qualifiers"].append("not always available")
                obj.availability.append(Availability(sentence, "prose", expr, line))
                break


def _targets(doc, statement, owners, section):
    subject = statement.subject
    if isinstance(subject, list):
        named = [o for o in doc.objects if any(fnmatch.fnmatchcase(o.name, n) for n in subject)]
        return named, "prose"
    if subject == "owner" and owners:
        return owners, statement.origin
    if section is not None:
        return list(section.objects), "section"
    return [], "section"


def _resolve_references(doc):
    """'See :func:`posix_spawn` documentation.' borrows that object's platforms."""
    for obj in doc.objects:
        for claim in obj.availability:
            see = claim.expr.get("see")
            if not see or claim.expr["include"]:
                continue
            source = [c for o in doc.by_name(see) for c in o.availability
                      if c.origin == "directive" and c.expr["include"]]
            if not source:
                raise ExtractError(doc.path, claim.line,
                                   "availability refers to %r, which has no availability claim" % see)
            borrowed = source[0].expr
            for key in ("include", "exclude", "qualifiers"):
                claim.expr[key] = [dict(c) if isinstance(c, dict) else c for c in borrowed[key]]


def _version(doc):
    """The document's Python version: the newest version that at least two
    notes name (so one mistyped note cannot move it, and doc-lint can flag
    it), else the newest named at all."""
    holders = list(doc.objects) + doc.sections
    versions = [n.version for h in holders for n in h.notes if n.kind != "deprecated-removed"]
    if not versions:
        raise ExtractError(doc.path, None, "no versionadded/versionchanged note: cannot tell the Python version")
    repeated = [v for v in set(versions) if versions.count(v) > 1]
    return max(repeated or versions, key=version_key)
