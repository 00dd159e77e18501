"""The platform vocabulary of availability claims, from spec/platforms.json."""

import json
import os

import jsonschema

from . import inputs
from .errors import ExtractError

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


SCHEMA_PATH = os.path.join(os.path.dirname(__file__), "..", "..", "spec", "platforms.schema.json")

_loaded = {}


def _field(error_path):
    """jsonschema's path of a value as the runner writes it: platforms.Linux.member_of[0]."""
    text = ""
    for part in error_path:
        text += "[%d]" % part if isinstance(part, int) else ("." if text else "") + str(part)
    return text


def _meant(error):
    """For a oneOf, the error inside the alternative the writer meant: the one
    whose const (the entry's "kind") the value agrees with, as the runner says."""
    while error.validator == "oneOf" and error.context:
        alternatives = {}
        for e in error.context:
            alternatives.setdefault(e.schema_path[0], []).append(e)
        meant = [errs for errs in alternatives.values() if not any(e.validator == "const" for e in errs)]
        if len(meant) != 1:
            break
        error = max(meant[0], key=lambda e: len(e.absolute_path))
    return error


def check(path, data):
    """Raise ExtractError naming the field where `data` is not a vocabulary
    (spec/platforms.schema.json, then what a schema cannot say)."""
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(data))
    if error is not None:
        error = _meant(error)
        where = _field(error.absolute_path)
        raise ExtractError(path, None, ("field %s: " % where if where else "") + error.message[:200])
    entries = data["platforms"]
    for name, entry in entries.items():
        for i, group in enumerate(entry.get("member_of", ())):
            if entries.get(group, {}).get("kind") != "group":
                raise ExtractError(path, None, 'field platforms.%s.member_of[%d]: "%s" is not a group of the file'
                                   % (name, i, group))
    for name in entries:
        seen, todo = set(), list(entries[name].get("member_of", ()))
        while todo:
            group = todo.pop()
            if group == name:
                raise ExtractError(path, None, "field platforms.%s.member_of: a cycle leads back to %s" % (name, name))
            if group not in seen:
                seen.add(group)
                todo.extend(entries[group].get("member_of", ()))
    for alias, target in data["aliases"].items():
        if target not in entries:
            raise ExtractError(path, None, 'field aliases.%s: "%s" is not a platform or group of the file'
                               % (alias, target))


def load(path=DEFAULT_PATH):
    """The vocabulary at `path`, parsed and checked once per process."""
    path = os.path.normpath(path)
    if path not in _loaded:
        raw = inputs.read_bytes(path)
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as e:
            raise ExtractError(path, None, "not UTF-8 (byte %d)" % e.start) from None
        except json.JSONDecodeError as e:
            raise ExtractError(path, e.lineno, "not JSON: %s" % e.msg) from None
        except RecursionError:
            raise ExtractError(path, None, "not JSON: nested too deeply") from None
        check(path, data)
        _loaded[path] = Vocabulary(data)
    return _loaded[path]
