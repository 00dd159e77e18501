"""The same content as spec.db, as one JSON document for people and tools."""

import json

from .atomic import write_text

_NOTE_KINDS = ("versionadded", "versionchanged", "deprecated")


def as_dict(docs):
    return {"format": "osconform-spec", "version": 1,
            "documents": [_document(doc) for doc in docs]}


def write(path, docs):
    write_text(path, render(docs))


def render(docs):
    """as_dict(docs) as JSON with one object per line: readable, greppable,
    and written by the C encoder (an indented dump is five times slower)."""
    out = ['{"format": "osconform-spec", "version": 1, "documents": [']
    for i, doc in enumerate(docs):
        head = _document(doc)
        objects = head.pop("objects")
        out.append(json.dumps(head)[:-1] + ', "objects": [')
        out.append(",\n".join(json.dumps(o, ensure_ascii=False) for o in objects))
        out.append("]}" + ("," if i < len(docs) - 1 else ""))
    out.append("]}")
    return "\n".join(out) + "\n"


def _document(doc):
    return {"source": doc.text.name, "version": doc.version, "sha256": doc.text.sha256,
            "shape": doc.text.shape, "objects": [_object(o) for o in doc.objects]}


def _object(obj):
    out = {"name": obj.name, "kind": obj.kind, "line": obj.line, "src_line": obj.src_line,
           "signature": obj.signature,
           "section": obj.section.title if obj.section is not None and obj.section.level else None,
           "parent": obj.parent.name if obj.parent is not None else None,
           "params": [p.as_dict() for p in obj.params] if obj.params is not None else None,
           "availability": [{"raw": c.raw, "source": c.origin, "expr": c.expr, "line": c.line}
                            for c in obj.availability]}
    for kind in _NOTE_KINDS:
        out[kind] = [{"version": n.version, "text": n.text, "line": n.line}
                     for n in obj.notes if n.kind == kind or (kind == "deprecated" and
                                                              n.kind == "deprecated-removed")]
    out["audit_events"] = [{"event": e, "args": a, "line": line} for e, a, line in obj.audits]
    out["claims"] = [{"id": c.id, "text": c.text, "line": c.line} for c in obj.claims]
    return out
