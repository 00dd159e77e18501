"""The platform vocabulary of availability claims, from spec/platforms.json."""

import json
import os

DEFAULT_PATH = os.path.join(os.path.dirname(__file__), "..", "..", "spec", "platforms.json")


class Vocabulary:
    """Closed sets of names a claim may use; anything else is an error."""

    def __init__(self, data):
        self.platforms = frozenset(data["platforms"])
        self.groups = frozenset(n for n, p in data["platforms"].items() if p["kind"] == "group")
        self.aliases = dict(data["aliases"])
        self.qualifiers = tuple(sorted(data["qualifiers"], key=len, reverse=True))
        self.libcs = frozenset(data["libcs"])
        self.members = {n: frozenset(p.get("member_of", ())) for n, p in data["platforms"].items()}
        self.data = data
        # Longest spelling first, so "Mac OS X" wins over "Mac OS".
        spellings = list(self.platforms) + list(self.aliases)
        self.spellings = tuple(sorted(spellings, key=len, reverse=True))

    def canonical(self, spelling):
        """The vocabulary name of a spelling, or None."""
        if spelling in self.platforms:
            return spelling
        return self.aliases.get(spelling)

    def covers(self, general, specific):
        """True if a claim on `general` also speaks of `specific` (Unix covers Linux)."""
        return general == specific or general in self.members.get(specific, ())


_loaded = {}


def load(path=DEFAULT_PATH):
    """The vocabulary at `path`, parsed once per process."""
    path = os.path.normpath(path)
    if path not in _loaded:
        with open(path, encoding="utf-8") as f:
            _loaded[path] = Vocabulary(json.load(f))
    return _loaded[path]
