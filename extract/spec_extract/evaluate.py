"""The evaluation rules of spec/AVAILABILITY.md, executable: an availability
expression on a target's facts -> 'available', 'absent' or 'unknown'.

The runner (C) evaluates the same rules; this is their reference and the
extractor's check that the vocabulary can express every claim. Tri-state
throughout: True, False, or None for "a needed fact is missing".
"""

from .versions import version_key

AVAILABLE, ABSENT, UNKNOWN = "available", "absent", "unknown"


def target_platform(facts, vocab):
    """The vocabulary platform of a target, or None if not recognisable."""
    if facts.get("android_api_level") is not None:
        return "Android"  # before 3.13, Python on Android says sys.platform 'linux'
    value = facts.get("sys_platform")
    if value is None:
        return None
    for name, spec in vocab.data["platforms"].items():
        for prefix in spec.get("sys_platform", ()):
            if value == prefix or (value.startswith(prefix) and value[len(prefix):].isdigit()):
                return name
    return None


def _platform_holds(clause, platform, vocab):
    name = clause["platform"]
    if name == "Any":
        return True
    if platform is None:
        return None if name in vocab.groups else False
    return vocab.covers(name, platform)


def _at_least(have, need):
    if have is None:
        return None
    return version_key(have) >= version_key(need)


def clause_holds(clause, facts, vocab):
    platform = target_platform(facts, vocab)
    holds = _platform_holds(clause, platform, vocab)
    if holds is not True:
        return holds
    if clause["min_version"] is not None:
        fact = vocab.data["platforms"].get(platform, {}).get("version_fact")
        if clause["platform"] in vocab.groups or fact is None:
            return None
        holds = _at_least(facts.get(fact), clause["min_version"])
        if holds is not True:
            return holds
    if clause["libc"] is not None:
        if facts.get("libc") is None:
            return None
        if facts["libc"] not in vocab.data["libcs"][clause["libc"]]["libc_fact_values"]:
            return False
        if clause["libc_min_version"] is not None:
            return _at_least(facts.get("libc_version"), clause["libc_min_version"])
    return True


def _any(values):
    values = list(values)
    if True in values:
        return True
    return None if None in values else False


def evaluate(expr, facts, vocab):
    """One claim's expression."""
    included = _any(clause_holds(c, facts, vocab) for c in expr["include"])
    excluded = _any(clause_holds(c, facts, vocab) for c in expr["exclude"])
    if included is False or excluded is True:
        return ABSENT
    if included is True and excluded is False:
        return AVAILABLE
    return UNKNOWN


def evaluate_all(exprs, facts, vocab):
    """An object's claims together (their conjunction); none means everywhere."""
    results = [evaluate(e, facts, vocab) for e in exprs]
    if ABSENT in results:
        return ABSENT
    return UNKNOWN if UNKNOWN in results else AVAILABLE
