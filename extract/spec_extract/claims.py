"""Testable sentences of an object's description, with stable IDs.

As SQLite's requirement IDs: the ID is 'R-' and the first 10 hex digits of
the sha256 of the normalised sentence (markup reduced to its text, spaces
collapsed, lower case), so it survives re-wrapping and re-extraction and is
the same in every document that says the same thing.
"""

import hashlib
import re

from . import availability

_ROLE = re.compile(r":[\w:.-]+:`!?~?([^`<]*?)\s*(?:<[^>]*>)?`")
_MARKS = re.compile(r"``|\*\*|\*|`|\\")
# Cross-references and availability lines are not behaviour to test.
_NOT_TESTABLE = re.compile(r"^(?:See |Refer to |For (?:a|more) |Availability:|Also see )")


class Claim:
    def __init__(self, text, line):
        self.text = text
        self.normalised = normalise(text)
        self.id = claim_id(self.normalised)
        self.line = line


def normalise(sentence):
    text = _ROLE.sub(lambda m: m.group(1).rsplit(".", 1)[-1] if "~" in m.group(0) else m.group(1),
                     sentence)
    text = _MARKS.sub("", text)
    return " ".join(text.split()).lower()


def claim_id(normalised):
    return "R-" + hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:10]


def testable(sentence):
    """Three words or more, or two with code in them ("Performs
    ``os.close(fd)``."): shorter fragments ("See below.") say nothing to test."""
    words = len(sentence.split())
    return (words >= 3 or (words == 2 and "``" in sentence)) and not _NOT_TESTABLE.match(sentence)


def from_texts(texts):
    """[(paragraph, line)] -> [Claim], each sentence once."""
    found, seen = [], set()
    for text, line in texts:
        for sentence in availability.sentences(text):
            if not testable(sentence):
                continue
            claim = Claim(sentence, line)
            if claim.id not in seen:
                seen.add(claim.id)
                found.append(claim)
    return found
