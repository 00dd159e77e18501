"""spec.db and spec.json: content, shape, atomic writes."""

import json
import os
import sqlite3
import tempfile
import unittest

import support
from spec_extract import store_db, store_json


class Store(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.docs = [support.doc(p) for p in support.ALL]
        cls.db_path = os.path.join(cls.tmp.name, "spec.db")
        cls.json_path = os.path.join(cls.tmp.name, "spec.json")
        store_db.write(cls.db_path, cls.docs)
        store_json.write(cls.json_path, cls.docs)
        cls.db = sqlite3.connect(cls.db_path)

    @classmethod
    def tearDownClass(cls):
        cls.db.close()
        cls.tmp.cleanup()

    def one(self, sql, *args):
        return self.db.execute(sql, args).fetchall()

    def test_documents(self):
        self.assertEqual(self.one("SELECT source, version, shape FROM documents ORDER BY id"), [
            ("000_9f8447d887d47d4e.txt", "3.14", "rst"),
            ("002_204be4bb76c15295.txt", "3.8", "scraped-stripped"),
            ("003_84e0da7e4771a5b6.txt", "3.1", "scraped-indented")])

    def test_objects_and_parameters(self):
        self.assertEqual(self.one("SELECT count(*) FROM objects")[0][0], 454 + 364 + 205)
        rows = self.one("SELECT p.name, p.default_value, p.kind, p.optional FROM parameters p "
                        "JOIN objects o ON o.id = p.object_id JOIN documents d ON d.id = o.document_id "
                        "WHERE d.version = '3.14' AND o.name = 'mkdir' ORDER BY p.position")
        self.assertEqual(rows, [("path", None, "positional-or-keyword", 0),
                                ("mode", "0o777", "positional-or-keyword", 1),
                                ("dir_fd", "None", "keyword-only", 1)])

    def test_section_lines_are_title_lines(self):
        rows = self.one("SELECT s.line FROM sections s JOIN documents d ON d.id = s.document_id "
                        "WHERE d.version = '3.14' AND s.title = 'Process Parameters'")
        self.assertEqual(rows, [(170,)])

    def test_members_have_parents_and_sections(self):
        rows = self.one("SELECT p.name, o.section FROM objects o JOIN objects p ON p.id = o.parent_id "
                        "WHERE o.name = 'DirEntry.is_dir'")
        self.assertEqual(len(rows), 2)
        self.assertTrue(all(r[0] == "DirEntry" for r in rows))
        self.assertEqual(self.one("SELECT count(*) FROM objects WHERE section_id IS NULL")[0][0], 0)

    def test_availability_expressions_are_json(self):
        for raw, expr in self.one("SELECT raw, expr FROM availability"):
            parsed = json.loads(expr)
            self.assertTrue(parsed["include"], raw)
            self.assertEqual(set(parsed) - {"see"}, {"include", "exclude", "qualifiers", "notes"})

    def test_notes_audits_claims(self):
        self.assertGreater(self.one("SELECT count(*) FROM notes")[0][0], 500)
        self.assertGreater(self.one("SELECT count(*) FROM audit_events")[0][0], 50)
        self.assertGreater(self.one("SELECT count(DISTINCT id) FROM claims")[0][0], 1200)

    def test_json_matches_db(self):
        with open(self.json_path, encoding="utf-8") as f:
            data = json.load(f)
        self.assertEqual([d["version"] for d in data["documents"]], ["3.14", "3.8", "3.1"])
        objects = [o for d in data["documents"] for o in d["objects"]]
        self.assertEqual(len(objects), self.one("SELECT count(*) FROM objects")[0][0])
        mkdir = [o for o in data["documents"][0]["objects"] if o["name"] == "mkdir"][0]
        self.assertEqual(sorted(mkdir), sorted([
            "name", "kind", "line", "src_line", "signature", "section", "parent", "params",
            "availability", "versionadded", "versionchanged", "deprecated", "audit_events", "claims"]))
        self.assertEqual(mkdir["availability"], [])

    def test_deterministic(self):
        # The case generator records spec.db's sha256: same sources, same bytes.
        again = os.path.join(self.tmp.name, "again.db")
        store_db.write(again, self.docs)
        with open(again, "rb") as a, open(self.db_path, "rb") as b:
            self.assertEqual(a.read(), b.read())
        os.unlink(again)

    def test_failed_write_leaves_previous_file(self):
        with open(self.db_path, "rb") as f:
            before = f.read()
        bad_schema = os.path.join(self.tmp.name, "bad.sql")
        with open(bad_schema, "w") as f:
            f.write("CREATE TABLE documents (nonsense);")
        with self.assertRaises(sqlite3.Error):
            store_db.write(self.db_path, self.docs, bad_schema)
        with open(self.db_path, "rb") as f:
            self.assertEqual(f.read(), before)
        self.assertEqual(sorted(os.listdir(self.tmp.name)), ["bad.sql", "spec.db", "spec.json"])


if __name__ == "__main__":
    unittest.main()


class JsonShape(unittest.TestCase):
    def test_render_is_the_dict(self):
        docs = [support.doc(support.V31)]
        self.assertEqual(json.loads(store_json.render(docs)), store_json.as_dict(docs))
