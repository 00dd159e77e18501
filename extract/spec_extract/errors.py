"""The one error the extractor raises for bad input."""


class ExtractError(Exception):
    """Bad input, located: str() is 'FILE:LINE: what' (LINE may be absent)."""

    def __init__(self, path, line, message):
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message

    def __str__(self):
        where = self.path if self.line is None else "%s:%d" % (self.path, self.line)
        return "%s: %s" % (where, self.message)
