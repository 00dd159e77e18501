"""One source file -> a complete model.Document."""

from . import attach, collect, rstparse, shapes
from .errors import ExtractError


def extract(path, vocab):
    text = shapes.load(path)
    try:
        doc = collect.collect(text, rstparse.parse(text))
    except RecursionError:
        # docutils parses nested blocks by recursion; os.rst nests a few deep.
        raise ExtractError(path, None, "nested too deeply to parse (lists or blocks inside each other)") from None
    _refuse_twice(doc)
    attach.attach(doc, vocab)
    return doc


def _refuse_twice(doc):
    """A name documented twice with the same signature is two descriptions of
    one object, and the spec database keeps one (a name with several
    signatures, as sendfile, is several objects)."""
    first = {}
    for obj in doc.objects:
        key = (obj.name, obj.signature)
        if key in first:
            raise ExtractError(doc.path, obj.line, "%s is documented twice with the same signature (first at line %d)"
                               % (obj.name, first[key]))
        first[key] = obj.line


def extract_all(paths, vocab):
    """Documents in the order given; two sources of one version are an error."""
    docs = [extract(p, vocab) for p in paths]
    seen = {}
    for doc in docs:
        if doc.version in seen:
            raise ExtractError(doc.path, None, "Python %s is also the version of %s"
                               % (doc.version, seen[doc.version]))
        seen[doc.version] = doc.text.name
    return docs
