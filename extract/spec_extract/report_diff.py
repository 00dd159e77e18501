"""build/reports/spec-diff.md: what changed between consecutive os.rst versions."""

import json

from .atomic import write_text
from .versions import version_key


def _index(doc):
    """name -> (signatures, availability) of a document."""
    found = {}
    for obj in doc.objects:
        sigs, avail = found.setdefault(obj.name, (set(), set()))
        if obj.signature:
            sigs.add(_signature(obj))
        for claim in obj.availability:
            avail.add(json.dumps({k: claim.expr[k] for k in ("include", "exclude")}, sort_keys=True))
    return found


def _signature(obj):
    """The signature spelled from its parameters, so that spelling alone
    (an escaped '\\*', spaces) is not a change."""
    if obj.params is None:
        return obj.signature
    parts, state = [], None
    for p in obj.params:
        if p.kind == "keyword-only" and state not in ("keyword-only", "var-positional"):
            parts.append("*")
        if state == "positional-only" and p.kind != "positional-only":
            parts.append("/")
        name = {"var-positional": "*", "var-keyword": "**"}.get(p.kind, "") + p.name
        if p.name == "...":
            name = "..."
        parts.append(name + ("=" + p.default if p.default is not None else "")
                     + ("?" if p.optional and p.default is None and not p.kind.startswith("var") else ""))
        state = p.kind
    if state == "positional-only":
        parts.append("/")
    return "%s(%s)" % (obj.name.rpartition(".")[2], ", ".join(parts))


def _describe_avail(avail):
    if not avail:
        return "everywhere"
    parts = []
    for text in sorted(avail):
        expr = json.loads(text)
        inc = ", ".join(_clause(c) for c in expr["include"])
        exc = ", ".join("not " + _clause(c) for c in expr["exclude"])
        parts.append("; ".join(p for p in (inc, exc) if p))
        parts[-1] = "(" + parts[-1] + ")"
    return " and ".join(parts)


def _clause(c):
    text = c["platform"]
    if c["min_version"]:
        text += " >= " + c["min_version"]
    if c["libc"]:
        text += " with " + c["libc"] + (" >= " + c["libc_min_version"] if c["libc_min_version"] else "")
    return text


def compare(old, new):
    """Markdown lines for the change from document `old` to `new`."""
    a, b = _index(old), _index(new)
    added = sorted(set(b) - set(a))
    removed = sorted(set(a) - set(b))
    common = sorted(set(a) & set(b))
    sig = [n for n in common if a[n][0] != b[n][0]]
    avail = [n for n in common if a[n][1] != b[n][1]]
    out = ["## %s → %s" % (old.version, new.version), "",
           "%d objects added, %d removed, %d changed signature, %d changed availability." %
           (len(added), len(removed), len(sig), len(avail)), ""]
    out += _list("Added", ["`%s`" % n for n in added])
    out += _list("Removed", ["`%s`" % n for n in removed])
    out += _list("Signature changed", ["`%s`: %s → %s" % (n, " | ".join(sorted(a[n][0])) or "-",
                                                          " | ".join(sorted(b[n][0])) or "-")
                                       for n in sig])
    out += _list("Availability changed", ["`%s`: %s → %s" % (n, _describe_avail(a[n][1]),
                                                             _describe_avail(b[n][1]))
                                          for n in avail])
    return out


def _list(title, items):
    if not items:
        return []
    return ["### %s (%d)" % (title, len(items)), ""] + ["- " + i for i in items] + [""]


def render(docs):
    ordered = sorted(docs, key=lambda d: version_key(d.version))
    out = ["# Spec diff", "",
           "Between the os.rst versions in spec/sources (%s), object by object (by name)." %
           ", ".join("%s: %s" % (d.version, d.text.name) for d in ordered), ""]
    for old, new in zip(ordered, ordered[1:]):
        out += compare(old, new)
    return "\n".join(out) + "\n"


def write(path, docs):
    write_text(path, render(docs))
