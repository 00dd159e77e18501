"""Availability stated in sentences rather than in a directive.

  The above constants are only available on Unix.          -> the directive's names
  Naturally, they are all only available on Linux.         -> the section's objects
  This function is not available on MacOS.                 -> the owner, excluded
  :func:`spawnlp` ... are not available on Windows.        -> the named objects
  The ``MFD_HUGE*`` flags are only available since Linux 4.14.
  Add :data:`O_TMPFILE`, only available on Linux Kernel 3.11 or newer.
  Availability: Unix, Windows.                             -> (3.1) the owner

find() returns what each sentence says; whether a subject resolves to
objects is attach.py's business.
"""

import re

from . import availability

_CLAIM = re.compile(r"^(?P<subject>.*?)\b(?:is|are)\s+(?:all\s+)?(?P<neg>not\s+)?(?:only\s+)?"
                    r"available\s+(?P<prep>on|since)\s+(?P<list>.+?)\.?$")
_APPOSITION = re.compile(r"^(?P<subject>.*?),\s*only available (?P<prep>on|since)\s+(?P<list>.+?)\.?$")
_LINE = re.compile(r"^Availability:\s+(?P<list>[^\"]+)$")
_NAMES = re.compile(r":[\w:]+:`[~!]*([\w.]+?)(?:\(\))?`|``([\w.*]+)``")
_OWNER_WORDS = ("the above", "these constants", "those constants", "this function",
                "the function", "this method", "this constant", "it ")
_SECTION_WORDS = ("they ", "naturally, they ", "these functions ")


class Found:
    """One availability statement in prose."""

    def __init__(self, sentence, origin, listed, negated, subject):
        self.sentence = sentence
        self.origin = origin          # 'availability-line' or 'prose'
        self.listed = listed          # the platform list as written
        self.negated = negated
        self.subject = subject        # 'owner', 'section', or [names]


def find(text):
    """(statements, skipped): availability-like sentences, read or not."""
    found, skipped = [], []
    for sentence in availability.sentences(text):
        m = _LINE.match(sentence)
        if m:
            found.append(Found(sentence, "availability-line", m.group("list"), False, "owner"))
            continue
        if "available" not in sentence:
            continue
        m = _CLAIM.match(sentence) or _APPOSITION.match(sentence)
        subject = _subject(m.group("subject")) if m else None
        if subject is None:
            skipped.append(sentence)
            continue
        negated = bool(m.groupdict().get("neg"))
        found.append(Found(sentence, "prose", m.group("list"), negated, subject))
    return found, skipped


# "On macOS systems, the following attributes may also be available:" in a
# class body: the attributes documented after it, up to the next such
# paragraph. "may" hedges the promise (AVAILABILITY.md, reading rules).
_FIELD_NOTE = re.compile(r"^On (?:other )?(?P<where>.+?)(?: systems)?(?: and derivatives)?(?: \([^)]*\))?,"
                         r" the following attributes (?:(?P<may>may )|are )?(?:also )?(?:be )?(?:also )?available")
# "This attribute is not always available, and may raise AttributeError."
_OPTIONAL = re.compile(r"\bnot always available\b|\bmay raise :exc:`AttributeError`")


def field_note(text):
    """(sentence, platform list, hedged) of the per-platform field note in a
    paragraph (a scraped shape may have joined it to the one before), or None."""
    for sentence in availability.sentences(text):
        m = _FIELD_NOTE.match(sentence)
        if m:
            return sentence, m.group("where"), bool(m.group("may"))
    return None


def says_optional(text):
    """The sentence of `text` that makes its object optional, or None."""
    for sentence in availability.sentences(text):
        if _OPTIONAL.search(sentence):
            return sentence
    return None


def line_offset(text, sentence):
    """How many lines into `text` the `sentence` (whitespace normalised) starts."""
    squeezed, origin = [], []
    for i, ch in enumerate(text):
        if ch.isspace():
            if squeezed and squeezed[-1] != " ":
                squeezed.append(" ")
                origin.append(i)
        else:
            squeezed.append(ch)
            origin.append(i)
    at = "".join(squeezed).find(sentence)
    return text.count("\n", 0, origin[at]) if at >= 0 else 0


def _subject(text):
    names = [a or b for a, b in _NAMES.findall(text)]
    if names:
        return names
    low = text.strip().lower() + " "
    if low.startswith(_OWNER_WORDS):
        return "owner"
    if low.startswith(_SECTION_WORDS):
        return "section"
    return None


def expression(found, vocab, path, line):
    """The expression of a statement, or None if its list names no platform."""
    listed = found.listed[:-len(" only")] if found.listed.endswith(" only") else found.listed
    # An 'Availability:' line is a claim whatever it names: unknown words are
    # errors. Other sentences are claims only if they open with a platform.
    if found.origin != "availability-line" and not availability.starts_with_platform(listed, vocab):
        return None
    expr = availability.parse_list(listed, vocab, path, line)
    if found.negated:
        expr["exclude"], expr["include"] = expr["include"], [availability.clause("Any")]
    return expr
