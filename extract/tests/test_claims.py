"""Claim IDs: stable, derived from the normalised sentence alone."""

import unittest

import support
from spec_extract import claims


class Claims(unittest.TestCase):
    def test_id_ignores_wrapping_and_markup(self):
        a = claims.Claim("If the directory exists, :exc:`FileExistsError` is raised.", 1)
        b = claims.Claim("If the  directory\n exists, FileExistsError is raised.", 9)
        self.assertEqual(a.id, b.id)
        self.assertRegex(a.id, r"^R-[0-9a-f]{10}$")

    def test_tilde_roles_show_the_last_component(self):
        self.assertEqual(claims.normalise("See :func:`~os.open` and ``x``."), "see open and x.")
        self.assertEqual(claims.normalise(":ref:`the table <os-x>` *path*"), "the table path")

    def test_sentences_and_filter(self):
        found = claims.from_texts([("Return a pair. See :func:`pipe`. Availability: Unix. "
                                    "Return a pair.", 4)])
        self.assertEqual([c.text for c in found], ["Return a pair."])
        self.assertEqual(found[0].line, 4)

    def test_a_two_word_sentence_with_code_is_a_claim(self):
        # POSIX_SPAWN_CLOSE: "Performs ``os.close(fd)``." says what the action does.
        found = claims.from_texts([("Performs ``os.close(fd)``. See below.", 1)])
        self.assertEqual([c.text for c in found], ["Performs ``os.close(fd)``."])

    def test_abbreviations_do_not_end_a_sentence(self):
        found = claims.from_texts([("If bits other than the last 9 (i.e. the last 3 digits) are set, "
                                    "see e.g. :func:`chmod`. Other values are ignored.", 1)])
        self.assertEqual(len(found), 2)

    def test_same_sentence_same_id_across_documents(self):
        a = {c.id for o in support.doc(support.V314).objects for c in o.claims}
        b = {c.id for o in support.doc(support.V38).objects for c in o.claims}
        self.assertGreater(len(a & b), 300)

    def test_every_object_with_a_description_has_claims(self):
        doc = support.doc(support.V314)
        mkdir = [o for o in doc.objects if o.name == "mkdir"][0]
        self.assertTrue(any("FileExistsError" in c.text for c in mkdir.claims))


if __name__ == "__main__":
    unittest.main()
