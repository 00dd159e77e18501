"""The availability grammar of spec/AVAILABILITY.md: claim text -> expression.

An expression is {"include": [CLAUSE], "exclude": [CLAUSE], "qualifiers": [...],
"notes": [...]}; a clause is {"platform", "min_version", "libc",
"libc_min_version", "api_level"}. Unknown words are errors, never dropped.
"""

import re

from .errors import ExtractError

# A role such as :func:`build-time <sys.getandroidapilevel>`, an operator, a
# version number, or a word.
_TOKEN = re.compile(r":[\w:.-]+:`[^`]*`|>=|\d+(?:\.\d+)*|[A-Za-z][\w/+-]*|\S")
# After '.', '!' or '?', before what can open a sentence (capital, markup,
# bracket, quote, digit), but not after 'e.g.' or 'i.e.'.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)\s+(?=[A-Z0-9*:`(\[\"'])")
_NEWER = re.compile(r"(\d+(?:\.\d+)*) (?:and|or) (?:newer|later)")
_SEE = re.compile(r"^See :\w+:`~?!?([\w.]+)(?:\(\))?` documentation\.?$")
_SUFFIXES = frozenset({"systems", "system", "platforms", "platform"})
_ROLE_LABEL = re.compile(r"`([^`<]*?)\s*(?:<[^>]*>)?`$")


def sentences(text):
    """Split normalised text after each '.' that ends a sentence."""
    return [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]


def parse_claim(text, vocab, path, line, notes=""):
    """A directive or 'Availability:' claim: a platform list, then notes.

    `notes` is text known to follow the list (a directive's content)."""
    parts, more = sentences(text), sentences(notes)
    if len(parts) > 1 and more and not parts[-1].endswith((".", "!", "?")):
        more[0] = parts.pop() + " " + more[0]  # a sentence wrapped into the content
    parts += more
    if not parts:
        raise ExtractError(path, line, "empty availability claim")
    see = _SEE.match(parts[0])
    if see:
        expr = new_expr()
        expr["see"] = see.group(1)
        expr["notes"] = parts
        return expr
    expr = parse_list(parts[0], vocab, path, line)
    for note in parts[1:]:
        see = _SEE.match(note)
        if see:
            expr["see"] = see.group(1)
        expr["notes"].append(note)
    return expr


def new_expr():
    return {"include": [], "exclude": [], "qualifiers": [], "notes": []}


def clause(platform, min_version=None, libc=None, libc_min_version=None, api_level=None):
    return {"platform": platform, "min_version": min_version, "libc": libc,
            "libc_min_version": libc_min_version, "api_level": api_level}


def parse_list(text, vocab, path, line):
    """'Unix, not WASI' or 'Unix and Windows' -> an expression."""
    text = _NEWER.sub(r">= \1", " ".join(text.split()).rstrip("."))
    expr = new_expr()
    for item in re.split(r",\s*|\s+and\s+", text):
        item = item.strip()
        if item.startswith("and "):
            item = item[4:]
        if not item:
            continue
        negated, qualifier, found = _parse_item(item, vocab, path, line)
        (expr["exclude"] if negated else expr["include"]).append(found)
        if qualifier and qualifier not in expr["qualifiers"]:
            expr["qualifiers"].append(qualifier)
    if not expr["include"] and not expr["exclude"]:
        raise ExtractError(path, line, "availability claim names no platform: %r" % text)
    if not expr["include"]:
        expr["include"].append(clause("Any"))
    return expr


class _Tokens:
    """A cursor over the tokens of one list item."""

    def __init__(self, item):
        self.items = _TOKEN.findall(item)
        self.pos = 0

    def peek(self, k=0):
        i = self.pos + k
        return self.items[i] if i < len(self.items) else None

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def take_words(self, phrases):
        """Consume the longest of `phrases` (case-insensitive) found here."""
        for phrase in phrases:
            words = phrase.split()
            got = self.items[self.pos:self.pos + len(words)]
            if [w.lower() for w in got] == [w.lower() for w in words]:
                self.pos += len(words)
                return phrase
        return None


def _parse_item(item, vocab, path, line):
    toks = _Tokens(item)
    negated = toks.take_words(("not",)) is not None
    qualifier = toks.take_words(vocab.qualifiers)
    spelling = toks.take_words(vocab.spellings)
    if spelling is None:
        raise ExtractError(path, line, "unknown platform %r in availability claim %r"
                           % (toks.peek() or item, item))
    found = clause(vocab.canonical(spelling))
    if toks.peek() in _SUFFIXES:
        toks.take()
    _parse_version(toks, found, "min_version", item, path, line)
    if toks.peek() == "with":
        toks.take()
        libc = toks.take()
        if libc not in vocab.libcs:
            raise ExtractError(path, line, "unknown libc %r in availability claim %r" % (libc, item))
        found["libc"] = libc
        _parse_version(toks, found, "libc_min_version", item, path, line)
    if toks.peek() is not None:
        raise ExtractError(path, line, "unknown token %r in availability claim %r"
                           % (toks.peek(), item))
    return negated, qualifier, found


def _parse_version(toks, found, key, item, path, line):
    """'>= 3.17', a bare '3.17', or '>= :func:`build-time <...>` API level 31'."""
    explicit = toks.peek() == ">="
    if explicit:
        toks.take()
    tok = toks.peek()
    if tok is not None and tok.startswith(":"):
        label = _ROLE_LABEL.search(toks.take())
        found["api_level"] = label.group(1) if label else None
        if toks.take_words(("API level",)) is None:
            raise ExtractError(path, line, "expected 'API level' in availability claim %r" % item)
        tok = toks.peek()
    if tok is not None and tok[0].isdigit():
        found[key] = toks.take()
    elif explicit:
        raise ExtractError(path, line, "expected a version after '>=' in availability claim %r" % item)


def starts_with_platform(text, vocab):
    """True if `text` opens like a platform list (so that it must parse)."""
    toks = _Tokens(" ".join(text.split()))
    toks.take_words(("not",))
    toks.take_words(vocab.qualifiers)
    return toks.take_words(vocab.spellings) is not None
