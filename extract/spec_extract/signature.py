"""Signatures as written -> name and parameters.

Handles '/' and '*' markers, '*args' and '**kwargs', defaults (which may hold
commas, brackets and quotes), '...' for further positional arguments, and the
legacy bracket notation of older sources: 'open(file, flags[, mode])'.
"""

import re

from .errors import ExtractError

_HEAD = re.compile(r"^\s*([A-Za-z_][\w.]*)\s*(?:\((.*)\))?\s*(?:->.*)?$", re.S)
_NAME = re.compile(r"^[A-Za-z_]\w*$")
_ESCAPED = re.compile(r"\\(.)")
_CLOSERS = {"(": ")", "[": "]", "{": "}"}


class Param:
    def __init__(self, name, default, kind, optional):
        self.name = name
        self.default = default
        self.kind = kind
        self.optional = optional

    def as_dict(self):
        return {"name": self.name, "default": self.default, "kind": self.kind,
                "optional": self.optional}


def parse(signature, path, line):
    """'mkdir(path, mode=0o777, *, dir_fd=None)' -> ('mkdir', [Param]); None params if no parentheses."""
    m = _HEAD.match(signature)
    if not m:
        raise ExtractError(path, line, "signature does not parse: %r" % signature)
    name, inner = m.group(1), m.group(2)
    if inner is None:
        return name, None
    try:
        raw = _split(_ESCAPED.sub(r"\1", inner))  # older sources escape '*' as '\\*' 
    except ValueError as e:
        raise ExtractError(path, line, "signature does not parse: %s in %r" % (e, signature)) from None
    return name, _classify(raw, signature, path, line)


def _split(inner):
    """Top-level parameters as (text, inside legacy brackets)."""
    found, current, legacy, nest, quote = [], "", 0, [], None
    start_legacy = 0
    for ch in inner:
        if quote:
            current += ch
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
            current += ch
        elif nest:
            current += ch
            if ch in _CLOSERS:
                nest.append(_CLOSERS[ch])
            elif ch == nest[-1]:
                nest.pop()
        elif ch in "([{" and "=" in current:
            nest.append(_CLOSERS[ch])
            current += ch
        elif ch == "[":
            legacy += 1
        elif ch == "]":
            if legacy == 0:
                raise ValueError("unbalanced ']'")
            legacy -= 1
        elif ch == ",":
            found.append((current.strip(), start_legacy > 0))
            current, start_legacy = "", legacy
        else:
            if not current.strip():
                start_legacy = legacy
            current += ch
    if quote or nest or legacy:
        raise ValueError("unbalanced brackets or quotes")
    found.append((current.strip(), start_legacy > 0))
    return [(text, opt) for text, opt in found if text]


def _classify(raw, signature, path, line):
    params, keyword_only = [], False
    for text, bracketed in raw:
        if text == "/":
            for p in params:
                p.kind = "positional-only"
            continue
        if text == "*":
            keyword_only = True
            continue
        name, _, default = (s.strip() for s in text.partition("="))
        default = default or None
        if name == "...":
            params.append(Param("...", None, "var-positional", True))
            continue
        if name.startswith("**"):
            kind, name = "var-keyword", name[2:]
        elif name.startswith("*"):
            kind, name, keyword_only = "var-positional", name[1:], True
        else:
            kind = "keyword-only" if keyword_only else "positional-or-keyword"
        if not _NAME.match(name):
            raise ExtractError(path, line, "signature does not parse: bad parameter %r in %r"
                               % (text, signature))
        optional = bracketed or default is not None or kind.startswith("var-")
        params.append(Param(name, default, kind, optional))
    _series_before_ellipsis(params)
    return params


_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def _series_before_ellipsis(params):
    """`execl(path, arg0, arg1, ...)`: a numbered series that "..." goes on
    is the start of a list, not a fixed arity: the items after its first
    (arg1) are the list's own examples, which a call may leave out. They are
    marked optional, with no default, as the legacy `[, arg]` is."""
    for i, p in enumerate(params):
        if p.name != "...":
            continue
        j = i - 1
        while j >= 1:
            here, before = _NUMBERED.match(params[j].name), _NUMBERED.match(params[j - 1].name)
            if not (here and before and here.group(1) == before.group(1)
                    and int(here.group(2)) == int(before.group(2)) + 1):
                break
            params[j].optional = True
            j -= 1
