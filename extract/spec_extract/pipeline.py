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
    attach.attach(doc, vocab)
    return doc


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
