"""Write the extracted documents into the spec database (spec/schema.sql)."""

import json
import os
import sqlite3

from .atomic import AtomicPath

SCHEMA = os.path.join(os.path.dirname(__file__), "..", "..", "spec", "schema.sql")


def write(path, docs, schema_path=SCHEMA):
    """Create `path` afresh from the schema and fill it, atomically."""
    with open(schema_path, encoding="utf-8") as f:
        schema = f.read()
    with AtomicPath(path) as tmp:
        os.unlink(tmp)
        db = sqlite3.connect(tmp)
        try:
            db.executescript(schema)
            with db:
                for doc in docs:
                    _document(db, doc)
        finally:
            db.close()


def _document(db, doc):
    cur = db.execute("INSERT INTO documents (source, version, sha256, shape) VALUES (?,?,?,?)",
                     (doc.text.name, doc.version, doc.text.sha256, doc.text.shape))
    doc_id = cur.lastrowid
    section_ids = {}
    for sec in doc.sections:
        cur = db.execute("INSERT INTO sections (document_id, title, level, parent_id, line) "
                         "VALUES (?,?,?,?,?)",
                         (doc_id, sec.title, sec.level, section_ids.get(id(sec.parent)), sec.line))
        section_ids[id(sec)] = cur.lastrowid
    object_ids = {}
    for obj in doc.objects:
        object_ids[id(obj)] = _object(db, doc_id, obj, section_ids, object_ids)


def _object(db, doc_id, obj, section_ids, object_ids):
    sec = obj.section
    cur = db.execute(
        "INSERT INTO objects (document_id, name, kind, signature, section_id, section, parent_id,"
        " line, src_line, description) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (doc_id, obj.name, obj.kind, obj.signature, section_ids.get(id(sec)),
         sec.title if sec is not None and sec.level > 0 else None,
         object_ids.get(id(obj.parent)), obj.line, obj.src_line,
         "\n\n".join(text for text, _ in obj.texts)))
    oid = cur.lastrowid
    db.executemany("INSERT INTO parameters VALUES (?,?,?,?,?,?)",
                   [(oid, i, p.name, p.default, p.kind, int(p.optional))
                    for i, p in enumerate(obj.params or ())])
    db.executemany("INSERT INTO availability (object_id, raw, origin, expr, line) VALUES (?,?,?,?,?)",
                   [(oid, c.raw, c.origin, json.dumps(c.expr, sort_keys=True), c.line)
                    for c in obj.availability])
    db.executemany("INSERT INTO notes VALUES (?,?,?,?,?)",
                   [(oid, n.kind, n.version, n.text, n.line) for n in obj.notes])
    db.executemany("INSERT INTO audit_events VALUES (?,?,?,?)",
                   [(oid, event, args, line) for event, args, line in obj.audits])
    db.executemany("INSERT INTO claims VALUES (?,?,?,?,?)",
                   [(c.id, oid, c.text, c.normalised, c.line) for c in obj.claims])
    return oid
